# The R side of tests/cli/survey_export_weigh_test.cpp, and the outline of docs/weighting.md run for
# real: rakes a `mienskip survey export` file to a margins file with survey::calibrate(calfun =
# "raking") and writes svymean of every points_ column (mean and linearization SE) as CSV.
#
#   Rscript weigh_export_check.R responses.csv margins.csv out.csv
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: Rscript weigh_export_check.R responses.csv margins.csv out.csv")

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
cat("R:", nrow(r), "respondents raked to", paste(vars, collapse = ", "), "\n")
