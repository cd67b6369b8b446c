// Issue 7, results through the API: population margins uploaded as CSV and the weighted results,
// through a real `mienskip serve`. The results must be the very report the analysts' two commands
// give (`mienskip survey export`, then `mienskip weigh --format json`) for the same survey and file.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/pqxx>
#include <sstream>

#include "support/http_client.hpp"
#include "support/reference_data.hpp"
#include "support/results_fixture.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string slug = results_slug;
const std::string margins_path = test_data_path("weighting/sudwest-fryslan-margins.csv");
const std::string margins_url = "/api/admin/surveys/" + slug + "/margins";
const std::string results_url = "/api/admin/surveys/" + slug + "/results";

}  // namespace

BOOST_AUTO_TEST_SUITE(results_api)

BOOST_AUTO_TEST_CASE(margins_and_results_need_the_right_staff) {
  ResultsDatabase db("http_results_access");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  for (const auto& path : {margins_url, results_url}) {
    const auto reply = get_as(port, std::nullopt, path);
    BOOST_TEST(reply.status == 401, path);
    BOOST_TEST(error_code(reply) == "unauthenticated");
  }
  BOOST_TEST(put_margins(port, std::nullopt, read_test_data("weighting/sudwest-fryslan-margins.csv")).status == 401);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  const auto refused = put_margins(port, analyst, read_test_data("weighting/sudwest-fryslan-margins.csv"));
  BOOST_TEST(refused.status == 403, refused.body);
  BOOST_TEST(error_code(refused) == "forbidden");
  const Login admin = log_in(port, admin_email, admin_password);
  const auto no_csrf = put_margins(port, admin, read_test_data("weighting/sudwest-fryslan-margins.csv"), false);
  BOOST_TEST(no_csrf.status == 403);
  BOOST_TEST(error_code(no_csrf) == "csrf_failed");
  const auto as_json = put_margins(port, admin, "{}", true, "application/json");
  BOOST_TEST(as_json.status == 415, as_json.body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_margins") == 0);
  // Before any upload there are no weighted results, for either role.
  for (const auto& who : {admin, analyst}) {
    const auto results = get_as(port, who, results_url);
    BOOST_TEST(results.status == 409, results.body);
    BOOST_TEST(error_code(results) == "no_margins");
  }
  BOOST_TEST(get_as(port, admin, "/api/admin/surveys/bestaat-niet/results").status == 404);
}

BOOST_AUTO_TEST_CASE(results_are_what_export_and_weigh_give) {
  ResultsDatabase db("http_results_weigh");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  const auto dir = scratch_directory("http-results");
  const std::string good = read_test_data("weighting/sudwest-fryslan-margins.csv");

  // A bad figure: 422 with the message `mienskip weigh` gives for the same file, nothing stored.
  std::string bad = good;
  bad.replace(bad.find("12100"), 5, "veel");
  const auto refused = put_margins(port, admin, bad);
  BOOST_TEST_REQUIRE(refused.status == 422, refused.body);
  BOOST_TEST(error_code(refused) == "invalid_margins");
  const std::string message = refused.json_body()["error"]["message"];
  BOOST_TEST(message ==
             "margins.csv, row 3, column population_count: 'veel' is not a population figure (a number of 0 or more)");
  {
    const auto bad_path = dir / "margins.csv";
    std::ofstream(bad_path) << bad;
    std::string output;
    BOOST_TEST(run_mienskip({"weigh", "--respondents", margins_path, "--margins", bad_path.string()}, {}, output) == 1);
    BOOST_TEST(output.find(bad_path.string() + ", row 3, column population_count: 'veel' is not a population figure") !=
                   std::string::npos,
               output);
  }
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_margins") == 0);
  const auto duplicated = put_margins(port, admin, good + "gender,man,1\n");
  BOOST_TEST(duplicated.status == 422);
  BOOST_TEST(duplicated.json_body()["error"]["message"] ==
             "margins.csv, row 23: category 'man' of 'gender' appears twice");
  BOOST_TEST(put_margins(port, admin, "variable,category,share\nage,16-24,1\n").status == 422);

  // A good upload, stored as a whole and audited; analysts may read it.
  const auto stored = put_margins(port, admin, good);
  BOOST_TEST_REQUIRE(stored.status == 200, stored.body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_margins") == 21);
  const auto read = get_as(port, analyst, margins_url);
  BOOST_TEST_REQUIRE(read.status == 200, read.body);
  BOOST_TEST(read.json_body() == stored.json_body());
  BOOST_TEST(read.json_body()["uploaded_by"] == "griffie@sudwestfryslan.nl");
  BOOST_TEST(read.json_body()["variables"].size() == 4u);
  BOOST_TEST(read.json_body()["variables"][0]["categories"][1] ==
             (json{{"category", "25-34"}, {"population_count", 12100}}));
  BOOST_TEST(query_number(db.url,
                          "SELECT count(*) FROM audit_log WHERE action = 'survey.margins_replaced' "
                          "AND actor = 'griffie@sudwestfryslan.nl' AND subject = 'survey:energie'") == 1);
  // A later bad upload keeps the stored margins.
  BOOST_TEST(put_margins(port, admin, "variable,category\nage,16-24\n").status == 422);
  BOOST_TEST(get_as(port, analyst, margins_url).json_body() == stored.json_body());

  const auto results = get_as(port, analyst, results_url);
  BOOST_TEST_REQUIRE(results.status == 200, results.body);
  const json api = results.json_body();

  BOOST_TEST(api["inputs"]["n_input"] == results_response_count);
  // Those who skipped a weighting question count (kept in its "(no answer)" category), none left out.
  BOOST_TEST(api["inputs"]["kept_missing"]["count"].get<int>() > 0);
  BOOST_TEST(api["inputs"]["dropped_missing"]["count"].get<int>() == 0);
  BOOST_TEST(api["inputs"]["n_used"] == results_response_count);
  BOOST_TEST(!api.contains("weights"));  // one per response: weigh's file has them, the view needs none
  BOOST_TEST(api["estimates"]["scenarios"].size() == energy_scenarios.size());
  // The analysts' two commands on the same survey and margins file give the same report.
  expect_results_equal_weigh(api, weigh_export(db.url, slug, margins_path));
  fs::remove_all(dir);
}

// The server keeps the responses between views and reads only what changed (store::ResponseTableCache).
// After every kind of change its results must be exactly those of a server that has kept nothing.
BOOST_AUTO_TEST_CASE(kept_responses_give_the_results_of_a_fresh_server_after_every_change) {
  ResultsDatabase db("http_results_kept");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  BOOST_TEST_REQUIRE(put_margins(port, admin, read_test_data("weighting/sudwest-fryslan-margins.csv")).status == 200);
  const auto results_of = [](std::uint16_t on, const Login& who) {
    const auto reply = get_as(on, who, results_url);
    BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
    return reply.json_body();
  };
  const auto fresh_results = [&] {
    ServerProcess fresh({"serve", "--port", "0"}, server_environment(db.url));
    const Login staff = log_in(fresh.port(), analyst_email, analyst_password);
    return results_of(fresh.port(), staff);
  };
  const auto change = [&](const std::string& sql) {
    pqxx::connection connection(db.url);
    pqxx::work work(connection);
    work.exec(sql);
    work.commit();
  };
  const json before = results_of(port, admin);
  BOOST_TEST(before["inputs"]["n_input"] == results_response_count);

  // A new response (from Boalsert, with a motivation over two lines): appended to the kept ones.
  change("INSERT INTO responses (public_id, survey_id, idempotency_key, eligibility_checked, language, answers) "
         "SELECT 'r-nieuw-1', survey_id, 'nieuw-key-1', false, 'nl', "
         "  jsonb_set(jsonb_set(answers, '{demographics,area}', '\"boalsert\"'), '{motivations}', "
         "            '{\"opslag\": \"Eerst opslag,\\ndan de rest\"}') "
         "FROM responses ORDER BY id LIMIT 1");
  const json appended = results_of(port, admin);
  BOOST_TEST(appended["inputs"]["n_input"] == results_response_count + 1);
  BOOST_TEST(appended != before);
  BOOST_TEST(appended == fresh_results());
  expect_results_equal_weigh(appended, weigh_export(db.url, slug, margins_path));

  // A response corrected by hand: same count, same highest id, other results.
  change("UPDATE responses SET answers = jsonb_set(answers, '{demographics,area}', '\"nijefurd\"') "
         "WHERE public_id = 'r-nieuw-1'");
  const json corrected = results_of(port, admin);
  BOOST_TEST(corrected != appended);
  BOOST_TEST(corrected == fresh_results());

  // A response removed (a resident's request): not counted any more.
  change("DELETE FROM responses WHERE id = (SELECT min(id) FROM responses)");
  const json removed = results_of(port, admin);
  BOOST_TEST(removed["inputs"]["n_input"] == results_response_count);
  BOOST_TEST(removed == fresh_results());
  expect_results_equal_weigh(removed, weigh_export(db.url, slug, margins_path));
}

BOOST_AUTO_TEST_SUITE_END()
