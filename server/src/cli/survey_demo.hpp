#pragma once

#include <string>
#include <vector>

namespace mienskip::cli {

/// `mienskip survey demo TEMPLATE.json --slug SLUG --margins MARGINS.csv [--responses N]
/// [--if-missing]`: a survey to try the results, the exports and the council report with at once:
/// the template as an open survey whose title says it is a demo with fictional answers, N
/// fictional responses (core/survey/demo_responses, default 1,400) stored through the residents'
/// own checks, and the margins. With --if-missing an existing survey SLUG is left as it is.
int survey_demo(const std::vector<std::string>& args);

}  // namespace mienskip::cli
