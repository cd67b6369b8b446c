// Issue 19, item 8: `mienskip survey demo` as deploy/run.sh runs it on a fresh database: an open
// survey labelled as a demo, its fictional responses stored through the residents' own checks, the
// margins, and at once a council report; a second run leaves everything as it was.
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <filesystem>
#include <pqxx/pqxx>

#include "core/base/csv.hpp"
#include "core/survey/demo_responses.hpp"
#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
namespace fs = std::filesystem;

namespace {

const std::string slug = "resultaten-demo";

std::vector<std::string> demo_args(const std::string& responses) {
  return {"survey",    "demo",       source_path("survey-templates/sudwest-fryslan-energiestrategie.json"),
          "--slug",    slug,         "--margins", source_path("deploy/demo/sudwest-fryslan-margins.csv"),
          "--responses", responses, "--if-missing"};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_demo)

BOOST_AUTO_TEST_CASE(the_demo_survey_has_answers_margins_and_a_report_and_is_made_once) {
  const std::string url = fresh_database("cli_survey_demo");
  const auto environment = server_environment(url);
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip(demo_args("400"), environment, output) == 0, output);
  BOOST_TEST(output.find("400 fictional responses") != std::string::npos, output);
  BOOST_TEST(query_number(url, "SELECT count(*) FROM responses") == 400);
  {
    pqxx::connection connection(url);
    const auto stored = *store::find_survey(connection, slug);
    BOOST_TEST(stored.survey.title.nl.find("(demo met fictieve antwoorden)") != std::string::npos, stored.survey.title.nl);
    BOOST_TEST(stored.survey.title.en.find("(demo with fictional answers)") != std::string::npos);
    BOOST_TEST(!stored.requires_code);
  }
  // The report at once, from the stored answers and margins: weighted, with every scenario.
  const auto dir = scratch_directory("survey-demo");
  BOOST_TEST_REQUIRE(run_mienskip({"survey", "report", "--survey", slug, "--out", (dir / "rapport.html").string()},
                                  environment, output) == 0,
                     output);
  const std::string report = read_text(dir / "rapport.html");
  BOOST_TEST(report.find("demo met fictieve antwoorden") != std::string::npos);
  BOOST_TEST(report.find("Wie meedeed, koos daar zelf voor") != std::string::npos);  // open survey
  BOOST_TEST(report.find("Wald-toets") != std::string::npos);

  // Again: nothing changes.
  const long long audit = query_number(url, "SELECT count(*) FROM audit_log");
  BOOST_TEST_REQUIRE(run_mienskip(demo_args("400"), environment, output) == 0, output);
  BOOST_TEST(output.find("already exists; left as it is") != std::string::npos, output);
  BOOST_TEST(query_number(url, "SELECT count(*) FROM responses") == 400);
  BOOST_TEST(query_number(url, "SELECT count(*) FROM audit_log") == audit);
  fs::remove_all(dir);
}

// The same answers on every machine, and every one passes the residents' checks.
BOOST_AUTO_TEST_CASE(the_fictional_answers_are_fixed_and_valid) {
  const std::string url = fresh_database("cli_survey_demo_answers");
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip(demo_args("50"), server_environment(url), output) == 0, output);
  pqxx::connection connection(url);
  const auto survey = store::find_survey(connection, slug)->survey;
  const auto margins = parse_margins(parse_csv(read_text(source_path("deploy/demo/sudwest-fryslan-margins.csv")), "m.csv"));
  const auto once = demo_responses(survey, margins, 200, 7);
  const auto again = demo_responses(survey, margins, 200, 7);
  BOOST_TEST_REQUIRE(once.size() == 200u);
  std::size_t declined = 0;
  for (std::size_t i = 0; i < once.size(); ++i) {
    BOOST_TEST((once[i].allocations == again[i].allocations));
    BOOST_TEST((once[i].demographics == again[i].demographics));
    BOOST_TEST(check_response(survey, once[i], Language::nl).response.has_value(), i);
    for (const auto& [question, answer] : once[i].demographics) declined += answer == "prefer_not_to_say";
  }
  BOOST_TEST(declined > 0u);  // some decline a question, as residents do
  // Shaped by the population's shares: "anders" is 0.3% of the population, so a handful at most.
  const auto others = std::count_if(once.begin(), once.end(), [](const ResponseDraft& d) {
    return d.demographics.at("gender") == "anders";
  });
  BOOST_TEST(others < 10, others);
}

BOOST_AUTO_TEST_SUITE_END()
