#include "support/results_fixture.hpp"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"
#include "support/reference_data.hpp"
#include "support/resident_answers.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace mienskip::test {

namespace {

const auto& ages = energy_ages;
const auto& genders = energy_genders;
const auto& educations = energy_educations;
const auto& areas = energy_areas;

}  // namespace

ResultsDatabase::ResultsDatabase(const std::string& name) : url(fresh_database(name)) {
  const std::string secret = server_environment("")["MIENSKIP_SECRET"];
  const auto codes =
      import_survey_with_codes(url, "sudwest-fryslan-energiestrategie.json", results_slug, results_response_count);
  pqxx::connection connection(url);
  const auto stored = *store::find_survey(connection, results_slug);
  std::minstd_rand random(20261125);
  for (int i = 0; i < results_response_count; ++i) {
    const AnswerPicker pick{i, 24, random};
    const bool cover = pick.covering();
    const std::size_t age = pick(ages.size());
    ResponseDraft draft;
    draft.demographics = {{"age", i % 17 == 9 && !cover ? "prefer_not_to_say" : ages[age]},
                          {"gender", i < 3 ? genders[static_cast<std::size_t>(i)] : genders[pick(2)]},
                          {"education", educations[pick(educations.size())]},
                          {"area", areas[pick(areas.size())]}};
    std::vector<long> raw(energy_scenarios.size());
    for (std::size_t s = 0; s < raw.size(); ++s) {
      raw[s] = 1 + static_cast<long>(random() % 20) + (s == 0 ? 5 * static_cast<long>(age) : 0);
    }
    draft.allocations = points_in_proportion(energy_scenarios, raw);
    const Language language = i % 3 == 0 ? Language::fy : Language::nl;
    submit_with_code(connection, stored, secret, codes[static_cast<std::size_t>(i)], "results-" + std::to_string(i),
                     language, draft);
  }
  add_staff(url);
}

Reply get_as(std::uint16_t port, const std::optional<Login>& who, const std::string& path, int timeout_seconds) {
  return staff_request(port, who, "GET", path, "", "", false, timeout_seconds);
}

Reply put_margins(std::uint16_t port, const std::optional<Login>& who, const std::string& csv, bool with_csrf,
                  const std::string& content_type) {
  RequestOptions options{content_type, false, {}};
  if (who) options.headers.push_back({"Cookie", who->cookie});
  if (who && with_csrf) options.headers.push_back({"X-CSRF-Token", who->csrf});
  return request(port, "PUT", "/api/admin/surveys/" + results_slug + "/margins", csv, options);
}


nlohmann::json weigh_export(const std::string& database_url, const std::string& slug, const std::string& margins_path,
                            const std::vector<std::string>& weigh_args) {
  const auto dir = scratch_directory("weigh-export-" + slug);
  const auto responses = dir / "responses.csv";
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"survey", "export", "--survey", slug, "--out", responses.string()},
                                  server_environment(database_url), output) == 0,
                     output);
  // weigh prints its report on standard output, which run_mienskip mixes with the errors.
  std::string command = std::string(std::getenv("MIENSKIP_BINARY")) + " weigh --respondents " + responses.string() +
                        " --margins " + margins_path;
  for (const auto& arg : weigh_args) command += " " + arg;
  command += " --format json > " + (dir / "weigh.json").string() + " 2> " + (dir / "weigh.err").string();
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, read_text(dir / "weigh.err"));
  auto report = nlohmann::json::parse(read_text(dir / "weigh.json"));
  std::filesystem::remove_all(dir);
  return report;
}

void expect_results_equal_weigh(const nlohmann::json& api, const nlohmann::json& weigh) {
  BOOST_TEST(!api["representativeness_words"]["nl"].empty());
  BOOST_TEST(api["representativeness_words"]["en"].size() == api["representativeness_words"]["nl"].size());
  auto weighing = api;
  weighing.erase("representativeness_words");
  // The API leaves out weigh's list of every respondent's weight (the results view shows none of
  // them); everything computed from those weights (weight_summary, kish, estimates) is compared.
  BOOST_TEST(!api.contains("weights"));
  BOOST_TEST(weigh["weights"].size() == weigh["inputs"]["n_used"].get<std::size_t>());
  auto weighed = weigh;
  weighed.erase("weights");
  expect_same_json(weighing, weighed, "report");
}

}  // namespace mienskip::test
