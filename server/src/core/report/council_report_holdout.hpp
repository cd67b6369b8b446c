#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/report/representativeness_words.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// Whether weighting on the other variables took at least half of a variable's difference from
/// the population away (after <= before / 2). Only asked where there was a difference of 1
/// percentage point or more to take away (`worth_checking`).
bool holdout_halves(const HoldoutCheck& check);
bool holdout_worth_checking(const HoldoutCheck& check);

/// A weighting variable left out: its largest difference from the population, one decimal, before
/// weighting and after weighting on the other variables only ("9,1", "8,7").
struct HoldoutRow {
  std::string name;
  std::string before, after;
};

/// "Toets: één kenmerk buiten de weging" (representativeness.hpp's hold-out checks): every
/// weighting variable left out in turn, and the names of those whose difference the others did
/// not halve, for the one sentence the report draws from it.
struct ReportHoldout {
  std::vector<HoldoutRow> rows;
  std::vector<std::string> not_halved;
};

/// None without checks (fewer than two weighting variables).
std::optional<ReportHoldout> report_holdout(const WeighingResult& result, const WeightingLabels& labels,
                                            Language language);

}  // namespace mienskip
