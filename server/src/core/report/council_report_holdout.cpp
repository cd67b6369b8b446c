#include "core/report/council_report_holdout.hpp"

#include "core/report/number_text.hpp"

namespace mienskip {

bool holdout_worth_checking(const HoldoutCheck& check) { return check.before_pp >= 1; }

bool holdout_halves(const HoldoutCheck& check) { return check.after_pp <= check.before_pp / 2; }

std::optional<ReportHoldout> report_holdout(const WeighingResult& result, const WeightingLabels& labels,
                                            Language language) {
  const auto& checks = result.representativeness.holdout;
  if (checks.empty()) return std::nullopt;
  ReportHoldout out;
  for (const auto& check : checks) {
    const std::string name = labels.variable_name(check.variable, language);
    out.rows.push_back({name, format_number(check.before_pp, 1, language), format_number(check.after_pp, 1, language)});
    if (holdout_worth_checking(check) && !holdout_halves(check)) out.not_halved.push_back(name);
  }
  return out;
}

}  // namespace mienskip
