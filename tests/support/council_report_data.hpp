#pragma once

#include <string>
#include <vector>

#include "core/report/council_report.hpp"
#include "core/survey/response_export.hpp"
#include "core/survey/survey_results.hpp"
#include "core/survey/survey.hpp"
#include "core/weighting/weighting_input.hpp"
#include "support/energy_survey.hpp"

namespace mienskip::test {

/// `count` constructed responses to energy_survey(): 60% from Sneek, the rest spread over the seven smaller
/// areas; ages, gender and education vary with the response's number, responses 17 and 90 decline
/// their age (kept, in the age question's "(no answer)" group), every twentieth gives gender "anders"; answered
/// from 25 November 2026, forty a day. The same numbers always give the same responses.
std::vector<ExportedResponse> energy_responses(int count);

/// Population margins for age, gender, education and area (75.000 inhabitants, Sneek 30.000).
Margins energy_margins();

/// energy_responses(`count`) weighed to energy_margins() with `options`, and the facts the council
/// report takes (invitation codes, made 20 December 2026): what the report's tests change and read.
struct EnergyWeighing {
  Survey survey;
  std::vector<ExportedResponse> answers;
  WeighingResult result;
  CouncilReportFacts facts;

  EnergyWeighing(int count, const ResultsOptions& options);
  CouncilReport report(Language language = Language::nl) const {
    return council_report(survey, result, facts, language);
  }
};

}  // namespace mienskip::test
