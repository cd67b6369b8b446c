// Staff accounts through a real `mienskip serve`: logging in and out, cookies, CSRF, lockout, and a
// sweep over every staff route unauthenticated and with the wrong role.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using mienskip::test::fresh_database;
using mienskip::test::source_path;
const auto environment = mienskip::test::server_environment;
using mienskip::test::Reply;
using mienskip::test::RequestOptions;
using mienskip::test::run_mienskip;
using mienskip::test::ServerProcess;
using nlohmann::json;

namespace {

const std::string admin_password = "een lange zin als wachtwoord";
const std::string analyst_password = "nog een lange zin voor analyse";

struct Staff {
  std::string url;
  explicit Staff(const std::string& name) : url(fresh_database(name)) {
    std::string output;
    BOOST_TEST_REQUIRE(run_mienskip({"survey", "import", source_path("survey-templates/sudwest-fryslan-energiestrategie.json"),
                                     "--slug", "energie"},
                                    environment(url), output) == 0,
                       output);
    mienskip::test::add_account(url, "admin", "Griffie@SudwestFryslan.nl", admin_password);
    mienskip::test::add_account(url, "analyst", "analist@sudwestfryslan.nl", analyst_password);
  }
};

struct Login {
  std::string cookie;  // "mienskip_session=..."
  std::string csrf;
};

Reply log_in_reply(std::uint16_t port, const std::string& email, const std::string& password,
                   std::vector<std::pair<std::string, std::string>> headers = {}) {
  return mienskip::test::request(port, "POST", "/api/session", json{{"email", email}, {"password", password}}.dump(),
                                 RequestOptions{"application/json", false, std::move(headers)});
}

Login log_in(std::uint16_t port, const std::string& email, const std::string& password) {
  const auto reply = log_in_reply(port, email, password);
  BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
  const std::string set_cookie = reply.headers.get("Set-Cookie");
  return {set_cookie.substr(0, set_cookie.find(';')), reply.json_body()["csrf_token"].get<std::string>()};
}

Reply as(std::uint16_t port, const Login& who, const std::string& method, const std::string& path, bool with_csrf = true) {
  RequestOptions options{"application/json", false, {{"Cookie", who.cookie}}};
  if (with_csrf) options.headers.push_back({"X-CSRF-Token", who.csrf});
  return mienskip::test::request(port, method, path, method == "GET" ? "" : "{}", options);
}

// Every staff route, with the roles that may use it.
struct Route {
  std::string method, path;
  bool analyst_allowed;
};
const std::vector<Route> staff_routes = {
    {"GET", "/api/session", true},
    {"GET", "/api/admin/surveys", true},
    {"POST", "/api/admin/surveys/energie/close", false},
    {"POST", "/api/admin/surveys/energie/open", false},
    {"GET", "/api/admin/surveys/energie/margins", true},
    {"PUT", "/api/admin/surveys/energie/margins", false},
    {"GET", "/api/admin/surveys/energie/results", true},
    {"GET", "/api/admin/surveys/energie/weighting", true},
    {"PUT", "/api/admin/surveys/energie/weighting", false},
    {"GET", "/api/admin/survey-templates", false},
    {"POST", "/api/admin/surveys", false},
    {"GET", "/api/admin/surveys/energie", true},
    {"PUT", "/api/admin/surveys/energie/definition", false},
    {"POST", "/api/admin/surveys/energie/preview", false},
    {"POST", "/api/admin/surveys/energie/codes", false},
    {"GET", "/api/admin/surveys/energie/export/responses.csv", true},
    {"GET", "/api/admin/surveys/energie/export/codebook.json", true},
    {"GET", "/api/admin/surveys/energie/export/codebook.csv", true},
    {"GET", "/api/admin/surveys/energie/export/read_export.R", true},
    {"GET", "/api/admin/surveys/energie/report.html", true},
    {"GET", "/api/admin/surveys/energie/report.pdf", true},
    {"GET", "/api/admin/surveys/energie/arrivals", true},
    {"GET", "/api/admin/surveys/energie/motivations", true},
    // The lottery is for admins only.
    {"GET", "/api/admin/forums", false},
    {"POST", "/api/admin/forums", false},
    {"GET", "/api/admin/forums/energie", false},
    {"PUT", "/api/admin/forums/energie/quotas", false},
    {"POST", "/api/admin/forums/energie/quotas/check", false},
    {"POST", "/api/admin/forums/energie/register", false},
    {"GET", "/api/admin/forums/energie/register", false},
    {"PUT", "/api/admin/forums/energie/draw/commitment", false},
    {"GET", "/api/admin/forums/energie/draw", false},
    {"POST", "/api/admin/forums/energie/draw", false},
    {"GET", "/api/admin/forums/energie/invitations.csv", false},
    {"GET", "/api/admin/forums/energie/letters.html", false},
    {"GET", "/api/admin/forums/energie/letters/address", false},
    {"POST", "/api/admin/forums/energie/personal-data/delete", false},
    {"GET", "/api/admin/forums/energie/volunteers", false},
    {"POST", "/api/admin/forums/energie/volunteers", false},
    {"POST", "/api/admin/forums/energie/volunteers/V0001/withdraw", false},
    {"POST", "/api/admin/forums/energie/volunteers/V0001/personal-data/delete", false},
    {"POST", "/api/admin/forums/energie/volunteers/personal-data/delete", false},
    {"POST", "/api/admin/forums/energie/sign-up/close", false},
    {"POST", "/api/admin/forums/energie/sign-up/open", false},
    {"POST", "/api/admin/forums/energie/selection", false},
    {"GET", "/api/admin/forums/energie/selection", false},
    {"POST", "/api/admin/forums/energie/panel", false},
    {"GET", "/api/admin/forums/energie/panel", false},
    {"POST", "/api/admin/forums/energie/panel/dropouts", false},
    {"POST", "/api/session/everywhere", true},
    {"DELETE", "/api/session", true},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_accounts)

BOOST_AUTO_TEST_CASE(weak_passwords_and_duplicate_accounts_are_refused) {
  Staff staff("http_auth_accounts");
  std::string output;
  BOOST_TEST(run_mienskip({"user", "add", "--role", "admin", "--email", "kort@sudwestfryslan.nl"}, environment(staff.url),
                          output, "kort\n") == 1);
  BOOST_TEST(output.find("at least 12 characters") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "add", "--role", "admin", "--email", "griffie@sudwestfryslan.nl"},
                          environment(staff.url), output, admin_password + "\n") == 1);
  BOOST_TEST(output.find("[account_exists]") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "add", "--role", "baas", "--email", "x@sudwestfryslan.nl"}, environment(staff.url),
                          output, admin_password + "\n") == 2);
  pqxx::connection c(staff.url);
  pqxx::nontransaction tx(c);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM accounts")[0].as<int>() == 2);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM accounts WHERE password_hash LIKE 'scrypt$15$8$1$%'")[0].as<int>() == 2);
}

BOOST_AUTO_TEST_CASE(logging_in_sets_a_strict_cookie_and_wrong_passwords_say_nothing_more) {
  Staff staff("http_auth_login");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  const auto wrong = log_in_reply(port, "griffie@sudwestfryslan.nl", "niet het goede wachtwoord");
  const auto unknown = log_in_reply(port, "niemand@sudwestfryslan.nl", admin_password);
  BOOST_TEST(wrong.status == 401);
  BOOST_TEST(unknown.status == 401);
  BOOST_TEST(wrong.json_body()["error"] == unknown.json_body()["error"]);

  const auto ok = log_in_reply(port, " GRIFFIE@sudwestfryslan.nl", admin_password);
  BOOST_TEST_REQUIRE(ok.status == 200, ok.body);
  BOOST_TEST(ok.json_body()["role"] == "admin");
  const std::string cookie = ok.headers.get("Set-Cookie");
  BOOST_TEST(cookie.find("HttpOnly") != std::string::npos);
  BOOST_TEST(cookie.find("SameSite=Strict") != std::string::npos);
  BOOST_TEST(cookie.find("Secure") == std::string::npos);  // plain HTTP on localhost
  const auto behind_tls = log_in_reply(port, "griffie@sudwestfryslan.nl", admin_password, {{"X-Forwarded-Proto", "https"}});
  BOOST_TEST(behind_tls.headers.get("Set-Cookie").find("; Secure") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_staff_route_needs_a_session_and_the_right_role) {
  Staff staff("http_auth_sweep");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  for (const auto& route : staff_routes) {
    const auto anonymous = mienskip::test::request(port, route.method, route.path, route.method == "GET" ? "" : "{}");
    BOOST_TEST(anonymous.status == 401, route.method << " " << route.path << ": " << anonymous.status << " " << anonymous.body);
    const auto forged = mienskip::test::request(port, route.method, route.path, route.method == "GET" ? "" : "{}",
                                                RequestOptions{"", false, {{"Cookie", "mienskip_session=" + std::string(64, 'a')}}});
    BOOST_TEST(forged.status == 401, route.method << " " << route.path << ": " << forged.status << " " << forged.body);
  }
  for (const auto& route : staff_routes) {
    const Login analyst = log_in(port, "analist@sudwestfryslan.nl", analyst_password);
    const auto reply = as(port, analyst, route.method, route.path);
    // Allowed means past the door: the survey may not exist here (404) or have no margins (409).
    if (route.analyst_allowed) {
      BOOST_TEST((reply.status != 401 && reply.status != 403), route.method << " " << route.path << ": " << reply.body);
    } else {
      BOOST_TEST(reply.status == 403, route.method << " " << route.path << ": " << reply.body);
    }
  }
  // The sweep covers every staff route the API describes, so a new one cannot be forgotten here.
  const auto described = mienskip::test::request(port, "GET", "/api/openapi.json").json_body();
  for (const auto& [path, operations] : described["paths"].items()) {
    if (path.rfind("/api/admin", 0) != 0 && path.rfind("/api/session", 0) != 0) continue;
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method, concrete = path;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (const auto at = concrete.find("{slug}"); at != std::string::npos) concrete.replace(at, 6, "energie");
      if (const auto at = concrete.find("{id}"); at != std::string::npos) concrete.replace(at, 4, "V0001");
      const bool swept = std::any_of(staff_routes.begin(), staff_routes.end(), [&](const Route& route) {
        return route.method == upper && route.path == concrete;
      });
      // Logging in is the one staff route that needs no session.
      if (!(upper == "POST" && concrete == "/api/session")) BOOST_TEST(swept, upper << " " << path << " is not in the sweep");
    }
  }
}

BOOST_AUTO_TEST_CASE(changes_need_the_csrf_token_and_are_audited) {
  Staff staff("http_auth_csrf");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  const Login admin = log_in(port, "griffie@sudwestfryslan.nl", admin_password);
  // Seen once while open, so the server holds it in its cache.
  BOOST_TEST(mienskip::test::request(port, "GET", "/api/surveys/energie").json_body()["status"] == "open");
  const auto without = as(port, admin, "POST", "/api/admin/surveys/energie/close", false);
  BOOST_TEST(without.status == 403);
  BOOST_TEST(without.json_body()["error"]["code"] == "csrf_failed");
  const auto closed = as(port, admin, "POST", "/api/admin/surveys/energie/close");
  BOOST_TEST(closed.status == 200, closed.body);
  // Residents see it at once: the page says so and an answer is refused.
  BOOST_TEST(mienskip::test::request(port, "GET", "/api/surveys/energie").json_body()["status"] == "closed");
  BOOST_TEST(mienskip::test::request(port, "GET", "/s/energie").has("Deze vragenlijst is gesloten"));
  const auto list = as(port, admin, "GET", "/api/admin/surveys");
  BOOST_TEST(list.json_body()["surveys"][0]["status"] == "closed");
  pqxx::connection c(staff.url);
  pqxx::nontransaction tx(c);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'survey.closed' AND actor = 'griffie@sudwestfryslan.nl'")[0]
                 .as<int>() == 1);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM audit_log WHERE details::text LIKE '%" + admin_password + "%'")[0].as<int>() == 0);
}

BOOST_AUTO_TEST_CASE(repeated_wrong_passwords_lock_the_account) {
  Staff staff("http_auth_lock");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  for (int i = 0; i < 5; ++i) BOOST_TEST(log_in_reply(port, "griffie@sudwestfryslan.nl", "geraden wachtwoord").status == 401);
  const auto locked = log_in_reply(port, "griffie@sudwestfryslan.nl", admin_password);
  BOOST_TEST(locked.status == 423);
  BOOST_TEST(locked.json_body()["error"]["code"] == "account_locked");
  // Another account is not affected.
  BOOST_TEST(log_in_reply(port, "analist@sudwestfryslan.nl", analyst_password).status == 200);
}

BOOST_AUTO_TEST_CASE(logging_out_here_and_everywhere) {
  Staff staff("http_auth_logout");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  const Login phone = log_in(port, "griffie@sudwestfryslan.nl", admin_password);
  const Login laptop = log_in(port, "griffie@sudwestfryslan.nl", admin_password);
  const Login tablet = log_in(port, "griffie@sudwestfryslan.nl", admin_password);
  BOOST_TEST(as(port, phone, "DELETE", "/api/session").status == 200);
  BOOST_TEST(as(port, phone, "GET", "/api/session").status == 401);
  BOOST_TEST(as(port, laptop, "GET", "/api/session").status == 200);
  BOOST_TEST(as(port, laptop, "POST", "/api/session/everywhere").status == 200);
  BOOST_TEST(as(port, laptop, "GET", "/api/session").status == 401);
  BOOST_TEST(as(port, tablet, "GET", "/api/session").status == 401);
}

BOOST_AUTO_TEST_SUITE_END()
