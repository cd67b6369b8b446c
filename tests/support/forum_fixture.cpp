#include "support/forum_fixture.hpp"

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <thread>
#include <vector>

#include "support/server_process.hpp"

namespace mienskip::test {

nlohmann::json forum_body(const std::string& slug) {
  return nlohmann::json::parse(R"({
    "slug": ")" + slug + R"(", "name": "Burgerforum Energie", "municipality": "Súdwest-Fryslân", "panel_size": 45,
    "categories": [
      {"name": "Leeftijd", "values": [{"value": "16-34", "min": 15, "max": 20}, {"value": "35-64", "min": 20, "max": 25},
                                      {"value": "65+", "min": 12, "max": 15}]},
      {"name": "Geslacht", "values": [{"value": "vrouw", "min": 21, "max": 24}, {"value": "man", "min": 21, "max": 24}]}
    ]})");
}

std::string register_csv(int rows, int variant) {
  const std::vector<std::string> first = {"Sjoerd", "Áltsje", "Wytse", "Jetske", "Hylke", "Baukje", "Tsjerk", "Sytske"};
  const std::vector<std::string> last = {"de Vries", "Hoekstra", "van der Meer", "Bakker", "Dijkstra; jr.", "Postma"};
  std::string text = "\xEF\xBB\xBFid;voornaam;achternaam;straat;huisnummer;postcode;woonplaats;geboortejaar;wijk\r\n";
  for (int i = 0; i < rows; ++i) {
    const std::string& surname = last[static_cast<std::size_t>(i + variant) % last.size()];
    text += std::to_string(100000 + i * 7 + variant) + ";" + first[static_cast<std::size_t>(i) % first.size()] + " ;\"" +
            surname + "\";Tsjerkestrjitte;" + std::to_string(1 + i % 40) + ";870" + std::to_string(i % 10) + " AB;" +
            (i % 3 ? "Snits" : "Boalsert") + ";" + std::to_string(1940 + i % 65) + ";" + (i % 2 ? "Noord" : "Súd") +
            "\r\n";
  }
  return text;
}

void create_forum(std::uint16_t port, const Login& admin, const nlohmann::json& body) {
  const auto created = staff_request(port, admin, "POST", "/api/admin/forums", body.dump());
  BOOST_TEST_REQUIRE(created.status == 201, created.body);
}

void upload_register(std::uint16_t port, const Login& admin, const std::string& csv) {
  const auto uploaded = staff_request(port, admin, "POST", "/api/admin/forums/energie/register", csv, "text/csv");
  BOOST_TEST_REQUIRE(uploaded.status == 200, uploaded.body);
}

void commit_and_draw(std::uint16_t port, const Login& admin, const nlohmann::json& parameters, const std::string& seed) {
  const auto committed =
      staff_request(port, admin, "PUT", "/api/admin/forums/energie/draw/commitment", parameters.dump());
  BOOST_TEST_REQUIRE(committed.status == 200, committed.body);
  const auto drawn =
      staff_request(port, admin, "POST", "/api/admin/forums/energie/draw", nlohmann::json{{"seed", seed}}.dump());
  BOOST_TEST_REQUIRE(drawn.status == 200, drawn.body);
}

Login forum_with_register(std::uint16_t port, const std::string& csv, const nlohmann::json& body) {
  const Login admin = log_in(port, admin_email, admin_password);
  create_forum(port, admin, body);
  upload_register(port, admin, csv);
  return admin;
}

void demo_forum_with_staff(const std::string& database_url, const std::string& password) {
  const auto run_ok = [&database_url](const std::vector<std::string>& args) {
    std::string output;
    BOOST_TEST_REQUIRE(run_mienskip(args, server_environment(database_url), output) == 0, output);
  };
  run_ok({"forum", "demo", "--slug", "energie"});
  add_account(database_url, "none", demo_manager, password);
  add_account(database_url, "none", demo_caller, password);
  run_ok({"user", "grant", "--email", demo_manager, "--forum", "energie", "--role", "forum_manager"});
  run_ok({"user", "grant", "--email", demo_caller, "--forum", "energie", "--role", "caller"});
}

nlohmann::json draw_demo_panel(std::uint16_t port, const Login& manager, const std::string& slug) {
  const std::string forum = "/api/admin/forums/" + slug + "/";
  BOOST_TEST_REQUIRE(staff_request(port, manager, "POST", forum + "sign-up/close", "{}").status == 200);
  const auto started = staff_request(port, manager, "POST", forum + "selection", R"({"algorithm": "leximin"})");
  BOOST_TEST_REQUIRE(started.status == 202, started.body);
  nlohmann::json state;
  for (int i = 0; i < 1200; ++i) {
    state = staff_request(port, manager, "GET", forum + "selection").json_body();
    if (state["status"] != "running") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  BOOST_TEST_REQUIRE(state["status"] == "done", state.dump().substr(0, 300));
  const auto fixed = staff_request(port, manager, "POST", forum + "selection/fixed", nlohmann::json{{"run", state["run"]}}.dump());
  BOOST_TEST_REQUIRE(fixed.status == 201, fixed.body);
  const auto drawn = staff_request(port, manager, "POST", forum + "panel", R"({"lottery_number": 417})");
  BOOST_TEST_REQUIRE(drawn.status == 201, drawn.body);
  return drawn.json_body();
}

}  // namespace mienskip::test
