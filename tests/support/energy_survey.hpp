#pragma once

#include "core/survey/survey.hpp"
#include "core/weighting/weighting_input.hpp"

namespace mienskip::test {

/// The Súdwest-Fryslân energy survey as shipped (six scenarios with their long Dutch names), read
/// from survey-templates/ once per test program.
const Survey& energy_survey();

/// The population margins shipped with it for the examples (tests/data/weighting/
/// sudwest-fryslan-margins.csv), read once per test program.
const Margins& shipped_margins();

}  // namespace mienskip::test
