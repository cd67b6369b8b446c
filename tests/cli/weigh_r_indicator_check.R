# The R side of the R-indicator's interval in tests/cli/survey_export_weigh_test.cpp: on the data
# of weigh_design.R, the R-indicator on the invited base (M codes issued) for the whole and for the
# same 200 resamples of the respondents that Mienskip draws (minstd_rand from 20261207, respondent
# x mod n), each calibrated again with calfun = "raking"; a resample with an empty category is
# skipped, as is one whose calibration does not converge. Writes the point value, the 2.5% and 97.5% quantiles (type 7) and the counts.
#
#   Rscript weigh_r_indicator_check.R responses.csv margins.csv invited out.csv
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4) stop("usage: Rscript weigh_r_indicator_check.R responses.csv margins.csv invited out.csv")
script <- sub("^--file=", "", grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE))
source(file.path(dirname(script), "weigh_design.R"))
M <- as.numeric(args[3])

r_indicator <- function(w) {
  rho <- N / (M * w)
  1 - 2 * sqrt(sum(w * (rho - n / M)^2) / (N - 1))
}
# A resample's totals: a "(no answer)" category takes the resample's own share of N (none when no
# one in the resample skipped the question), the other categories share the rest as before.
raked <- function(rows) {
  x <- r[rows, , drop = FALSE]
  totals <- c(`(Intercept)` = N)
  for (v in vars) {
    y <- m[m$variable == v, ]
    counts <- as.vector(table(x[[v]])[y$category])
    real <- y$category != no_answer
    if (any(counts[real & y$population_count > 0] == 0)) return(NULL)
    if (!all(real)) {
      skipped <- counts[!real]
      y$population_count[real] <- y$population_count[real] / sum(y$population_count[real]) * N * (1 - skipped / n)
      y$population_count[!real] <- N * skipped / n
      if (skipped == 0) y <- y[real, ]
      x[[v]] <- factor(as.character(x[[v]]), levels = y$category)
    }
    totals <- c(totals, setNames(y$population_count[-1], paste0(v, y$category[-1])))
  }
  x$start_weight <- N / n
  # calibrate warns and returns what it has when it does not converge: skipped, as Mienskip does.
  tryCatch(weights(calibrate(svydesign(ids = ~1, weights = ~start_weight, data = x), reformulate(vars),
                             population = totals, calfun = "raking", maxit = 1000, epsilon = 1e-12)),
           warning = function(w) NULL, error = function(e) NULL)
}

x <- 20261207
values <- c()
skipped <- 0
for (b in 1:200) {
  rows <- integer(n)
  for (i in 1:n) {
    x <- (48271 * x) %% 2147483647
    rows[i] <- x %% n + 1
  }
  w <- raked(rows)
  if (is.null(w)) skipped <- skipped + 1 else values <- c(values, r_indicator(w))
}
out <- data.frame(point = sprintf("%.17g", r_indicator(weights(d))),
                  low = sprintf("%.17g", quantile(values, 0.025, type = 7)),
                  high = sprintf("%.17g", quantile(values, 0.975, type = 7)),
                  used = length(values), skipped = skipped)
write.csv(out, args[4], row.names = FALSE, quote = FALSE)
