// From selected to seated (issue 22, item 3) through a real `mienskip serve`: a caller records
// each call as a status with a comment, audited without the comment; only members who declined or
// withdrew are replaced, and the verification page says why by number alone; the panel is seated
// when every member confirmed; the comments go with the members' contact details.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

const std::string password = "een lange zin voor elk gesprek";
const std::string forum = "/api/admin/forums/energie/";

Reply record(std::uint16_t port, const Login& who, const std::string& id, const json& body) {
  return staff_request(port, who, "POST", forum + "panel/members/" + id + "/status", body.dump());
}

// The member `id` of a panel or contacts answer.
json member(const json& answer, const std::string& id) {
  for (const auto& m : answer["members"]) {
    if (m["id"] == id) return m;
  }
  BOOST_FAIL("no member " + id);
  return {};
}

std::vector<std::string> current(const json& answer) {
  std::vector<std::string> ids;
  for (const auto& m : answer["members"]) {
    if (m["status"] != "dropout") ids.push_back(m["id"]);
  }
  return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(panel_seats)

BOOST_AUTO_TEST_CASE(a_panel_goes_from_selected_to_seated_with_every_call_recorded) {
  StaffDatabase db("http_panel_seats");
  demo_forum_with_staff(db.url, password);
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login manager = log_in(port, demo_manager, password);
  const Login caller = log_in(port, demo_caller, password);
  BOOST_TEST(error_code(record(port, caller, "V0001", {{"status", "contacted"}, {"comment", "x"}})) == "no_panel");

  const auto drawn = draw_demo_panel(port, manager);
  const std::string first = drawn["members"][0]["id"], second = drawn["members"][1]["id"];
  BOOST_TEST(member(drawn, first)["seat_status"] == "selected");
  BOOST_TEST(drawn["seated"] == false);
  BOOST_TEST(drawn["seat_counts"]["selected"] == drawn["members"].size());

  // Refusals change nothing: a status the panel does not know, no comment, a blank or two-line
  // one, someone not on the panel, a body that is not JSON.
  for (const auto& [id, body] : std::vector<std::pair<std::string, json>>{
           {first, {{"status", "seated"}, {"comment", "x"}}},
           {first, {{"status", "confirmed"}}},
           {first, {{"status", "confirmed"}, {"comment", "  "}}},
           {first, {{"status", "confirmed"}, {"comment", "ja\nnee"}}},
           {first, {{"status", "confirmed"}, {"comment", std::string(501, 'x')}}},
           {"V9999", {{"status", "confirmed"}, {"comment", "x"}}},
           {"niemand", {{"status", "confirmed"}, {"comment", "x"}}}}) {
    const auto refused = record(port, caller, id, body);
    BOOST_TEST(refused.status == 422, body.dump() << ": " << refused.body);
    BOOST_TEST(error_code(refused) == "invalid_panel_status", body.dump());
  }
  BOOST_TEST(staff_request(port, caller, "POST", forum + "panel/members/" + first + "/status", "{\"status\":").status == 400);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panel_statuses") == 0);

  // The caller records calls; each is kept with who and when, and audited without what was said.
  const auto reached = record(port, caller, first, {{"status", "contacted"}, {"comment", "Voicemail ingesproken, belt terug."}});
  BOOST_TEST_REQUIRE(reached.status == 200, reached.body);
  const auto history = member(reached.json_body(), first)["seat_history"];
  BOOST_TEST_REQUIRE(history.size() == 1u);
  BOOST_TEST(history[0]["status"] == "contacted");
  BOOST_TEST(history[0]["comment"] == "Voicemail ingesproken, belt terug.");
  BOOST_TEST(history[0]["changed_by"] == "beller@sudwestfryslan.nl");
  BOOST_TEST(member(reached.json_body(), first).contains("answers") == false);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.panel_status_changed' AND "
                                  "actor = 'beller@sudwestfryslan.nl' AND details->>'from' = 'selected' AND "
                                  "details->>'to' = 'contacted' AND details->>'volunteer' = '" + first + "'") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE details::text LIKE '%Voicemail%'") == 0);

  // Only a member who declined or withdrew is replaced.
  const auto early = staff_request(port, manager, "POST", forum + "panel/dropouts", json{{"ids", {first}}, {"seed", "4 7"}}.dump());
  BOOST_TEST(error_code(early) == "invalid_dropouts", early.body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panel_rounds") == 0);
  BOOST_TEST(record(port, caller, first, {{"status", "declined"}, {"comment", "Zegt af: werkt op donderdagavond."}}).status == 200);
  BOOST_TEST(record(port, manager, second, {{"status", "withdrawn"}, {"comment", "Verhuist naar Grins."}}).status == 200);
  const auto replaced = staff_request(port, manager, "POST", forum + "panel/dropouts",
                                      json{{"ids", {first, second}}, {"seed", "4 7"}}.dump());
  BOOST_TEST_REQUIRE(replaced.status == 201, replaced.body);
  const auto panel = replaced.json_body();
  BOOST_TEST(panel["rounds"][0]["reasons"] == (json{{first, "declined"}, {second, "withdrawn"}}));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.alternates_drawn' AND "
                                  "details->'reasons'->>'" + first + "' = 'declined'") == 1);
  // A replaced member's status is history now.
  BOOST_TEST(error_code(record(port, caller, first, {{"status", "confirmed"}, {"comment", "Toch wel"}})) == "invalid_panel_status");
  BOOST_TEST(member(panel, first)["seat_status"] == "declined");

  // The verification page says why each was replaced, by number, and nothing a caller wrote.
  const auto page = request(port, "GET", "/f/energie/verificatie");
  BOOST_TEST_REQUIRE(page.status == 200);
  BOOST_TEST(page.has(first + ": zei af"), page.body.substr(0, 200));
  BOOST_TEST(page.has(second + ": trok zich terug"));
  BOOST_TEST(!page.has("donderdagavond"));
  BOOST_TEST(!page.has("Grins"));

  // Every member confirms: the panel is seated.
  for (const auto& id : current(panel)) {
    BOOST_TEST_REQUIRE(record(port, caller, id, {{"status", "confirmed"}, {"comment", "Bevestigd per telefoon"}}).status == 200);
  }
  const auto seated = staff_request(port, manager, "GET", forum + "panel").json_body();
  BOOST_TEST(seated["seated"] == true);
  BOOST_TEST(seated["seat_counts"]["confirmed"] == current(panel).size());
  BOOST_TEST(staff_request(port, caller, "GET", forum + "panel/contacts").json_body()["seated"] == true);

  // Deleting the contact details takes the comments with them: first all but the panel's, then one member's.
  BOOST_TEST_REQUIRE(staff_request(port, manager, "POST", forum + "volunteers/personal-data/delete", R"({"keep": "panel"})").status == 200);
  const auto number = [](const std::string& id) { return std::to_string(std::stoi(id.substr(1))); };
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panel_statuses WHERE number IN (" + number(first) + ", " +
                                      number(second) + ") AND comment IS NOT NULL") == 0);
  const std::string third = current(panel)[0];
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panel_statuses WHERE number = " + number(third) +
                                      " AND comment IS NOT NULL") == 1);
  BOOST_TEST_REQUIRE(staff_request(port, manager, "POST", forum + "volunteers/" + third + "/personal-data/delete", "{}").status == 200);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panel_statuses WHERE number = " + number(third) +
                                      " AND comment IS NOT NULL") == 0);
  const auto after = member(staff_request(port, caller, "GET", forum + "panel/contacts").json_body(), third);
  BOOST_TEST(after["seat_status"] == "confirmed");
  BOOST_TEST(after["seat_history"][0]["comment"].is_null());
}

BOOST_AUTO_TEST_SUITE_END()
