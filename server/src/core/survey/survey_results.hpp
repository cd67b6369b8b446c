#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/survey/response_export.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// How the results are weighted and broken down: the options of `mienskip weigh` that make sense
/// for a stored survey. Default: raking on every margin variable, no bounds, no domains.
struct ResultsOptions {
  SampleOptions sample;
  WeighingOptions weighing;
};

/// The results options as typed (the API's query parameters), before checking.
struct ResultsQuery {
  std::optional<std::string> variables;  // "age,gender": weighting variables, a subset of the margins'
  std::optional<std::string> bounds;     // "0.3,3": lower and upper weight bound, multiples of the mean; "": none
  std::optional<std::string> by;         // a demographic question of the survey: results per category; "": none
};

/// Checks the options against the survey and its margins, with the parsing `mienskip weigh` uses for
/// --vars, --lower and --upper. Throws Error `invalid_option` naming the option and what is allowed.
ResultsOptions results_options(const Survey& survey, const Margins& margins, const ResultsQuery& query);

/// The weighted results of a survey, computed as an analyst computes them by hand: the responses
/// as `mienskip survey export` writes its file (standard dialect) and parse_csv reads it back
/// (responses_table gives that table from the same walk over the responses as responses_csv,
/// without the text), weighted exactly as `mienskip weigh --respondents FILE --margins MARGINS`
/// does with the same options (prepare_sample, then weigh). Through the export's table on purpose:
/// the server's figures cannot drift from what the analysts' two commands give. Throws the errors of
/// prepare_sample and weigh (`unknown_category`, `empty_category`, `too_few_respondents`,
/// `bounds_infeasible`, ...).
WeighingResult weigh_survey_responses(const Survey& survey, const std::vector<ExportedResponse>& responses,
                                      const Margins& margins, const ResultsOptions& options = {});

/// The same weighing for responses already in the export's table (responses_table, with rows added
/// by append_to_responses_table): what the server computes from the table it keeps per survey.
WeighingResult weigh_survey_respondents(const CsvTable& respondents, const Margins& margins,
                                        const ResultsOptions& options = {});

/// The weight of every response in the order given, as weigh_survey_responses gives them with
/// these options, on the population scale (times the population total over the responses counted;
/// margins given as shares have no total, so the weights keep mean 1): what the export's `weight`
/// column holds, so that an analyst's weighted means and totals are the results'. A response the
/// weighting leaves out (a weighting answer missing or refused) gets weight 0, so that it counts in
/// no weighted figure, as in the results. With them, the calibration that the R script rebuilds:
/// the weighting variables with their population counts (rescaled to one total, as weighed) and
/// the bounds.
ExportWeighting export_weighting(const Survey& survey, const std::vector<ExportedResponse>& responses,
                                 const Margins& margins, const ResultsOptions& options);

/// The same from a weighing already done (weigh_survey_responses of these responses), so that a
/// caller that has one does not weigh twice. A breakdown (`by`) changes no weight.
ExportWeighting export_weighting(const std::vector<ExportedResponse>& responses, const WeighingResult& result);

}  // namespace mienskip
