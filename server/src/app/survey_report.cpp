#include "app/survey_report.hpp"

#include <ctime>

#include "app/council_report_view.hpp"
#include "core/crypto/sha256.hpp"
#include "core/report/council_report.hpp"
#include "core/weighting/weighting_settings.hpp"
#include "store/audit_log.hpp"
#include "store/survey_results_input.hpp"

namespace mienskip::app {

namespace {

std::string utc_text(std::chrono::system_clock::time_point moment) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(moment);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace

SurveyReport survey_report(pqxx::connection& connection, const std::string& slug,
                           std::chrono::system_clock::time_point now, Language language) {
  const auto input = store::survey_results_input(connection, slug);
  const Survey& survey = input.survey.survey;
  // The saved weighting settings; without a breakdown chosen, the council's usual one (by area).
  auto options = results_options(survey, input.margins.margins, input.weighting, ResultsQuery{});
  if (options.sample.by.empty()) options.sample.by = council_report_domain(survey);
  options.weighing.invited = input.invited;
  const auto result = weigh_survey_responses(survey, input.responses, input.margins.margins, options);
  const std::string generated_at = utc_text(now);
  auto facts = council_report_facts(input.responses, input.survey.requires_code, generated_at);
  if (const auto head = store::audit_head(connection)) facts.audit_head = chain_head_text(*head);
  facts.software = std::string("Mienskip ") + MIENSKIP_VERSION;
  facts.margins_source = input.margins.source;
  // The file `mienskip survey export` writes now, with this weighing's weights (the saved
  // settings, as the export's; the breakdown changes no weight), hashed.
  facts.responses_sha256 = sha256_hex(export_file(ExportFile::responses_csv, survey, input.responses,
                                                  CsvDialect::standard, export_weighting(input.responses, result)));
  return {council_report_html(council_report(survey, result, facts, language)),
          council_report_file_name(slug, generated_at, language)};
}

}  // namespace mienskip::app
