# The R side of tests/cli/survey_export_weigh_test.cpp, and the outline of docs/weighting.md run for
# real: rakes a `mienskip survey export` file to a margins file with survey::calibrate(calfun =
# "raking") and writes svymean of every points_ column (mean and linearization SE) as CSV, and,
# when a fourth file is named, the difference of every pair of scenarios (a - b, a before b in
# file order) with its SE from svycontrast, and, when a fifth is named, the scenario ranking:
# multcomp's simultaneous critical value for all pairs (confint(glht(..., "Tukey")), mvtnorm's
# randomised integral at abseps 1e-5), the rank set of each scenario from those intervals (the
# single-step sets of Mogstad, Romano, Shaikh and Wilhelm), and the Wald test that all means are
# equal with MASS::ginv; and, when a sixth is named, per scenario the share that gave it 0 points,
# at least 50 and the most of their own points (a tie for first split), each with svyciprop's
# logit interval.
#
#   Rscript weigh_export_check.R responses.csv margins.csv out.csv [pairwise.csv [ranking.csv [shares.csv]]]
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
if (!(length(args) %in% 3:6)) {
  stop("usage: Rscript weigh_export_check.R responses.csv margins.csv out.csv [pairwise.csv [ranking.csv [shares.csv]]]")
}

script <- sub("^--file=", "", grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE))
source(file.path(dirname(script), "weigh_design.R"))
estimate <- svymean(reformulate(paste0("`", points, "`")), d)
out <- data.frame(scenario = sub("^points_", "", points),
                  weighted_mean = sprintf("%.17g", coef(estimate)),
                  se = sprintf("%.17g", SE(estimate)))
write.csv(out, args[3], row.names = FALSE, quote = FALSE)
if (length(args) >= 4) {
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
if (length(args) >= 5) {
  suppressPackageStartupMessages(library(multcomp))
  m <- coef(estimate)
  V <- vcov(estimate)
  k <- length(m)
  g <- glht(parm(m, V), linfct = contrMat(setNames(rep(1, k), names(m)), type = "Tukey"))
  set.seed(20261206)
  ci <- confint(g, level = 0.95,
                calpha = adjusted_calpha(algorithm = GenzBretz(maxpts = 1e6, abseps = 1e-5, releps = 0)))
  calpha <- attr(ci$confint, "calpha")
  ranks <- t(sapply(seq_len(k), function(j) {
    others <- setdiff(seq_len(k), j)
    d <- m[others] - m[j]
    se <- sqrt(pmax(0, V[others, others, drop = FALSE][cbind(seq_along(others), seq_along(others))] + V[j, j] - 2 * V[others, j]))
    c(best = 1 + sum(d - calpha * se > 0), worst = k - sum(d + calpha * se < 0))
  }))
  C <- cbind(diag(k - 1), -1)
  S <- C %*% V %*% t(C)
  singular <- svd(S)$d
  df <- sum(singular > max(sqrt(.Machine$double.eps) * singular[1], 0))
  wald <- drop(t(C %*% m) %*% MASS::ginv(S) %*% (C %*% m))
  out <- data.frame(scenario = sub("^points_", "", points), best = ranks[, "best"], worst = ranks[, "worst"],
                    critical_value = sprintf("%.17g", calpha), wald = sprintf("%.17g", wald), df = df,
                    p_value = sprintf("%.17g", pchisq(wald, df, lower.tail = FALSE)))
  write.csv(out, args[5], row.names = FALSE, quote = FALSE)
}
if (length(args) == 6) {
  all_points <- as.matrix(d$variables[, points])
  most <- apply(all_points, 1, max)
  tied <- rowSums(all_points == most)
  shares <- do.call(rbind, lapply(seq_along(points), function(j) {
    d <- update(d, none = as.numeric(all_points[, j] <= 0), half = as.numeric(all_points[, j] >= 50),
                first = as.numeric(all_points[, j] == most) / tied)
    one <- function(column) {
      # Quasi-binomial on a split tie (1/2, 1/3) is what svyciprop fits; R warns about nothing here.
      p <- svyciprop(reformulate(column), d, method = "logit")
      se <- SE(svymean(reformulate(column), d))
      c(sprintf("%.17g", coef(p)), sprintf("%.17g", se), sprintf("%.17g", attr(p, "ci")[1]), sprintf("%.17g", attr(p, "ci")[2]))
    }
    data.frame(scenario = sub("^points_", "", points[j]), measure = c("none", "half", "first"),
               do.call(rbind, lapply(c("none", "half", "first"), one)))
  }))
  names(shares) <- c("scenario", "measure", "share", "se", "ci95_low", "ci95_high")
  write.csv(shares, args[6], row.names = FALSE, quote = FALSE)
}
cat("R:", nrow(r), "respondents raked to", paste(vars, collapse = ", "), "\n")
