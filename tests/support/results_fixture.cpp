#include "support/results_fixture.hpp"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/base/csv.hpp"
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
  // The codes issued, as the server takes them for a survey that needs one (store::invited_count).
  pqxx::connection connection(database_url);
  if (const auto invited = store::invited_count(connection, slug)) command += " --invited " + std::to_string(*invited);
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

void expect_exported_r_script_gives_the_results(std::uint16_t port, const Login& analyst, const std::string& base,
                                                const nlohmann::json& results) {
  BOOST_TEST_REQUIRE(std::system("Rscript -e 'library(survey)' >/dev/null 2>&1") == 0,
                     "Rscript with the survey package is missing: run deploy/install-deps.sh");
  const auto dir = scratch_directory("insight-r-export");
  for (const char* file : {"responses.csv", "read_export.R"}) {
    const auto reply = get_as(port, analyst, base + "/export/" + file);
    BOOST_TEST_REQUIRE(reply.status == 200, file << ": " << reply.body);
    std::ofstream(dir / file, std::ios::binary) << reply.body;
  }
  const std::string command =
      "cd " + dir.string() +
      " && Rscript -e 'source(\"read_export.R\"); r <- read_export(\"responses.csv\"); d <- calibrated_design(r); "
      "p <- grep(\"^points_\", names(r), value = TRUE); m <- survey::svymean(reformulate(sprintf(\"`%s`\", p)), d); "
      "write.csv(data.frame(mean = sprintf(\"%.17g\", coef(m)), se = sprintf(\"%.17g\", survey::SE(m))), \"r.csv\", "
      "row.names = FALSE); cat(sprintf(\"%.17g\", sum(r$weight)), file = \"total.txt\")' > r.out 2>&1";
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, read_text(dir / "r.out"));
  const auto r = parse_csv(read_text(dir / "r.csv"), "r.csv");
  const auto& scenarios = results["estimates"]["scenarios"];
  BOOST_TEST_REQUIRE(r.rows.size() == scenarios.size());
  for (std::size_t s = 0; s < r.rows.size(); ++s) {
    const double mean = std::stod(r.rows[s][0]);
    const double se = std::stod(r.rows[s][1]);
    BOOST_TEST(std::fabs(mean - scenarios[s]["weighted_mean"].get<double>()) < 1e-8,
               scenarios[s]["scenario"] << ": R " << mean << ", API " << scenarios[s]["weighted_mean"]);
    BOOST_TEST(std::fabs(se - scenarios[s]["se"].get<double>()) < 1e-8,
               scenarios[s]["scenario"] << ": R se " << se << ", API " << scenarios[s]["se"]);
  }
  const double total = std::stod(read_text(dir / "total.txt"));
  const double population = results["inputs"]["population_total"].get<double>();
  BOOST_TEST(std::fabs(total - population) < 1e-6 * population, "weights add up to " << total << ", not " << population);
  std::filesystem::remove_all(dir);
}

}  // namespace mienskip::test
