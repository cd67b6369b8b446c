// Rights that follow the task (issue 20, item 4) through a real `mienskip serve`: an admin gives and
// takes tasks and each holds at the account's next request; a forum manager runs a lottery from
// sign-up to panel without being an admin; a caller sees the panel's contacts and nothing else;
// forum tasks need a second factor as admins do.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

const std::string password = "een lange zin voor elke taak";

int audited(const std::string& url, const std::string& condition) {
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  return tx.exec1("SELECT count(*) FROM audit_log WHERE " + condition)[0].as<int>();
}

void run_ok(const std::vector<std::string>& args, const std::string& url) {
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip(args, server_environment(url), output) == 0, output);
}

void import_survey(const std::string& url, const std::string& slug) {
  run_ok({"survey", "import", source_path("survey-templates/sudwest-fryslan-energiestrategie.json"), "--slug", slug}, url);
}

long long account_number(std::uint16_t port, const Login& admin, const std::string& email) {
  const auto reply = staff_request(port, admin, "GET", "/api/admin/accounts");
  const json accounts = reply.json_body()["accounts"];  // a copy: json_body() is a temporary
  for (const auto& account : accounts) {
    if (account["email"] == email) return account["id"].get<long long>();
  }
  BOOST_FAIL("no account " + email + " in " + reply.body);
  return 0;
}

Reply give(std::uint16_t port, const Login& admin, long long id, const json& grants) {
  return staff_request(port, admin, "PUT", "/api/admin/accounts/" + std::to_string(id) + "/grants",
                       json{{"grants", grants}}.dump());
}

std::vector<std::string> slugs(const json& list) {
  std::vector<std::string> result;
  for (const auto& item : list) result.push_back(item["slug"]);
  return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_tasks)

BOOST_AUTO_TEST_CASE(a_task_given_and_taken_away_holds_at_the_next_request) {
  StaffDatabase db("http_tasks_survey");
  import_survey(db.url, "energie");
  import_survey(db.url, "andere");
  add_account(db.url, "none", "collega@sudwestfryslan.nl", password);
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login staff = log_in(port, "collega@sudwestfryslan.nl", password);
  const auto id = account_number(port, admin, "collega@sudwestfryslan.nl");

  // No role and no task: signed in, and shown nothing.
  BOOST_TEST(staff_request(port, staff, "GET", "/api/admin/surveys").json_body()["surveys"].empty());
  BOOST_TEST(error_code(staff_request(port, staff, "GET", "/api/admin/surveys/energie")) == "forbidden");

  const auto given = give(port, admin, id, json::array({{{"scope", "survey"}, {"slug", "energie"}, {"role", "analyst"}}}));
  BOOST_TEST_REQUIRE(given.status == 200, given.body);
  const auto grants = given.json_body()["account"]["grants"];
  BOOST_TEST_REQUIRE(grants.size() == 1u);
  BOOST_TEST(grants[0]["scope"] == "survey");
  BOOST_TEST(grants[0]["role"] == "analyst");
  BOOST_TEST(!grants[0]["title"].get<std::string>().empty());
  // The same session reads the survey now, and only that one, and cannot change it.
  const auto list = staff_request(port, staff, "GET", "/api/admin/surveys").json_body()["surveys"];
  BOOST_TEST(slugs(list) == std::vector<std::string>{"energie"});
  BOOST_TEST(list[0]["may"] == json::array({"read"}));
  BOOST_TEST(staff_request(port, staff, "GET", "/api/admin/surveys/energie").json_body()["may"] == json::array({"read"}));
  BOOST_TEST(staff_request(port, staff, "GET", "/api/admin/surveys/energie/arrivals").status == 200);
  BOOST_TEST(error_code(staff_request(port, staff, "POST", "/api/admin/surveys/energie/close")) == "forbidden");
  BOOST_TEST(error_code(staff_request(port, staff, "GET", "/api/admin/surveys/andere")) == "forbidden");
  BOOST_TEST(staff_request(port, staff, "GET", "/api/session").json_body()["grants"] == grants);

  BOOST_TEST(give(port, admin, id, json::array({{{"scope", "survey"}, {"slug", "energie"}, {"role", "survey_manager"}}})).status == 200);
  BOOST_TEST(staff_request(port, staff, "POST", "/api/admin/surveys/energie/close").status == 200);
  BOOST_TEST(staff_request(port, staff, "GET", "/api/admin/surveys/energie").json_body()["may"] == json::array({"read", "manage"}));

  // What is refused changes nothing.
  for (const auto& bad : {json::array({{{"scope", "survey"}, {"slug", "bestaat-niet"}, {"role", "analyst"}}}),
                          json::array({{{"scope", "forum"}, {"slug", "energie"}, {"role", "analyst"}}}),
                          json::array({{{"scope", "survey"}, {"slug", "energie"}, {"role", "caller"}}}),
                          json::array({{{"scope", "survey"}, {"slug", "energie"}, {"role", "analyst"}},
                                       {{"scope", "survey"}, {"slug", "energie"}, {"role", "survey_manager"}}}),
                          json::array({{{"scope", "gemeente"}, {"slug", "energie"}, {"role", "analyst"}}}),
                          json::array({"energie"})}) {
    const auto refused = give(port, admin, id, bad);
    BOOST_TEST(refused.status == 422, bad.dump() << ": " << refused.body);
    BOOST_TEST(error_code(refused) == "invalid_grant", bad.dump());
  }
  BOOST_TEST(staff_request(port, staff, "GET", "/api/admin/surveys/energie").json_body()["may"] == json::array({"read", "manage"}));
  // Only an admin gives tasks, also not to themselves.
  BOOST_TEST(error_code(give(port, staff, id, json::array())) == "forbidden");

  BOOST_TEST(give(port, admin, id, json::array()).status == 200);
  BOOST_TEST(error_code(staff_request(port, staff, "GET", "/api/admin/surveys/energie")) == "forbidden");
  BOOST_TEST(audited(db.url, "action = 'account.grants_changed' AND subject = 'account:collega@sudwestfryslan.nl'") == 3);
  BOOST_TEST(audited(db.url, "action = 'account.grants_changed' AND details->'to' = '[\"survey:energie:survey_manager\"]'") == 1);

  // The CLI gives and takes them too, and lists them.
  run_ok({"user", "grant", "--email", "collega@sudwestfryslan.nl", "--survey", "andere", "--role", "analyst"}, db.url);
  BOOST_TEST(staff_request(port, staff, "GET", "/api/admin/surveys/andere").status == 200);
  std::string output;
  BOOST_TEST(run_mienskip({"user", "list"}, server_environment(db.url), output) == 0);
  BOOST_TEST(output.find("survey:andere:analyst") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "grant", "--email", "collega@sudwestfryslan.nl", "--survey", "andere", "--role", "caller"},
                          server_environment(db.url), output) != 0);
  run_ok({"user", "revoke", "--email", "collega@sudwestfryslan.nl", "--survey", "andere"}, db.url);
  BOOST_TEST(error_code(staff_request(port, staff, "GET", "/api/admin/surveys/andere")) == "forbidden");
}

BOOST_AUTO_TEST_CASE(a_forum_manager_runs_the_lottery_and_a_caller_sees_only_the_panels_contacts) {
  StaffDatabase db("http_tasks_forum");
  demo_forum_with_staff(db.url, password);
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login manager = log_in(port, demo_manager, password);
  const Login caller = log_in(port, demo_caller, password);
  const std::string forum = "/api/admin/forums/energie/";

  const auto listed = staff_request(port, manager, "GET", "/api/admin/forums").json_body()["forums"];
  BOOST_TEST_REQUIRE(listed.size() == 1u);
  BOOST_TEST(listed[0]["may"] == json::array({"manage", "call"}));
  BOOST_TEST(error_code(staff_request(port, manager, "POST", "/api/admin/forums", "{}")) == "forbidden");
  BOOST_TEST(error_code(staff_request(port, caller, "GET", forum + "panel/contacts")) == "no_panel");

  // From sign-up to panel, as the forum's manager.
  const auto drawn = draw_demo_panel(port, manager);
  BOOST_TEST(audited(db.url, "action = 'forum.panel_drawn' AND actor = 'forum@sudwestfryslan.nl'") == 1);

  // The caller: the members' names and contact details, and nothing else of the forum.
  const auto contacts = staff_request(port, caller, "GET", forum + "panel/contacts");
  BOOST_TEST_REQUIRE(contacts.status == 200, contacts.body);
  const auto body = contacts.json_body();
  BOOST_TEST(body["forum"]["slug"] == "energie");
  BOOST_TEST(body["members"].size() == drawn["members"].size());
  for (const auto& member : body["members"]) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : member.items()) keys.push_back(key);
    BOOST_TEST(keys == (std::vector<std::string>{"email", "id", "name", "phone", "seat_history", "seat_status", "status"}),
               member.dump());
  }
  BOOST_TEST(staff_request(port, caller, "GET", "/api/admin/forums").json_body()["forums"][0]["may"] == json::array({"call"}));
  for (const std::string path : {"", "panel", "volunteers", "register", "draw", "selection", "invitations.csv"}) {
    BOOST_TEST(error_code(staff_request(port, caller, "GET", forum + path)) == "forbidden", path);
  }
  BOOST_TEST(error_code(staff_request(port, caller, "POST", forum + "panel/dropouts", "{}")) == "forbidden");
}

BOOST_AUTO_TEST_CASE(a_task_on_a_forum_needs_a_second_factor_as_an_admin_does) {
  StaffDatabase db("http_tasks_two_factor");
  import_survey(db.url, "energie");
  run_ok({"forum", "demo", "--slug", "energie"}, db.url);
  add_account(db.url, "none", "beller@sudwestfryslan.nl", password);
  add_account(db.url, "none", "lezer@sudwestfryslan.nl", password);
  run_ok({"user", "grant", "--email", "beller@sudwestfryslan.nl", "--forum", "energie", "--role", "caller"}, db.url);
  run_ok({"user", "grant", "--email", "lezer@sudwestfryslan.nl", "--survey", "energie", "--role", "analyst"}, db.url);
  auto environment = server_environment(db.url);
  environment["MIENSKIP_TWO_FACTOR"] = "admins";
  ServerProcess server({"serve", "--port", "0"}, environment);
  const auto port = server.port();
  // Names and telephone numbers of residents: a second factor first.
  const Login caller = log_in(port, "beller@sudwestfryslan.nl", password);
  BOOST_TEST(staff_request(port, caller, "GET", "/api/session").json_body()["must_enrol_two_factor"] == true);
  BOOST_TEST(error_code(staff_request(port, caller, "GET", "/api/admin/forums/energie/panel/contacts")) ==
             "two_factor_enrolment_required");
  // A survey's results hold no one's name: the password is enough, as for an analyst.
  const Login reader = log_in(port, "lezer@sudwestfryslan.nl", password);
  BOOST_TEST(staff_request(port, reader, "GET", "/api/session").json_body()["must_enrol_two_factor"] == false);
  BOOST_TEST(staff_request(port, reader, "GET", "/api/admin/surveys/energie").status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
