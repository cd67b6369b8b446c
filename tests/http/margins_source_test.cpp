// Issue 19, item 7: population margins say where they come from. The source, reference date and
// population covered are stated with an upload (query parameters of the PUT), kept with the
// margins, replaced with them, audited, checked as hostile input, and named in the council report.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "support/http_client.hpp"
#include "support/reference_data.hpp"
#include "support/results_fixture.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
using nlohmann::json;

namespace {

const std::string margins_url = "/api/admin/surveys/" + results_slug + "/margins";

Reply put_with_source(std::uint16_t port, const Login& admin, const std::string& query) {
  RequestOptions options{"text/csv", false, {{"Cookie", admin.cookie}, {"X-CSRF-Token", admin.csrf}}};
  return request(port, "PUT", margins_url + query, read_test_data("weighting/sudwest-fryslan-margins.csv"), options);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(margins_source_api)

BOOST_AUTO_TEST_CASE(an_upload_states_its_source_and_the_report_names_it) {
  ResultsDatabase db("http_margins_source");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);

  const auto stored = put_with_source(
      port, admin, "?source=CBS%2C%20Kerncijfers%20wijken%20en%20buurten%202025&reference_date=2026-01-01"
                   "&population=%20inwoners%20van%2016%20jaar%20en%20ouder%20");
  BOOST_TEST_REQUIRE(stored.status == 200, stored.body);
  const auto body = stored.json_body();
  BOOST_TEST(body["source"] == "CBS, Kerncijfers wijken en buurten 2025");
  BOOST_TEST(body["reference_date"] == "2026-01-01");
  BOOST_TEST(body["population"] == "inwoners van 16 jaar en ouder");  // trimmed
  BOOST_TEST(get_as(port, analyst, margins_url).json_body() == body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.margins_replaced' "
                                  "AND details->>'source' = 'CBS, Kerncijfers wijken en buurten 2025' "
                                  "AND details->>'reference_date' = '2026-01-01'") == 1);

  const auto report = get_as(port, analyst, "/api/admin/surveys/" + results_slug + "/report.html");
  BOOST_TEST_REQUIRE(report.status == 200, report.body);
  BOOST_TEST(report.body.find("Bevolkingscijfers: CBS, Kerncijfers wijken en buurten 2025, peildatum 1 januari 2026 "
                              "(inwoners van 16 jaar en ouder).") != std::string::npos);

  // Hostile or wrong: a clear 422 naming the field, and nothing changed.
  for (const std::string& query : std::vector<std::string>{"?reference_date=2026-02-30", "?reference_date=1%20januari%202026",
                                  "?source=regel%0Aeen", "?population=" + std::string(201, 'x'), "?bron=CBS"}) {
    const auto refused = put_with_source(port, admin, query);
    BOOST_TEST(refused.status == 422, query << ": " << refused.body);
    BOOST_TEST(error_code(refused) == "invalid_option", query);
    BOOST_TEST(get_as(port, analyst, margins_url).json_body() == body, query);
  }
  const auto wrong_date = put_with_source(port, admin, "?reference_date=2026-02-30");
  BOOST_TEST(error_code(wrong_date) == "invalid_option");
  BOOST_TEST(wrong_date.json_body()["error"]["message"].get<std::string>().find("reference_date: '2026-02-30'") == 0u);

  // An upload without a source replaces it too: the report then says that it was not recorded.
  const auto plain = put_with_source(port, admin, "");
  BOOST_TEST_REQUIRE(plain.status == 200, plain.body);
  BOOST_TEST(plain.json_body()["source"].is_null());
  BOOST_TEST(plain.json_body()["reference_date"].is_null());
  const auto without = get_as(port, analyst, "/api/admin/surveys/" + results_slug + "/report.html");
  BOOST_TEST(without.body.find("De bron van de bevolkingscijfers is niet vastgelegd.") != std::string::npos);
  BOOST_TEST(without.body.find("Bevolkingscijfers:") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
