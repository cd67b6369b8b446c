// Quotas from facts (issue 23, item 6): staff see the register counted by a column against a
// quota category's values, with quotas in proportion; only counts leave the database, nothing is
// audited, and a column of names or ids is refused rather than counted.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(register_composition_api)

BOOST_AUTO_TEST_CASE(the_register_is_counted_by_a_column_against_a_categorys_values) {
  StaffDatabase db("http_register_composition");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  create_forum(port, admin);
  const auto ask = [&](const json& body) {
    return staff_request(port, admin, "POST", "/api/admin/forums/energie/register/composition", body.dump());
  };
  const json ages = {{"column", "geboortejaar"}, {"values", {"16-34", "35-64", "65+"}}, {"panel_size", 30}};
  BOOST_TEST(error_code(ask(ages)) == "no_register");

  // 60 residents born 1940 + i (i = 0..59), in wijk Noord (odd i) and Súd (even i).
  upload_register(port, admin, register_csv(60));
  const auto answer = ask(ages);
  BOOST_TEST_REQUIRE(answer.status == 200, answer.body);
  const auto composition = answer.json_body();
  BOOST_TEST(composition["reading"] == "ages");
  const int year = std::stoi(composition["reference_date"].get<std::string>().substr(0, 4));
  long long expected[3] = {0, 0, 0};
  for (int i = 0; i < 60; ++i) {
    const int age = year - (1940 + i);
    if (age >= 16 && age <= 34) ++expected[0];
    else if (age >= 35 && age <= 64) ++expected[1];
    else if (age >= 65) ++expected[2];
  }
  const long long matched = expected[0] + expected[1] + expected[2];
  for (std::size_t v = 0; v < 3; ++v) {
    const auto& row = composition["rows"][v];
    BOOST_TEST(row["value"] == ages["values"][v]);
    BOOST_TEST(row["residents"] == expected[v], composition.dump());
    BOOST_TEST(row["seats"].get<double>() == 30.0 * static_cast<double>(expected[v]) / static_cast<double>(matched),
               boost::test_tools::tolerance(1e-12));
  }
  BOOST_TEST(composition["unmatched"] == 60 - matched);

  // Values case-blind; one no one has; the codes that matched nothing are few, so they are named.
  const auto areas = ask({{"column", "wijk"}, {"values", {"noord", "Súd", "Wâld"}}, {"panel_size", 10}}).json_body();
  BOOST_TEST(areas["reading"] == "values");
  BOOST_TEST(areas["rows"][0]["residents"] == 30);
  BOOST_TEST(areas["rows"][1]["residents"] == 30);
  BOOST_TEST(areas["rows"][2]["residents"] == 0);
  BOOST_TEST(areas["rows"][0]["min"] == 4);
  BOOST_TEST(areas["rows"][0]["max"] == 6);
  BOOST_TEST(areas["unmatched"] == 0);

  // Names are no source for quotas, and none is ever sent back.
  const auto names = ask({{"column", "voornaam"}, {"values", {"vrouw", "man"}}, {"panel_size", 10}});
  BOOST_TEST_REQUIRE(names.status == 200, names.body);
  BOOST_TEST(names.json_body()["unmatched"] == 60);
  BOOST_TEST(names.body.find("Sjoerd") != std::string::npos);  // 8 first names: few enough to be shown
  const auto many = ask({{"column", "id"}, {"values", {"vrouw", "man"}}, {"panel_size", 10}});
  BOOST_TEST(many.status == 200, many.body);
  BOOST_TEST(many.json_body()["unmatched_values"].empty());  // 60 different ids: counts only
  BOOST_TEST(many.body.find("100000") == std::string::npos);

  // Refusals: a column the register lacks, a body that breaks the description.
  const auto unknown = ask({{"column", "bsn"}, {"values", {"a"}}, {"panel_size", 10}});
  BOOST_TEST(unknown.status == 422);
  BOOST_TEST(error_code(unknown) == "unknown_column");
  BOOST_TEST(unknown.json_body()["error"]["params"]["column"] == "bsn");
  BOOST_TEST(ask({{"column", "wijk"}, {"values", json::array()}, {"panel_size", 10}}).status == 422);
  BOOST_TEST(ask({{"column", "wijk"}, {"values", {"a"}}, {"panel_size", 0}}).status == 422);
  BOOST_TEST(ask({{"column", "wijk"}, {"values", {"a"}}, {"panel_size", 10}, {"extra", 1}}).status == 422);
  // A read: nothing audited.
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action LIKE '%composition%'") == 0);
}

BOOST_AUTO_TEST_SUITE_END()
