#pragma once

#include <pqxx/connection>
#include <string>

#include "core/report/representativeness_words.hpp"
#include "core/survey/survey_results.hpp"
#include "core/weighting/weighting.hpp"
#include "core/weighting/weighting_settings.hpp"
#include "store/response_table_cache.hpp"

namespace mienskip::app {

/// A survey weighed for the results view: the weighing and the sentences people read about how
/// the responses compare with the population.
struct WeighedSurvey {
  WeighingResult result;
  RepresentativenessWords words;
};

/// Weighs the responses of survey `slug` (taken from `responses`, brought up to date with the
/// database first) to its population margins with its saved weighting settings, each overridden by
/// the query's option when it gives one (for exploring other choices without changing what the
/// report uses). Throws Error `no_margins`, `not_found`, `invalid_option` and the weighing's errors.
WeighedSurvey weigh_survey(pqxx::connection& connection, store::ResponseTableCache& responses, const std::string& slug,
                           const ResultsQuery& query = {});

}  // namespace mienskip::app
