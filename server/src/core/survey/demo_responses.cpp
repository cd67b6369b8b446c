#include "core/survey/demo_responses.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace mienskip {

namespace {

// How likely each option of `question` is: the population's share when the margins have the
// question (a category they lack, or all of them without margins, counts evenly), tilted.
std::vector<double> option_weights(const DemographicQuestion& question, const Margins& margins) {
  const std::size_t k = question.options.size();
  const Margin* margin = nullptr;
  for (const auto& m : margins.variables) {
    if (m.variable == question.id) margin = &m;
  }
  std::vector<double> weights(k, 1.0);
  for (std::size_t i = 0; i < k; ++i) {
    if (margin != nullptr) {
      for (std::size_t c = 0; c < margin->categories.size(); ++c) {
        if (margin->categories[c] == question.options[i].id) weights[i] = margin->population[c];
      }
    }
    const double position = k > 1 ? static_cast<double>(i) / static_cast<double>(k - 1) : 0.0;
    weights[i] *= k <= 3 ? (i == 0 ? 1.3 : 1.0) : 1.0 + 0.6 * position;
  }
  return weights;
}

// An option index of `question`, or -1 for "prefer not to say".
int pick_option(const std::vector<double>& weights, std::mt19937& random) {
  if (weights.empty() || std::uniform_real_distribution<double>(0, 1)(random) < 0.02) return -1;
  std::discrete_distribution<int> choose(weights.begin(), weights.end());
  return choose(random);
}

// Points over the scenarios that add up to the budget: a gamma draw per scenario around a
// preference that shifts with `lean` (0 to 1), some scenarios skipped, rounded by largest remainder.
std::vector<int> pick_points(std::size_t scenarios, int budget, double lean, std::mt19937& random) {
  std::vector<double> raw(scenarios);
  double total = 0;
  for (std::size_t s = 0; s < scenarios; ++s) {
    double shape = 1.0 + (s == 0 ? 2.5 * lean : 0) + (s == 1 ? 2.5 * (1 - lean) : 0) + (s + 1 == scenarios ? 1.0 : 0);
    const bool skipped = std::uniform_real_distribution<double>(0, 1)(random) < (s + 2 == scenarios ? 0.45 : 0.15);
    raw[s] = skipped ? 0 : std::gamma_distribution<double>(shape, 1.0)(random);
    total += raw[s];
  }
  if (total <= 0) raw[0] = total = 1;
  std::vector<int> points(scenarios);
  int given = 0;
  std::vector<std::pair<double, std::size_t>> remainders;
  for (std::size_t s = 0; s < scenarios; ++s) {
    const double exact = budget * raw[s] / total;
    points[s] = static_cast<int>(std::floor(exact));
    given += points[s];
    remainders.push_back({exact - points[s], s});
  }
  std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; given < budget; ++i, ++given) points[remainders[i % scenarios].second] += 1;
  return points;
}

}  // namespace

std::vector<ResponseDraft> demo_responses(const Survey& survey, const Margins& margins, std::size_t count,
                                          std::uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<std::vector<double>> weights;
  std::size_t covering = 0;  // the first responses give every option once, so no category is empty
  for (const auto& question : survey.demographics) {
    weights.push_back(option_weights(question, margins));
    covering = std::max(covering, question.options.size());
  }
  const std::vector<std::string> motivations = {"Dichtbij en betaalbaar.", "Zo houden we het in eigen hand.",
                                                "Dat werkt al in ons dorp.", "Liever geen molens bij huis."};
  std::vector<ResponseDraft> drafts;
  drafts.reserve(count);
  for (std::size_t r = 0; r < count; ++r) {
    ResponseDraft draft;
    double lean = 0.5;
    for (std::size_t q = 0; q < survey.demographics.size(); ++q) {
      const auto& question = survey.demographics[q];
      const int drawn = pick_option(weights[q], random);
      const int option = r < covering && !question.options.empty() ? static_cast<int>(r % question.options.size()) : drawn;
      draft.demographics[question.id] = option < 0 ? std::string(prefer_not_to_say) : question.options[option].id;
      if (q == 0 && option >= 0 && question.options.size() > 1) {
        lean = static_cast<double>(option) / static_cast<double>(question.options.size() - 1);
      }
    }
    const auto points = pick_points(survey.scenarios.size(), survey.budget, lean, random);
    for (std::size_t s = 0; s < points.size(); ++s) {
      if (points[s] > 0) draft.allocations[survey.scenarios[s].id] = std::to_string(points[s]);
    }
    if (survey.motivation_asked && r % 10 == 3 && !survey.scenarios.empty()) {
      draft.motivations[survey.scenarios[r % survey.scenarios.size()].id] = motivations[r % motivations.size()];
    }
    drafts.push_back(std::move(draft));
  }
  return drafts;
}

}  // namespace mienskip
