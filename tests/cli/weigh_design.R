# The design both R checks start from (sourced by weigh_export_check.R and weigh_domains_check.R):
# a `mienskip survey export` file raked to a margins file with survey::calibrate(calfun =
# "raking"), from equal start weights N / n. Expects `args` (responses.csv, margins.csv first);
# leaves `r` (the respondents weighted), `points` (the points_ columns), `vars`, `m` (the margins
# with the "(no answer)" categories), `N`, `n`, `population` (the totals) and `d` (the design).
suppressPackageStartupMessages(library(survey))
r <- read.csv(args[1], encoding = "UTF-8", check.names = FALSE, colClasses = "character",
              na.strings = character(0))
m <- read.csv(args[2], encoding = "UTF-8", stringsAsFactors = FALSE, colClasses = c("character", "character", "numeric"))
vars <- unique(m$variable)

# As `mienskip weigh` (--missing keep): a respondent who skipped a weighting question (empty, NA or
# prefer_not_to_say) is kept. For each such question those who skipped it are a category of their
# own, "(no answer)", whose population total is their share of the respondents times N; the other
# categories share the rest as the population does.
no_answer <- "(no answer)"
n <- nrow(r)
N <- sum(m$population_count[m$variable == vars[1]])
for (v in vars) {
  skipped <- r[[v]] %in% c("", "NA", "prefer_not_to_say")
  if (!any(skipped)) next
  r[[v]][skipped] <- no_answer
  x <- m[m$variable == v, ]
  x$population_count <- x$population_count / sum(x$population_count) * N * (1 - sum(skipped) / n)
  m <- rbind(m[m$variable != v, ], x, data.frame(variable = v, category = no_answer,
                                                  population_count = N * sum(skipped) / n))
}
m <- m[order(match(m$variable, vars)), ]
for (v in vars) r[[v]] <- factor(r[[v]], levels = m$category[m$variable == v])
points <- grep("^points_", names(r), value = TRUE)
for (p in points) r[[p]] <- as.numeric(r[[p]])

r$start_weight <- N / n
d0 <- svydesign(ids = ~1, weights = ~start_weight, data = r)
# Population totals in model-matrix order: the intercept, then every category but the first.
population <- c(`(Intercept)` = N)
for (v in vars) {
  x <- m[m$variable == v, ]
  population <- c(population, setNames(x$population_count[-1], paste0(v, x$category[-1])))
}
d <- calibrate(d0, reformulate(vars), population = population, calfun = "raking",
               maxit = 1000, epsilon = 1e-12)
