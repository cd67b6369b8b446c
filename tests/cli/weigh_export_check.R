# The R side of tests/cli/survey_export_weigh_test.cpp, and the outline of docs/weighting.md run for
# real: rakes a `mienskip survey export` file to a margins file with survey::calibrate(calfun =
# "raking") and writes svymean of every points_ column (mean and linearization SE) as CSV, and,
# when a fourth file is named, the difference of every pair of scenarios (a - b, a before b in
# file order) with its SE from svycontrast.
#
#   Rscript weigh_export_check.R responses.csv margins.csv out.csv [pairwise.csv]
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
if (!(length(args) %in% c(3, 4))) {
  stop("usage: Rscript weigh_export_check.R responses.csv margins.csv out.csv [pairwise.csv]")
}

r <- read.csv(args[1], encoding = "UTF-8", check.names = FALSE, colClasses = "character",
              na.strings = character(0))
m <- read.csv(args[2], encoding = "UTF-8", stringsAsFactors = FALSE, colClasses = c("character", "character", "numeric"))
vars <- unique(m$variable)

# As `mienskip weigh --missing drop`: a respondent without a weighting answer is left out.
answered <- Reduce(`&`, lapply(vars, function(v) !(r[[v]] %in% c("", "NA", "prefer_not_to_say"))))
r <- r[answered, , drop = FALSE]
for (v in vars) r[[v]] <- factor(r[[v]], levels = m$category[m$variable == v])
points <- grep("^points_", names(r), value = TRUE)
for (p in points) r[[p]] <- as.numeric(r[[p]])

N <- sum(m$population_count[m$variable == vars[1]])
r$start_weight <- N / nrow(r)
d0 <- svydesign(ids = ~1, weights = ~start_weight, data = r)
# Population totals in model-matrix order: the intercept, then every category but the first.
population <- c(`(Intercept)` = N)
for (v in vars) {
  x <- m[m$variable == v, ]
  population <- c(population, setNames(x$population_count[-1], paste0(v, x$category[-1])))
}
d <- calibrate(d0, reformulate(vars), population = population, calfun = "raking",
               maxit = 1000, epsilon = 1e-12)
estimate <- svymean(reformulate(paste0("`", points, "`")), d)
out <- data.frame(scenario = sub("^points_", "", points),
                  weighted_mean = sprintf("%.17g", coef(estimate)),
                  se = sprintf("%.17g", SE(estimate)))
write.csv(out, args[3], row.names = FALSE, quote = FALSE)
if (length(args) == 4) {
  pairs <- combn(length(points), 2)
  differences <- do.call(rbind, lapply(seq_len(ncol(pairs)), function(k) {
    contrast <- rep(0, length(points))
    contrast[pairs[1, k]] <- 1
    contrast[pairs[2, k]] <- -1
    d <- svycontrast(estimate, contrast)
    data.frame(a = sub("^points_", "", points[pairs[1, k]]), b = sub("^points_", "", points[pairs[2, k]]),
               difference = sprintf("%.17g", coef(d)), se = sprintf("%.17g", SE(d)))
  }))
  write.csv(differences, args[4], row.names = FALSE, quote = FALSE)
}
cat("R:", nrow(r), "respondents raked to", paste(vars, collapse = ", "), "\n")
