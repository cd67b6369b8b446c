# The R side of the hold-out check in tests/cli/survey_export_weigh_test.cpp: on the design of
# weigh_design.R, each weighting variable left out in turn; calibrate (raking) on the others only
# and write how far that variable's shares are from the population's, before and after, as the
# largest absolute difference in percentage points.
#
#   Rscript weigh_holdout_check.R responses.csv margins.csv holdout.csv
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: Rscript weigh_holdout_check.R responses.csv margins.csv holdout.csv")
script <- sub("^--file=", "", grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE))
source(file.path(dirname(script), "weigh_design.R"))

# Among those who answered v: the "(no answer)" category has no population share to compare with.
largest <- function(shares, v) {
  x <- m[m$variable == v & m$category != no_answer, ]
  answered <- shares[x$category] / sum(shares[x$category])
  max(abs(100 * (answered - x$population_count / sum(x$population_count))))
}
checks <- do.call(rbind, lapply(vars, function(v) {
  others <- setdiff(vars, v)
  totals <- c(`(Intercept)` = N)
  for (o in others) {
    x <- m[m$variable == o, ]
    totals <- c(totals, setNames(x$population_count[-1], paste0(o, x$category[-1])))
  }
  raked <- calibrate(d0, reformulate(others), population = totals, calfun = "raking", maxit = 1000, epsilon = 1e-12)
  before <- prop.table(table(r[[v]]))
  after <- coef(svymean(reformulate(v), raked))
  names(after) <- sub(paste0("^", v), "", names(after))
  data.frame(variable = v, before = sprintf("%.17g", largest(before, v)), after = sprintf("%.17g", largest(after, v)))
}))
write.csv(checks, args[3], row.names = FALSE, quote = FALSE)
