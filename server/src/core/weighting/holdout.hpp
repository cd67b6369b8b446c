#pragma once

#include <string>
#include <vector>

#include "core/weighting/sample.hpp"

namespace mienskip {

/// A check on a variable kept out of the weighting: rake on every other weighting variable and see
/// how far that variable's weighted shares still are from the population's. Weighting can only
/// set right what goes with its variables; if weighting on age, education and area leaves the
/// gender skew as it was, it will not set right opinions that go with gender either, and the
/// report should not suggest it does. Done for each weighting variable in turn (leave one out).
struct HoldoutCheck {
  std::string variable;
  double before_pp = 0;  // the largest |respondents' share - population share|, percentage points
  double after_pp = 0;   // the same for the shares weighted on the other variables only
};

/// One check per weighting variable when there are two or more; none otherwise. A variable whose
/// check cannot be raked (the others alone do not converge) is left out.
std::vector<HoldoutCheck> holdout_checks(const Sample& sample);

}  // namespace mienskip
