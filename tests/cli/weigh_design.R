# The design both R checks start from (sourced by weigh_export_check.R and weigh_domains_check.R):
# a `mienskip survey export` file raked to a margins file with survey::calibrate(calfun =
# "raking"), from equal start weights N / n. Expects `args` (responses.csv, margins.csv first);
# leaves `r` (the respondents weighted), `points` (the points_ columns), `vars` and `d` (the design).
suppressPackageStartupMessages(library(survey))
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
