// Issue 7, the analyst's two commands: `mienskip survey export` writes the responses of a real
// database, `mienskip weigh` reads that file as it is with the margins, and R's survey package
// (calibrate with calfun = "raking", svymean, svycontrast), run here on the same two files, gives
// the same weighted means, standard errors and differences between scenarios.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <random>
#include <sstream>

#include "core/base/csv.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"
#include "support/reference_data.hpp"
#include "support/resident_answers.hpp"
#include "support/results_fixture.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
namespace fs = std::filesystem;

namespace {

const std::string slug = "export-weigh";
const std::string secret = server_environment("")["MIENSKIP_SECRET"];
const std::string margins = test_data_path("weighting/sudwest-fryslan-margins.csv");

const auto& scenarios = energy_scenarios;
const auto& ages = energy_ages;
const auto& educations = energy_educations;
const auto& areas = energy_areas;
constexpr int response_count = 96;

// The Súdwest-Fryslân survey with 96 responses: the first 24 cover every category, the rest are
// drawn (minstd_rand is fully specified, so the draw is the same everywhere), older respondents
// leaning to the municipality leading and younger ones to residents themselves. A few decline a
// question (`prefer_not_to_say`) or leave education empty: kept, weighted on what they answered.
struct WeighDatabase {
  std::string url = fresh_database("cli_survey_export_weigh");
  int expected_skipping = 0;

  WeighDatabase() {
    const auto codes = import_survey_with_codes(url, "sudwest-fryslan-energiestrategie.json", slug, response_count);

    pqxx::connection connection(url);
    const auto stored = *store::find_survey(connection, slug);
    std::minstd_rand random(20261125);
    for (int i = 0; i < response_count; ++i) {
      // The first 24 in turn, the rest drawn.
      const AnswerPicker pick{i, 24, random};
      const bool cover = pick.covering();
      const std::size_t age = pick(ages.size());
      ResponseDraft draft;
      draft.demographics = {
          {"age", ages[age]},
          {"gender", (i == 2 || i == 40) ? "anders" : pick(2) == 1 ? "vrouw" : "man"},
          {"education", educations[pick(educations.size())]},
          {"area", areas[pick(areas.size())]}};
      if (i % 16 == 5 && !cover) draft.demographics["age"] = "prefer_not_to_say";
      if (i % 23 == 7 && !cover) draft.demographics["education"] = "";
      if (draft.demographics["age"] == "prefer_not_to_say" || draft.demographics["education"].empty()) {
        ++expected_skipping;
      }
      std::vector<long> raw(scenarios.size());
      for (std::size_t s = 0; s < raw.size(); ++s) {
        raw[s] = 1 + static_cast<long>(random() % 20) + (s == 0 ? 5 * static_cast<long>(age) : 0) +
                 (s == 1 ? 5 * (6 - static_cast<long>(age)) : 0);
      }
      draft.allocations = points_in_proportion(scenarios, raw);
      if (i % 10 == 0 && draft.allocations.count(scenarios[0])) draft.motivations[scenarios[0]] = "12, want dichtbij";
      const Language language = i % 3 == 0 ? Language::fy : Language::nl;
      submit_with_code(connection, stored, secret, codes[i], "export-weigh-" + std::to_string(i), language, draft);
    }
  }
};

const WeighDatabase& database() {
  static const WeighDatabase value;
  return value;
}

fs::path export_responses(const fs::path& dir, bool excel) {
  const auto path = dir / (excel ? "responses-excel.csv" : "responses.csv");
  std::vector<std::string> args = {"survey", "export", "--survey", slug, "--out", path.string()};
  if (excel) args.push_back("--excel");
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip(args, server_environment(database().url), output) == 0, output);
  return path;
}

nlohmann::json weigh(const fs::path& respondents, const fs::path& json_path, std::vector<std::string> extra = {}) {
  std::string output;
  std::vector<std::string> args = {"weigh", "--respondents", respondents.string(), "--margins", margins, "--json",
                                   json_path.string(), "--format", "text"};
  args.insert(args.end(), extra.begin(), extra.end());
  const int code = run_mienskip(args, {}, output);
  BOOST_TEST_REQUIRE(code == 0, output);
  BOOST_TEST(output.find("gemeente-leidt: weighted ") != std::string::npos, output);
  return nlohmann::json::parse(read_text(json_path));
}

// The ranking against multcomp and MASS::ginv. mvtnorm integrates at random to abseps 1e-5, which
// leaves its critical value a few 1e-4 from the exact one (for six independent means it gives
// 2.84986 against qtukey's 2.84971), so the two critical values agree to 1e-3; the Wald test is
// exact arithmetic on the same covariance and agrees to 1e-8.
void check_ranking_against_r(const nlohmann::json& result, const CsvTable& r) {
  const auto& ranking = result["ranking"];
  BOOST_TEST_REQUIRE(r.rows.size() == ranking["ranks"].size());
  const auto& first = r.rows.front();
  const double r_critical = std::stod(first[r.column("critical_value")]);
  const double critical = ranking["critical_value"].get<double>();
  BOOST_TEST(std::fabs(critical - r_critical) < 1e-3, "mienskip " << critical << ", multcomp " << r_critical);
  BOOST_TEST(critical > 2.5);  // above one-at-a-time 1.96 and below Bonferroni's 2.94 for 15 pairs
  BOOST_TEST(critical < 2.94);
  const auto& test = ranking["equal_means"];
  const double r_wald = std::stod(first[r.column("wald")]);
  BOOST_TEST(std::fabs(test["statistic"].get<double>() - r_wald) < 1e-8 * r_wald,
             "mienskip " << test["statistic"] << ", R " << r_wald);
  BOOST_TEST(test["df"].get<int>() == std::stoi(first[r.column("df")]));
  BOOST_TEST(std::fabs(test["p_value"].get<double>() - std::stod(first[r.column("p_value")])) < 1e-12);
  for (std::size_t s = 0; s < r.rows.size(); ++s) {
    const auto& rank = ranking["ranks"][s];
    BOOST_TEST(rank["scenario"].get<std::string>() == r.rows[s][r.column("scenario")]);
    BOOST_TEST(rank["best"].get<int>() == std::stoi(r.rows[s][r.column("best")]), rank["scenario"]);
    BOOST_TEST(rank["worst"].get<int>() == std::stoi(r.rows[s][r.column("worst")]), rank["scenario"]);
  }
}

// Gave 0, at least 50, put first (ties split): svyciprop(method = "logit") on the same design, its
// estimate and interval, and svymean's standard error, to 1e-8.
void check_shares_against_r(const nlohmann::json& result, const CsvTable& r) {
  const auto& scenarios = result["estimates"]["scenarios"];
  BOOST_TEST_REQUIRE(r.rows.size() == 3 * scenarios.size());
  double first_total = 0;
  for (const auto& row : r.rows) {
    const auto scenario = std::find_if(scenarios.begin(), scenarios.end(), [&](const nlohmann::json& e) {
      return e["scenario"].get<std::string>() == row[r.column("scenario")];
    });
    BOOST_TEST_REQUIRE((scenario != scenarios.end()), row[r.column("scenario")]);
    const std::string measure = row[r.column("measure")];
    const auto& mine = (*scenario)["shares"][measure];
    const std::string what = row[r.column("scenario")] + " " + measure;
    BOOST_TEST(std::fabs(mine["share"].get<double>() - std::stod(row[r.column("share")])) < 1e-8, what);
    BOOST_TEST(std::fabs(mine["se"].get<double>() - std::stod(row[r.column("se")])) < 1e-8, what);
    BOOST_TEST(std::fabs(mine["ci95"][0].get<double>() - std::stod(row[r.column("ci95_low")])) < 1e-8,
               what << ": mienskip " << mine["ci95"][0] << ", R " << row[r.column("ci95_low")]);
    BOOST_TEST(std::fabs(mine["ci95"][1].get<double>() - std::stod(row[r.column("ci95_high")])) < 1e-8, what);
    if (measure == "first") first_total += mine["share"].get<double>();
  }
  // Every respondent puts something first, a tie split: the shares add up to one.
  BOOST_TEST(std::fabs(first_total - 1) < 1e-12, first_total);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_export_weigh)

BOOST_AUTO_TEST_CASE(weigh_reads_the_export_as_it_is) {
  const auto& db = database();
  const auto dir = scratch_directory("export-weigh");
  const auto result = weigh(export_responses(dir, false), dir / "weighed.json");

  BOOST_TEST(result["inputs"]["n_input"] == response_count);
  BOOST_TEST(result["inputs"]["kept_missing"]["count"] == db.expected_skipping);
  BOOST_TEST(db.expected_skipping > 0);
  BOOST_TEST(result["inputs"]["dropped_missing"]["count"] == 0);
  BOOST_TEST(result["inputs"]["n_used"] == response_count);
  BOOST_TEST(result["inputs"]["kept_missing"]["per_variable"]["age"].get<int>() > 0);
  BOOST_TEST(result["inputs"]["kept_missing"]["per_variable"]["education"].get<int>() > 0);
  // --missing drop leaves them out instead.
  const auto dropping = weigh(dir / "responses.csv", dir / "dropped.json", {"--missing", "drop"});
  BOOST_TEST(dropping["inputs"]["dropped_missing"]["count"] == db.expected_skipping);
  BOOST_TEST(dropping["inputs"]["n_used"] == response_count - db.expected_skipping);
  BOOST_TEST(result["inputs"]["points_total_not_100"] == 0);
  BOOST_TEST(result["inputs"]["weighting_variables"] ==
             nlohmann::json::array({"age", "gender", "education", "area"}));
  // Reported under the scenario ids; submitted_at, language, motivation_* and weight are no scenario.
  BOOST_TEST(result["inputs"]["scenario_columns"] == nlohmann::json(scenarios));

  // The weights reproduce every margin, and the weighted means still share out the 100 points.
  for (const auto& variable : result["representativeness"]["variables"]) {
    for (const auto& category : variable["categories"]) {
      BOOST_TEST(std::fabs(category["weighted_share"].get<double>() - category["population_share"].get<double>()) <
                     1e-9,
                 variable["variable"] << " " << category["category"]);
    }
  }
  double total = 0;
  for (const auto& scenario : result["estimates"]["scenarios"]) {
    total += scenario["weighted_mean"].get<double>();
    BOOST_TEST(scenario["se"].get<double>() > 0);
  }
  BOOST_TEST(std::fabs(total - 100) < 1e-9, total);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(the_excel_variant_gives_the_same_results) {
  const auto dir = scratch_directory("export-weigh-excel");
  const auto standard = weigh(export_responses(dir, false), dir / "standard.json");
  const auto excel = weigh(export_responses(dir, true), dir / "excel.json");
  BOOST_TEST(excel["inputs"] == standard["inputs"]);
  BOOST_TEST(excel["estimates"]["scenarios"] == standard["estimates"]["scenarios"]);
  BOOST_TEST(excel["weights"] == standard["weights"]);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(missing_error_names_file_row_and_column) {
  const auto dir = scratch_directory("export-weigh-missing");
  const auto path = export_responses(dir, false);
  std::string output;
  const int code = run_mienskip(
      {"weigh", "--respondents", path.string(), "--margins", margins, "--missing", "error"}, {}, output);
  BOOST_TEST(code == 1);
  BOOST_TEST(output.find("[missing_answer]") != std::string::npos, output);
  BOOST_TEST(output.find(path.string() + ", row ") != std::string::npos, output);
  BOOST_TEST(output.find(", column ") != std::string::npos, output);
  fs::remove_all(dir);
}

// docs/weighting.md's R outline, run for real: R installed by deploy/install-deps.sh is part of the
// suite, so its absence fails the test rather than skipping it.
BOOST_AUTO_TEST_CASE(r_survey_gives_the_same_means_and_standard_errors) {
  BOOST_TEST_REQUIRE(std::system("Rscript -e 'library(survey); library(MASS); library(multcomp)' >/dev/null 2>&1") == 0,
                     "Rscript with the survey, MASS and multcomp packages is missing: run deploy/install-deps.sh");
  const auto dir = scratch_directory("export-weigh-r");
  const auto responses = export_responses(dir, false);
  const auto result = weigh(responses, dir / "weighed.json");
  const std::string command = "Rscript " + source_path("tests/cli/weigh_export_check.R") + " " +
                              responses.string() + " " + margins + " " + (dir / "r.csv").string() + " " +
                              (dir / "r_pairwise.csv").string() + " " + (dir / "r_ranking.csv").string() + " " + (dir / "r_shares.csv").string() + " > " +
                              (dir / "r.out").string() + " 2>&1";
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, read_text(dir / "r.out"));
  const auto r = parse_csv(read_text(dir / "r.csv"), "r.csv");
  const auto& mine = result["estimates"]["scenarios"];
  BOOST_TEST_REQUIRE(r.rows.size() == mine.size());
  for (std::size_t s = 0; s < r.rows.size(); ++s) {
    const auto& row = r.rows[s];
    BOOST_TEST(mine[s]["scenario"].get<std::string>() == row[r.column("scenario")]);
    const double r_mean = std::stod(row[r.column("weighted_mean")]);
    const double r_se = std::stod(row[r.column("se")]);
    BOOST_TEST(std::fabs(mine[s]["weighted_mean"].get<double>() - r_mean) < 1e-6,
               row[0] << ": mienskip " << mine[s]["weighted_mean"] << ", R " << r_mean);
    BOOST_TEST(std::fabs(mine[s]["se"].get<double>() - r_se) < 1e-6,
               row[0] << ": mienskip " << mine[s]["se"] << ", R " << r_se);
  }

  // Differences between scenarios: svycontrast on the same calibrated design.
  const auto r_pairs = parse_csv(read_text(dir / "r_pairwise.csv"), "r_pairwise.csv");
  const auto& pairs = result["pairwise"];
  BOOST_TEST_REQUIRE(r_pairs.rows.size() == 15u);
  BOOST_TEST_REQUIRE(pairs.size() == r_pairs.rows.size());
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto& row = r_pairs.rows[k];
    const auto& pair = pairs[k];
    BOOST_TEST(pair["a"].get<std::string>() == row[r_pairs.column("a")]);
    BOOST_TEST(pair["b"].get<std::string>() == row[r_pairs.column("b")]);
    const double r_difference = std::stod(row[r_pairs.column("difference")]);
    const double r_se = std::stod(row[r_pairs.column("se")]);
    const double difference = pair["difference"].get<double>();
    const double se = pair["se"].get<double>();
    BOOST_TEST(std::fabs(difference - r_difference) < 1e-6, pair["a"] << " - " << pair["b"] << ": mienskip "
                                                                       << difference << ", R " << r_difference);
    BOOST_TEST(std::fabs(se - r_se) < 1e-6, pair["a"] << " - " << pair["b"] << ": mienskip se " << se << ", R " << r_se);
    BOOST_TEST(se > 0);
    BOOST_TEST(std::fabs(pair["ci95_low"].get<double>() - (difference - 1.959963984540054 * se)) < 1e-9);
    BOOST_TEST(std::fabs(pair["ci95_high"].get<double>() - (difference + 1.959963984540054 * se)) < 1e-9);
  }
  check_ranking_against_r(result, parse_csv(read_text(dir / "r_ranking.csv"), "r_ranking.csv"));
  check_shares_against_r(result, parse_csv(read_text(dir / "r_shares.csv"), "r_shares.csv"));
  fs::remove_all(dir);
}

// Per area, every area shown (the minimum effective size set to 0; the test's areas have about a
// dozen respondents each): svyby's means and SEs, the t intervals, each area against the rest and
// the Wald test that the areas agree, all to 1e-8.
BOOST_AUTO_TEST_CASE(r_survey_gives_the_same_results_per_area) {
  const auto dir = scratch_directory("export-weigh-r-areas");
  const auto responses = export_responses(dir, false);
  const auto result = weigh(responses, dir / "weighed.json", {"--by", "area", "--min-domain-ess", "0"});
  const std::string command = "Rscript " + source_path("tests/cli/weigh_domains_check.R") + " " + responses.string() +
                              " " + margins + " area " + (dir / "areas.csv").string() + " " +
                              (dir / "tests.csv").string() + " > " + (dir / "r.out").string() + " 2>&1";
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, read_text(dir / "r.out"));
  const auto areas = parse_csv(read_text(dir / "areas.csv"), "areas.csv");
  const auto& domains = result["estimates"]["domains"];
  BOOST_TEST_REQUIRE(areas.rows.size() == domains.size() * scenarios.size());
  auto close = [](double mine, const std::string& r) { return std::fabs(mine - std::stod(r)) < 1e-8; };
  for (const auto& row : areas.rows) {
    const auto domain = std::find_if(domains.begin(), domains.end(), [&](const nlohmann::json& d) {
      return d["domain"].get<std::string>() == row[areas.column("domain")];
    });
    BOOST_TEST_REQUIRE((domain != domains.end()), row[areas.column("domain")]);
    const std::string scenario = row[areas.column("scenario")];
    const std::string what = row[areas.column("domain")] + " " + scenario;
    BOOST_TEST_REQUIRE(!(*domain)["suppressed"].get<bool>(), what);
    BOOST_TEST(close((*domain)["weighted_mean"][scenario].get<double>(), row[areas.column("mean")]), what);
    BOOST_TEST(close((*domain)["se"][scenario].get<double>(), row[areas.column("se")]), what);
    BOOST_TEST(close((*domain)["ci95"][scenario][0].get<double>(), row[areas.column("ci95_low")]), what);
    BOOST_TEST(close((*domain)["ci95"][scenario][1].get<double>(), row[areas.column("ci95_high")]), what);
    const auto& versus = (*domain)["versus_rest"][scenario];
    BOOST_TEST(close(versus["difference"].get<double>(), row[areas.column("rest_difference")]), what);
    BOOST_TEST(close(versus["se"].get<double>(), row[areas.column("rest_se")]), what);
  }
  const auto tests = parse_csv(read_text(dir / "tests.csv"), "tests.csv");
  const auto& differ = result["estimates"]["domains_differ"];
  BOOST_TEST_REQUIRE(tests.rows.size() == differ.size());
  for (std::size_t s = 0; s < differ.size(); ++s) {
    const auto& row = tests.rows[s];
    BOOST_TEST(differ[s]["scenario"].get<std::string>() == row[tests.column("scenario")]);
    const double r_wald = std::stod(row[tests.column("wald")]);
    BOOST_TEST(std::fabs(differ[s]["statistic"].get<double>() - r_wald) < 1e-8 * r_wald, row[0]);
    BOOST_TEST(differ[s]["df"].get<int>() == std::stoi(row[tests.column("df")]));
    BOOST_TEST(close(differ[s]["p_value"].get<double>(), row[tests.column("p_value")]), row[0]);
  }
  fs::remove_all(dir);
}

// Each weighting variable left out in turn: R's calibrate on the others gives the same distance
// from the population before and after, to 1e-8.
BOOST_AUTO_TEST_CASE(r_survey_gives_the_same_holdout_checks) {
  const auto dir = scratch_directory("export-weigh-r-holdout");
  const auto responses = export_responses(dir, false);
  const auto result = weigh(responses, dir / "weighed.json");
  const std::string command = "Rscript " + source_path("tests/cli/weigh_holdout_check.R") + " " + responses.string() +
                              " " + margins + " " + (dir / "holdout.csv").string() + " > " + (dir / "r.out").string() + " 2>&1";
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, read_text(dir / "r.out"));
  const auto r = parse_csv(read_text(dir / "holdout.csv"), "holdout.csv");
  const auto& checks = result["representativeness"]["holdout"];
  BOOST_TEST_REQUIRE(checks.size() == 4u);
  BOOST_TEST_REQUIRE(r.rows.size() == checks.size());
  for (std::size_t v = 0; v < checks.size(); ++v) {
    const auto& row = r.rows[v];
    BOOST_TEST(checks[v]["variable"].get<std::string>() == row[r.column("variable")]);
    BOOST_TEST(std::fabs(checks[v]["before_max_abs_dev_pp"].get<double>() - std::stod(row[r.column("before")])) < 1e-8, row[0]);
    BOOST_TEST(std::fabs(checks[v]["after_others_max_abs_dev_pp"].get<double>() - std::stod(row[r.column("after")])) < 1e-8, row[0]);
    // Weighting on the others moves it: the check compares two different figures.
    BOOST_TEST(checks[v]["after_others_max_abs_dev_pp"].get<double>() != checks[v]["before_max_abs_dev_pp"].get<double>());
  }
  fs::remove_all(dir);
}

// The R-indicator on the invited base and its bootstrap interval: R draws the same resamples
// (the generator is written out) and calibrates each, to 1e-8. Weighted on age alone: with 90
// respondents over 30 categories most resamples lose a category, and Mienskip then gives no
// interval (below), while on age alone every resample can be raked.
BOOST_AUTO_TEST_CASE(r_survey_gives_the_same_r_indicator_and_interval) {
  const auto dir = scratch_directory("export-weigh-r-indicator");
  const auto responses = export_responses(dir, false);
  const auto all = weigh(responses, dir / "all.json", {"--invited", "400"});
  BOOST_TEST(all["representativeness"]["overall"]["R_indicator_ci95"].is_null());
  BOOST_TEST(all["representativeness"]["overall"]["R_indicator_replicates"].is_null());
  std::string age_margins = "variable,category,population_count\n";
  const auto lines = parse_csv(read_text(margins), "margins.csv");
  for (const auto& row : lines.rows) {
    if (row[0] == "age") age_margins += row[0] + "," + row[1] + "," + row[2] + "\n";
  }
  const auto age_path = dir / "age-margins.csv";
  std::ofstream(age_path) << age_margins;
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"weigh", "--respondents", responses.string(), "--margins", age_path.string(), "--invited",
                                   "400", "--json", (dir / "weighed.json").string(), "--format", "none"},
                                  {}, output) == 0,
                     output);
  const auto result = nlohmann::json::parse(read_text(dir / "weighed.json"));
  const std::string command = "Rscript " + source_path("tests/cli/weigh_r_indicator_check.R") + " " + responses.string() +
                              " " + age_path.string() + " 400 " + (dir / "r_indicator.csv").string() + " > " + (dir / "r.out").string() + " 2>&1";
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, read_text(dir / "r.out"));
  const auto r = parse_csv(read_text(dir / "r_indicator.csv"), "r_indicator.csv");
  BOOST_TEST_REQUIRE(r.rows.size() == 1u);
  const auto& row = r.rows.front();
  const auto& overall = result["representativeness"]["overall"];
  BOOST_TEST(overall["base"] == "invited");
  BOOST_TEST(std::fabs(overall["R_indicator"].get<double>() - std::stod(row[r.column("point")])) < 1e-8);
  BOOST_TEST_REQUIRE(overall["R_indicator_ci95"].is_array(), overall.dump());
  BOOST_TEST(overall["R_indicator_replicates"]["used"].get<int>() == std::stoi(row[r.column("used")]));
  BOOST_TEST(overall["R_indicator_replicates"]["skipped"].get<int>() == std::stoi(row[r.column("skipped")]));
  BOOST_TEST(std::fabs(overall["R_indicator_ci95"][0].get<double>() - std::stod(row[r.column("low")])) < 1e-8);
  BOOST_TEST(std::fabs(overall["R_indicator_ci95"][1].get<double>() - std::stod(row[r.column("high")])) < 1e-8);
  BOOST_TEST(overall["R_indicator_ci95"][0].get<double>() < overall["R_indicator_ci95"][1].get<double>());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
