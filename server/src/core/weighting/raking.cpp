#include "core/weighting/raking.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

constexpr int max_passes = 1000;
constexpr double tolerance = 1e-10;
// Once within tolerance, a few more passes take the margins to rounding error: cheap on cells,
// and it makes the weights agree with other exact solvers to far more digits than the tolerance.
constexpr double polish_tolerance = 1e-14;
constexpr int max_polish_passes = 50;

using Members = std::vector<std::vector<std::vector<std::uint32_t>>>;  // [variable][category] cells

Members category_members(const Cells& cells, const std::vector<std::vector<double>>& targets) {
  Members members(targets.size());
  for (std::size_t v = 0; v < targets.size(); ++v) {
    members[v].resize(targets[v].size());
    for (std::uint32_t c = 0; c < cells.count(); ++c) members[v][cells.codes[v][c]].push_back(c);
  }
  return members;
}

double clip(double value, const WeightBounds& bounds) {
  return std::min(bounds.upper, std::max(bounds.lower, value));
}

struct MarginError {
  double worst = 0;
  std::string report;  // the worst few categories, for not_converged
};

MarginError margin_error(const Cells& cells, const std::vector<double>& weights,
                         const std::vector<std::vector<double>>& targets, const Members& members,
                         const std::vector<std::string>& variables,
                         const std::vector<std::vector<std::string>>& categories) {
  MarginError error;
  std::vector<std::pair<double, std::string>> all;
  for (std::size_t v = 0; v < targets.size(); ++v) {
    for (std::size_t k = 0; k < targets[v].size(); ++k) {
      double total = 0;
      for (auto c : members[v][k]) total += cells.size[c] * weights[c];
      const double relative = targets[v][k] > 0 ? std::fabs(total / targets[v][k] - 1) : 0;
      error.worst = std::max(error.worst, relative);
      std::ostringstream line;
      line << variables[v] << "=" << categories[v][k] << " off by " << relative * 100 << "%";
      all.emplace_back(relative, line.str());
    }
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; i < all.size() && i < 5; ++i) error.report += (i ? "; " : "") + all[i].second;
  return error;
}

void check_bounds_feasible(const Cells& cells, const std::vector<std::vector<double>>& targets,
                           const Members& members, const WeightBounds& bounds,
                           const std::vector<std::string>& variables,
                           const std::vector<std::vector<std::string>>& categories) {
  if (!(bounds.lower >= 0 && bounds.lower <= 1 && bounds.upper >= 1)) {
    throw Error(error_codes::invalid_bounds,
                "weight bounds are multiples of the mean weight: the lower bound must be from 0 to "
                "1 and the upper bound at least 1");
  }
  // A category's respondents must reach its population with weights inside the bounds, so its
  // required average weight (population share / sample share) must lie within them.
  double need_upper = 0;
  double need_lower = 1e300;
  std::string upper_category;
  std::string lower_category;
  for (std::size_t v = 0; v < targets.size(); ++v) {
    for (std::size_t k = 0; k < targets[v].size(); ++k) {
      double respondents = 0;
      for (auto c : members[v][k]) respondents += cells.size[c];
      const double average = targets[v][k] / respondents;
      if (average > need_upper) {
        need_upper = average;
        upper_category = variables[v] + " = " + categories[v][k];
      }
      if (average < need_lower) {
        need_lower = average;
        lower_category = variables[v] + " = " + categories[v][k];
      }
    }
  }
  std::ostringstream message;
  message.precision(4);
  if (need_upper > bounds.upper) {
    message << "weights of at most " << bounds.upper << " x the mean cannot reach the population of "
            << upper_category << ": its respondents need an average of " << need_upper
            << " x the mean. Raise the upper bound to at least " << need_upper << ".";
  } else if (need_lower < bounds.lower) {
    message << "weights of at least " << bounds.lower << " x the mean overshoot the population of "
            << lower_category << ": its respondents need an average of " << need_lower
            << " x the mean. Lower the lower bound to at most " << need_lower << ".";
  } else {
    return;
  }
  throw Error(error_codes::bounds_infeasible, message.str());
}

// The factor f with sum over `cells` of size * clip(base * f) equal to `target`.
double solve_clipped_factor(const Cells& cells, const std::vector<std::uint32_t>& members,
                            const std::vector<double>& base, double target,
                            const WeightBounds& bounds) {
  double base_min = 1e300;
  double base_max = 0;
  for (auto c : members) {
    base_min = std::min(base_min, base[c]);
    base_max = std::max(base_max, base[c]);
  }
  auto total = [&](double f) {
    double sum = 0;
    for (auto c : members) sum += cells.size[c] * clip(base[c] * f, bounds);
    return sum;
  };
  double lo = bounds.lower / base_max;
  double hi = bounds.upper / base_min;
  for (int i = 0; i < 200 && hi / lo - 1 > 1e-15; ++i) {
    const double mid = std::sqrt(lo * hi);
    (total(mid) < target ? lo : hi) = mid;
  }
  // Inside the final bracket the clipping pattern is fixed: solve the linear equation exactly.
  const double f = std::sqrt(lo * hi);
  double fixed = 0;
  double free = 0;
  for (auto c : members) {
    const double w = base[c] * f;
    if (w <= bounds.lower) {
      fixed += cells.size[c] * bounds.lower;
    } else if (w >= bounds.upper) {
      fixed += cells.size[c] * bounds.upper;
    } else {
      free += cells.size[c] * base[c];
    }
  }
  if (free > 0) {
    const double exact = (target - fixed) / free;
    if (exact >= lo * (1 - 1e-12) && exact <= hi * (1 + 1e-12)) return exact;
  }
  return f;
}

}  // namespace

RakingResult rake(const Cells& cells, const std::vector<std::vector<double>>& targets,
                  const std::vector<std::string>& variables,
                  const std::vector<std::vector<std::string>>& categories,
                  std::optional<WeightBounds> bounds) {
  const Members members = category_members(cells, targets);
  if (bounds) check_bounds_feasible(cells, targets, members, *bounds, variables, categories);

  RakingResult result;
  // Unclipped products of the category factors; equal to the weights when unbounded.
  std::vector<double> product(cells.count(), 1.0);
  std::vector<double> weights(cells.count(), 1.0);
  std::vector<std::vector<double>> factor(targets.size());
  for (std::size_t v = 0; v < targets.size(); ++v) factor[v].assign(targets[v].size(), 1.0);

  int polish = 0;
  MarginError error;
  for (result.passes = 1; result.passes <= max_passes; ++result.passes) {
    for (std::size_t v = 0; v < targets.size(); ++v) {
      for (std::size_t k = 0; k < targets[v].size(); ++k) {
        const auto& cells_in = members[v][k];
        if (!bounds) {
          double total = 0;
          for (auto c : cells_in) total += cells.size[c] * product[c];
          const double adjust = targets[v][k] / total;
          for (auto c : cells_in) product[c] *= adjust;
        } else {
          std::vector<double>& base = weights;  // reused as scratch: product without this factor
          for (auto c : cells_in) base[c] = product[c] / factor[v][k];
          const double f = solve_clipped_factor(cells, cells_in, base, targets[v][k], *bounds);
          for (auto c : cells_in) product[c] = base[c] * f;
          factor[v][k] = f;
        }
      }
    }
    for (std::size_t c = 0; c < cells.count(); ++c) {
      weights[c] = bounds ? clip(product[c], *bounds) : product[c];
    }
    const double previous = error.worst;
    error = margin_error(cells, weights, targets, members, variables, categories);
    if (error.worst < tolerance) {
      if (error.worst < polish_tolerance || ++polish > max_polish_passes ||
          (polish > 1 && error.worst >= previous)) {
        break;
      }
    }
  }
  if (result.passes > max_passes) result.passes = max_passes;
  if (!(error.worst < tolerance)) {
    if (bounds) {
      throw Error(error_codes::bounds_infeasible,
                  "no weights within [" + std::to_string(bounds->lower) + ", " +
                      std::to_string(bounds->upper) + "] x the mean meet all margins together " +
                      "(after " + std::to_string(max_passes) + " passes: " + error.report +
                      "). Widen the bounds or use fewer weighting variables.");
    }
    throw Error(error_codes::not_converged,
                "raking did not converge in " + std::to_string(max_passes) +
                    " passes; margins still off: " + error.report +
                    ". Collapse sparse categories or use fewer weighting variables.");
  }
  result.cell_weights = std::move(weights);
  result.max_rel_margin_error = error.worst;
  return result;
}

}  // namespace mienskip
