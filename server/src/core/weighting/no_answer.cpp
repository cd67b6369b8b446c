#include "core/weighting/no_answer.hpp"

#include <algorithm>
#include <numeric>

#include "core/base/error.hpp"

namespace mienskip {

std::uint16_t add_no_answer_category(Margin& margin, std::vector<std::uint16_t>& codes) {
  if (std::find(margin.categories.begin(), margin.categories.end(), no_answer_label) != margin.categories.end()) {
    throw Error(error_codes::invalid_margins, "margin '" + margin.variable + "' has a category '" + no_answer_label +
                                                  "', the name kept for those who skipped it: rename it");
  }
  const auto index = static_cast<std::uint16_t>(margin.categories.size());
  margin.categories.emplace_back(no_answer_label);
  margin.population.push_back(0);
  for (auto& code : codes) {
    if (code == no_answer_pending) code = index;
  }
  return index;
}

void set_no_answer_population(Margin& margin, std::size_t no_answer, double skipped_share) {
  const double total = std::accumulate(margin.population.begin(), margin.population.end(), 0.0);
  for (double& p : margin.population) p *= 1 - skipped_share;
  margin.population[no_answer] = total * skipped_share;
}

}  // namespace mienskip
