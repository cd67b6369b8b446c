# The R side of the per-area check in tests/cli/survey_export_weigh_test.cpp: on the same calibrated
# design as weigh_export_check.R, per area (the answers to the question `by`) and scenario
#   - the mean and its SE as svyby(..., svymean) gives them, with the t interval on the area's
#     respondents - 1 degrees of freedom (its design degrees of freedom);
#   - the area against every other respondent who answered `by`: svyglm(y ~ inside) with `inside`
#     "in this area or not", its coefficient and SE;
# and per scenario the Wald test that every area has one mean, from the joint covariance of the
# area means (contrasts with the last area, MASS::ginv, chi-square on the rank). That covariance is
# vcov(svyglm(y ~ 0 + area)), whose coefficients are the area means with svyby's SEs:
# svyby(covmat = TRUE), which would give it directly, stops with an error on a calibrated design
# in survey 4.1.1.
#
#   Rscript weigh_domains_check.R responses.csv margins.csv by areas.csv tests.csv
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 5) stop("usage: Rscript weigh_domains_check.R responses.csv margins.csv by areas.csv tests.csv")
script <- sub("^--file=", "", grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE))
source(file.path(dirname(script), "weigh_design.R"))

d$variables$domain <- as.character(d$variables[[args[3]]])
answered_by <- subset(d, domain != "")
sizes <- table(answered_by$variables$domain)
areas <- list()
tests <- list()
for (p in points) {
  scenario <- sub("^points_", "", p)
  column <- reformulate(paste0("`", p, "`"))
  by_area <- svyby(column, ~domain, answered_by, svymean)
  means <- coef(by_area)
  se <- SE(by_area)
  joint <- svyglm(reformulate(c("0", "domain"), response = as.name(p)), answered_by)
  stopifnot(all.equal(unname(coef(joint)), unname(means), tolerance = 1e-12),
            all.equal(unname(SE(joint)), unname(se), tolerance = 1e-10))
  t_quantile <- qt(0.975, as.vector(sizes[names(means)]) - 1)
  for (k in seq_along(means)) {
    one <- update(answered_by, inside = factor(domain == names(means)[k], levels = c(FALSE, TRUE)))
    versus <- svyglm(reformulate("inside", response = as.name(p)), one)
    versus <- svycontrast(versus, c(0, 1))
    areas[[length(areas) + 1]] <- data.frame(
      domain = names(means)[k], scenario = scenario, mean = sprintf("%.17g", means[k]), se = sprintf("%.17g", se[k]),
      ci95_low = sprintf("%.17g", means[k] - t_quantile[k] * se[k]), ci95_high = sprintf("%.17g", means[k] + t_quantile[k] * se[k]),
      rest_difference = sprintf("%.17g", coef(versus)), rest_se = sprintf("%.17g", SE(versus)))
  }
  V <- vcov(joint)
  K <- length(means)
  C <- cbind(diag(K - 1), -1)
  S <- C %*% V %*% t(C)
  singular <- svd(S)$d
  df <- sum(singular > max(sqrt(.Machine$double.eps) * singular[1], 0))
  wald <- drop(t(C %*% means) %*% MASS::ginv(S) %*% (C %*% means))
  tests[[length(tests) + 1]] <- data.frame(scenario = scenario, wald = sprintf("%.17g", wald), df = df,
                                           p_value = sprintf("%.17g", pchisq(wald, df, lower.tail = FALSE)))
}
write.csv(do.call(rbind, areas), args[4], row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, tests), args[5], row.names = FALSE, quote = FALSE)
cat("R:", nrow(answered_by$variables), "respondents in", length(sizes), "areas\n")
