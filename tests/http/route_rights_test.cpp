// Rights that follow the task (issue 20, item 4) through a real `mienskip serve`: every staff route
// of the route table tried unauthenticated, with a forged cookie, with a disabled account's session,
// and with every role - the municipality's admin and analyst, an account with no role, and each
// task on a forum or a survey, on its own forum or survey and on another.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"
#include "web/service.hpp"

using namespace mienskip::test;
using mienskip::Need;
using mienskip::web::RouteInfo;
using nlohmann::json;

namespace {

const std::string password = "een lange zin voor elke taak";

// The route table exactly as `mienskip serve` builds it (nothing connects to this database): the
// sweep reads what each route needs from the same declarations the server enforces.
std::vector<RouteInfo> staff_routes() {
  mienskip::store::ConnectionPool database("host=/nonexistent dbname=none", 1, std::chrono::seconds(1));
  std::ostringstream log;
  const mienskip::web::Service service(database, {std::string(40, 's'), "/nonexistent", "/nonexistent", "/nonexistent"}, log);
  std::vector<RouteInfo> routes;
  for (const auto& route : service.router().routes()) {
    if (route.pattern.rfind("/api/", 0) == 0 && route.access != Need::anyone) routes.push_back(route);
  }
  return routes;
}

// A concrete path: the forum's or survey's slug, a volunteer's id, an account's number.
std::string concrete(std::string path, const std::string& slug, const std::string& account) {
  if (const auto at = path.find("{slug}"); at != std::string::npos) path.replace(at, 6, slug);
  if (const auto at = path.find("{id}"); at != std::string::npos) path.replace(at, 4, "V0001");
  if (const auto at = path.find("{account}"); at != std::string::npos) path.replace(at, 9, account);
  return path;
}

// Who may do what, written out here rather than read from core/accounts/rights, so the server is
// held to the rule as the documentation states it (docs/staff-accounts.md). The needs in order:
// staff, admin, forum_manage, forum_call, survey_read, survey_manage; '1' where the account's own
// forum or survey "energie" is met, and on the other one, "andere".
struct Profile {
  std::string email;
  std::string role;                             // municipality-wide
  std::vector<std::string> grant;               // {"--forum"|"--survey", slug, role} or empty
  std::string on_own;
  std::string on_other;
};

const std::vector<Profile> profiles = {
    {"griffie@sudwestfryslan.nl", "admin", {}, "111111", "111111"},
    {"analist@sudwestfryslan.nl", "analyst", {}, "100010", "100010"},
    {"zonder@sudwestfryslan.nl", "none", {}, "100000", "100000"},
    {"forum@sudwestfryslan.nl", "none", {"--forum", "energie", "forum_manager"}, "101100", "100000"},
    {"beller@sudwestfryslan.nl", "none", {"--forum", "energie", "caller"}, "100100", "100000"},
    {"peiling@sudwestfryslan.nl", "none", {"--survey", "energie", "survey_manager"}, "100011", "100000"},
    {"lezer@sudwestfryslan.nl", "none", {"--survey", "energie", "analyst"}, "100010", "100000"},
};

bool expected(const std::string& row, Need need) {
  switch (need) {
    case Need::staff: return row[0] == '1';
    case Need::admin: return row[1] == '1';
    case Need::forum_manage: return row[2] == '1';
    case Need::forum_call: return row[3] == '1';
    case Need::survey_read: return row[4] == '1';
    case Need::survey_manage: return row[5] == '1';
    default: return false;
  }
}

// Logging out and changing one's password end the session the sweep uses: log in again after them.
bool ends_session(const RouteInfo& route) {
  return route.pattern == "/api/session" || route.pattern == "/api/session/everywhere";
}

// A forum and a survey named "energie" (the same slug on purpose: a survey's task must not open the
// forum of that name), and another pair named "andere"; the accounts and their tasks, as an admin
// makes them with the CLI; and an account for the account routes to act on.
std::string prepare(const std::string& url, std::uint16_t port) {
  std::string output;
  for (const std::string slug : {"energie", "andere"}) {
    BOOST_TEST_REQUIRE(run_mienskip({"survey", "import", source_path("survey-templates/sudwest-fryslan-energiestrategie.json"),
                                     "--slug", slug},
                                    server_environment(url), output) == 0,
                       output);
  }
  for (const auto& profile : profiles) add_account(url, profile.role, profile.email, password);
  const Login admin = log_in(port, profiles[0].email, password);
  for (const std::string slug : {"energie", "andere"}) create_forum(port, admin, forum_body(slug));
  for (const auto& profile : profiles) {
    if (profile.grant.empty()) continue;
    std::vector<std::string> grant = {"user", "grant", "--email", profile.email, profile.grant[0], profile.grant[1],
                                      "--role", profile.grant[2]};
    BOOST_TEST_REQUIRE(run_mienskip(grant, server_environment(url), output) == 0, output);
  }
  add_account(url, "analyst", "doel@sudwestfryslan.nl", password);
  add_account(url, "admin", "vertrokken@sudwestfryslan.nl", password);
  std::string target;
  const json accounts = staff_request(port, admin, "GET", "/api/admin/accounts").json_body()["accounts"];
  for (const auto& account : accounts) {
    if (account["email"] == "doel@sudwestfryslan.nl") target = std::to_string(account["id"].get<long long>());
  }
  BOOST_TEST_REQUIRE(!target.empty());
  return target;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(route_rights)

BOOST_AUTO_TEST_CASE(the_route_table_declares_a_need_that_fits_each_route) {
  const auto routes = staff_routes();
  BOOST_TEST(routes.size() >= 70u);
  for (const auto& route : routes) {
    const std::string where = route.method + " " + route.pattern;
    const bool forum = route.pattern.rfind("/api/admin/forums/{slug}", 0) == 0;
    const bool survey = route.pattern.rfind("/api/admin/surveys/{slug}", 0) == 0;
    // A route about one forum or survey needs a right on it, and no other route can name one.
    if (forum) BOOST_TEST((route.access == Need::forum_manage || route.access == Need::forum_call), where);
    if (survey) BOOST_TEST((route.access == Need::survey_read || route.access == Need::survey_manage), where);
    if (!forum && !survey) BOOST_TEST((route.access == Need::staff || route.access == Need::admin), where);
    // A caller reaches nothing of a forum but its panel's contacts and the record of its calls;
    // nothing that changes a survey is open to its readers; accounts are for admins.
    if (route.access == Need::forum_call) {
      BOOST_TEST((route.pattern == "/api/admin/forums/{slug}/panel/contacts" ||
                  route.pattern == "/api/admin/forums/{slug}/panel/members/{id}/status"), where);
    }
    if (route.access == Need::survey_read) BOOST_TEST(route.method == "GET", where);
    if (route.pattern.rfind("/api/admin/accounts", 0) == 0) BOOST_TEST((route.access == Need::admin), where);
  }
}

BOOST_AUTO_TEST_CASE(every_staff_route_against_every_role) {
  const auto routes = staff_routes();
  const std::string url = fresh_database("http_route_rights");
  ServerProcess server({"serve", "--port", "0"}, server_environment(url));
  const auto port = server.port();
  const auto target = prepare(url, port);

  // A leaver: an admin whose account was disabled while signed in. Its session opens nothing.
  const Login leaver = log_in(port, "vertrokken@sudwestfryslan.nl", password);
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"user", "disable", "--email", "vertrokken@sudwestfryslan.nl"}, server_environment(url), output) == 0,
                     output);
  for (const auto& route : routes) {
    const auto path = concrete(route.pattern, "energie", target);
    const auto body = route.method == "GET" ? "" : "{}";
    BOOST_TEST(staff_request(port, leaver, route.method, path, body).status == 401, route.method << " " << path << " (disabled)");
    BOOST_TEST(staff_request(port, std::nullopt, route.method, path, body).status == 401, route.method << " " << path);
    const Login forged{"mienskip_session=" + std::string(64, 'a'), "x"};
    BOOST_TEST(staff_request(port, forged, route.method, path, body).status == 401, route.method << " " << path << " (forged)");
  }

  // Every role on its own forum or survey and on the other; the admin last, as its account routes
  // change the target account.
  for (auto profile = profiles.rbegin(); profile != profiles.rend(); ++profile) {
    for (const auto& [slug, row] : std::map<std::string, std::string>{{"energie", profile->on_own}, {"andere", profile->on_other}}) {
      std::optional<Login> session;
      for (const auto& route : routes) {
        if (slug == "andere" && route.pattern.find("{slug}") == std::string::npos) continue;
        if (!session) session = log_in(port, profile->email, password);
        const auto path = concrete(route.pattern, slug, target);
        const auto reply = staff_request(port, session, route.method, path, route.method == "GET" ? "" : "{}");
        if (ends_session(route)) session.reset();
        const std::string where = profile->email + " " + route.method + " " + path + ": " + std::to_string(reply.status) + " " + reply.body;
        // Allowed means past the door: the request may still be refused for what it says (400, 404, 409, 422).
        if (expected(row, route.access)) {
          BOOST_TEST((reply.status != 401 && error_code(reply) != "forbidden"), where);
        } else {
          BOOST_TEST((reply.status == 403 && error_code(reply) == "forbidden"), where);
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(every_staff_operation_the_api_describes_is_in_the_sweep) {
  const auto routes = staff_routes();
  const std::string url = fresh_database("http_route_rights_described");
  ServerProcess server({"serve", "--port", "0"}, server_environment(url));
  const auto described = request(server.port(), "GET", "/api/openapi.json").json_body();
  for (const auto& [path, operations] : described["paths"].items()) {
    if (path.rfind("/api/admin", 0) != 0 && path.rfind("/api/session", 0) != 0) continue;
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const bool swept = std::any_of(routes.begin(), routes.end(), [&](const auto& route) {
        return route.method == upper && route.pattern == path;
      });
      // Logging in is the one staff route that needs no session.
      if (!(upper == "POST" && path == "/api/session")) BOOST_TEST(swept, upper << " " << path << " is not in the sweep");
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
