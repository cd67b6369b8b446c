// Issue 7, weighting settings saved per survey, through a real `mienskip serve`: what an admin
// saves is what the results and the council report weigh with (the results' query options still
// override it), a refused setting changes nothing, analysts may only read, and saving is audited.
#include <boost/test/unit_test.hpp>
#include <map>

#include "core/base/csv.hpp"
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/http_client.hpp"
#include "support/reference_data.hpp"
#include "support/results_fixture.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
using nlohmann::json;

namespace {

const std::string base = "/api/admin/surveys/" + results_slug;
const std::string weighting_url = base + "/weighting";
const std::string margins_csv_path = test_data_path("weighting/sudwest-fryslan-margins.csv");

Reply put_weighting(std::uint16_t port, const Login& who, const json& settings, bool with_csrf = true) {
  // An empty token is what a page that never logged in would send.
  const Login as = with_csrf ? who : Login{who.cookie, ""};
  return staff_request(port, as, "PUT", weighting_url, settings.dump());
}

long long saved_rows(const std::string& url) {
  return query_number(url, "SELECT count(*) FROM survey_weighting_settings");
}

long long weighting_audits(const std::string& url) {
  return query_number(url,
                      "SELECT count(*) FROM audit_log WHERE action = 'survey.weighting_changed' "
                      "AND actor = 'griffie@sudwestfryslan.nl' AND subject = 'survey:energie'");
}

// The margins file without one variable's rows.
std::string margins_without(const std::string& variable) {
  std::istringstream lines(read_test_data("weighting/sudwest-fryslan-margins.csv"));
  std::string line, kept;
  while (std::getline(lines, line)) {
    if (line.rfind(variable + ",", 0) != 0) kept += line + "\n";
  }
  return kept;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(weighting_settings_api)

BOOST_AUTO_TEST_CASE(defaults_until_saved_and_no_saving_without_margins) {
  ResultsDatabase db("http_weighting_defaults");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const json defaults = {{"variables", json::array()}, {"bounds", nullptr}, {"by", nullptr},
                         {"updated_at", nullptr},      {"updated_by", nullptr}};
  const auto early = get_as(port, admin, weighting_url);
  BOOST_TEST_REQUIRE(early.status == 200, early.body);
  BOOST_TEST(early.json_body() == defaults);
  const auto refused = put_weighting(port, admin, {{"variables", {"age"}}, {"bounds", nullptr}, {"by", nullptr}});
  BOOST_TEST(refused.status == 409, refused.body);
  BOOST_TEST(error_code(refused) == "no_margins");
  BOOST_TEST(saved_rows(db.url) == 0);
  BOOST_TEST(get_as(port, admin, "/api/admin/surveys/bestaat-niet/weighting").status == 404);

  BOOST_TEST_REQUIRE(put_margins(port, admin, read_test_data("weighting/sudwest-fryslan-margins.csv")).status == 200);
  auto with_margins = defaults;
  with_margins["variables"] = {"age", "gender", "education", "area"};
  BOOST_TEST(get_as(port, admin, weighting_url).json_body() == with_margins);
  BOOST_TEST(put_weighting(port, admin, json::object(), true).status == 422);
  const auto as_text = staff_request(port, admin, "PUT", weighting_url, "{}", "text/plain");
  BOOST_TEST(as_text.status == 415, as_text.body);
  const auto broken = staff_request(port, admin, "PUT", weighting_url, "{\"variables\": [");
  BOOST_TEST(broken.status == 400, broken.body);
  BOOST_TEST(saved_rows(db.url) == 0);
}

BOOST_AUTO_TEST_CASE(saved_settings_weigh_the_results_and_the_report) {
  ResultsDatabase db("http_weighting_saved");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  BOOST_TEST_REQUIRE(put_margins(port, admin, read_test_data("weighting/sudwest-fryslan-margins.csv")).status == 200);

  const auto before = get_as(port, analyst, base + "/results").json_body();
  BOOST_TEST(before["inputs"]["weighting_variables"].size() == 4u);
  BOOST_TEST(before["bounds"].is_null());
  const auto report_before = get_as(port, analyst, base + "/report.html");
  BOOST_TEST_REQUIRE(report_before.status == 200, report_before.body);
  BOOST_TEST(report_before.body.find("De gewichten zijn begrensd") == std::string::npos);

  const json chosen = {{"variables", {"age", "gender"}}, {"bounds", {0.2, 3}}, {"by", "area"}};
  // Analysts read the settings but may not change them; a change needs the CSRF token.
  const auto by_analyst = put_weighting(port, analyst, chosen);
  BOOST_TEST(by_analyst.status == 403, by_analyst.body);
  BOOST_TEST(error_code(by_analyst) == "forbidden");
  const auto without_csrf = put_weighting(port, admin, chosen, false);
  BOOST_TEST(without_csrf.status == 403, without_csrf.body);
  BOOST_TEST(error_code(without_csrf) == "csrf_failed");
  // A variable the margins do not have: 422 naming the field, nothing saved, nothing audited.
  auto unknown = chosen;
  unknown["variables"] = {"age", "inkomen"};
  const auto refused = put_weighting(port, admin, unknown);
  BOOST_TEST(refused.status == 422, refused.body);
  BOOST_TEST(error_code(refused) == "invalid_option");
  BOOST_TEST(refused.json_body()["error"]["message"] ==
             "variables: 'inkomen' is not a variable of the population margins (age, gender, education, area)");
  BOOST_TEST(saved_rows(db.url) == 0);
  BOOST_TEST(weighting_audits(db.url) == 0);

  const auto saved = put_weighting(port, admin, chosen);
  BOOST_TEST_REQUIRE(saved.status == 200, saved.body);
  BOOST_TEST(saved.json_body()["variables"] == chosen["variables"]);
  BOOST_TEST(saved.json_body()["bounds"] == chosen["bounds"]);
  BOOST_TEST(saved.json_body()["by"] == "area");
  BOOST_TEST(saved.json_body()["updated_by"] == admin_email);
  BOOST_TEST(saved.json_body()["updated_at"].get<std::string>().size() == 20u);
  BOOST_TEST(get_as(port, analyst, weighting_url).json_body() == saved.json_body());
  BOOST_TEST(weighting_audits(db.url) == 1);
  BOOST_TEST(query_number(
                 db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.weighting_changed' AND "
                         "details = '{\"variables\": [\"age\", \"gender\"], \"bounds\": [0.2, 3], \"by\": \"area\"}'::jsonb") == 1);

  // The results without options are weigh's with the saved options.
  const auto results = get_as(port, analyst, base + "/results");
  BOOST_TEST_REQUIRE(results.status == 200, results.body);
  BOOST_TEST(results.json_body()["inputs"]["weighting_variables"] == json({"age", "gender"}));
  BOOST_TEST(results.json_body()["bounds"]["lower"] == 0.2);
  BOOST_TEST(results.json_body()["estimates"]["domain_variable"] == "area");
  const auto weighed = weigh_export(db.url, results_slug, margins_csv_path,
                                    {"--vars", "age,gender", "--lower", "0.2", "--upper", "3", "--by", "area"});
  expect_results_equal_weigh(results.json_body(), weighed);

  // The export's weight column holds those weights on the population scale (times the population
  // total over the responses counted; 0 for a response the weighting leaves out), so an analyst's
  // weighted means and totals in R are the results'.
  const auto exported = get_as(port, analyst, base + "/export/responses.csv");
  BOOST_TEST_REQUIRE(exported.status == 200, exported.body);
  const auto table = mienskip::parse_csv(exported.body, "responses.csv");
  const int id_column = table.column("response_id"), weight_column = table.column("weight");
  BOOST_TEST_REQUIRE(id_column >= 0);
  BOOST_TEST_REQUIRE(weight_column >= 0);
  std::map<std::string, double> weigh_weights;
  const double scale =
      weighed["inputs"]["population_total"].get<double>() / weighed["inputs"]["n_used"].get<double>();
  for (const auto& entry : weighed["weights"]) weigh_weights[entry["id"].get<std::string>()] = entry["w"].get<double>() * scale;
  BOOST_TEST_REQUIRE(!weigh_weights.empty());
  std::size_t weighted = 0;
  for (const auto& row : table.rows) {
    const auto found = weigh_weights.find(row[id_column]);
    const double expected = found == weigh_weights.end() ? 0.0 : found->second;
    weighted += found != weigh_weights.end();
    BOOST_TEST(std::stod(row[weight_column]) == expected, boost::test_tools::tolerance(1e-9));
  }
  BOOST_TEST(weighted == weigh_weights.size());
  // With the saved bounds, R's calibrate rebuilds the weighting from the exported script.
  expect_exported_r_script_gives_the_results(port, analyst, base, results.json_body());
  // Query options override the saved ones, one by one, for that request only.
  const auto explored = get_as(port, analyst, base + "/results?variables=education&by=gender");
  BOOST_TEST_REQUIRE(explored.status == 200, explored.body);
  BOOST_TEST(explored.json_body()["inputs"]["weighting_variables"] == json({"education"}));
  BOOST_TEST(explored.json_body()["bounds"]["upper"] == 3);
  BOOST_TEST(explored.json_body()["estimates"]["domain_variable"] == "gender");
  const auto undone = get_as(port, analyst, base + "/results?bounds=&by=");
  BOOST_TEST_REQUIRE(undone.status == 200, undone.body);
  BOOST_TEST(undone.json_body()["bounds"].is_null());
  BOOST_TEST(undone.json_body()["estimates"]["domain_variable"].is_null());
  BOOST_TEST(undone.json_body()["inputs"]["weighting_variables"] == json({"age", "gender"}));
  BOOST_TEST(get_as(port, analyst, weighting_url).json_body() == saved.json_body());

  // The report weighs as the results do.
  const auto report = get_as(port, analyst, base + "/report.html");
  BOOST_TEST_REQUIRE(report.status == 200, report.body);
  BOOST_TEST(report.body.find("De gewichten zijn begrensd tussen") != std::string::npos);
  BOOST_TEST(report.body != report_before.body);

  // Bad bounds are refused naming the field, and the saved settings stay.
  auto bad_bounds = chosen;
  bad_bounds["bounds"] = {1, 3};
  const auto refused_bounds = put_weighting(port, admin, bad_bounds);
  BOOST_TEST(refused_bounds.status == 422, refused_bounds.body);
  BOOST_TEST(refused_bounds.json_body()["error"]["message"].get<std::string>().rfind("bounds: the lower bound", 0) == 0);
  BOOST_TEST(get_as(port, analyst, weighting_url).json_body() == saved.json_body());
  BOOST_TEST(weighting_audits(db.url) == 1);

  // Margins uploaded later without a saved variable: the results say the settings need saving again.
  BOOST_TEST_REQUIRE(put_margins(port, admin, margins_without("gender")).status == 200);
  const auto stale = get_as(port, analyst, base + "/results");
  BOOST_TEST(stale.status == 409, stale.body);
  BOOST_TEST(error_code(stale) == "weighting_settings_stale");
  BOOST_TEST(get_as(port, analyst, base + "/report.html").status == 409);
  // Back to the defaults: weighting on every variable of the margins there are.
  const auto reset = put_weighting(port, admin, {{"variables", nullptr}, {"bounds", nullptr}, {"by", nullptr}});
  BOOST_TEST_REQUIRE(reset.status == 200, reset.body);
  BOOST_TEST(reset.json_body()["variables"] == json({"age", "education", "area"}));
  BOOST_TEST(get_as(port, analyst, base + "/results").json_body()["inputs"]["weighting_variables"].size() == 3u);
  BOOST_TEST(weighting_audits(db.url) == 2);
}

BOOST_AUTO_TEST_SUITE_END()
