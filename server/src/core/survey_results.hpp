#pragma once

#include <vector>

#include "core/response_export.hpp"
#include "core/weighing.hpp"

namespace mienskip {

/// The weighted results of a survey, computed as an analyst computes them by hand: the responses
/// written as `mienskip survey export` writes its file (standard dialect, responses_csv), read back
/// and weighted exactly as `mienskip weigh --respondents FILE --margins MARGINS` does with its
/// default options (prepare_sample, then weigh), or with the options given (as weigh's flags would). Going through the export's text on purpose: the
/// server's figures cannot drift from what the analysts' two commands give. Throws the errors of
/// prepare_sample and weigh (`unknown_category`, `empty_category`, `too_few_respondents`, ...).
WeighingResult weigh_survey_responses(const Survey& survey, const std::vector<ExportedResponse>& responses,
                                      const Margins& margins, const SampleOptions& sample_options = {},
                                      const WeighingOptions& weighing_options = {});

}  // namespace mienskip
