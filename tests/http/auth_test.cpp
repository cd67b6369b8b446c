// Staff accounts through a real `mienskip serve`: logging in and out, cookies, CSRF, lockout and
// throttling (issue 16). The sweep of every staff route against every role is route_rights_test.cpp.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "core/accounts/account_email.hpp"
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
  BOOST_TEST(tx.exec1("SELECT count(*) FROM accounts WHERE password_hash LIKE 'scrypt$17$8$1$%'")[0].as<int>() == 2);
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

// A locked account answers exactly as a wrong password or an unknown address does, and as slowly:
// otherwise the lock would tell anyone which addresses have accounts. Even the right password is
// refused until the lock ends (docs/staff-accounts.md says why).
BOOST_AUTO_TEST_CASE(a_locked_account_looks_like_a_wrong_password) {
  Staff staff("http_auth_lock");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  const auto unknown = log_in_reply(port, "niemand@sudwestfryslan.nl", admin_password);
  for (int i = 0; i < 5; ++i) {
    const auto wrong = log_in_reply(port, "griffie@sudwestfryslan.nl", "geraden wachtwoord");
    BOOST_TEST(wrong.status == 401);
    BOOST_TEST(wrong.body == unknown.body);
  }
  const auto locked = log_in_reply(port, "griffie@sudwestfryslan.nl", admin_password);
  BOOST_TEST(locked.status == 401);
  BOOST_TEST(locked.body == unknown.body);
  BOOST_TEST(locked.json_body()["error"]["code"] == "invalid_credentials");
  // Another account is not affected.
  BOOST_TEST(log_in_reply(port, "analist@sudwestfryslan.nl", analyst_password).status == 200);

  // Roughly as slow as a password check (scrypt, ~0.8 s): the fastest of four answers each. The
  // three are asked in turn, round after round, so that a busy machine (the other tests run
  // beside this one) slows all three alike instead of whichever happened to be measured then.
  auto timed = [&](const std::string& email, const std::string& password) {
    const auto start = std::chrono::steady_clock::now();
    BOOST_TEST(log_in_reply(port, email, password).status == 401);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  double wrong_password = 1e9, locked_account = 1e9, unknown_account = 1e9;
  // Four rounds: with the 7 failures above, 19 from this client, one below its limit of 20.
  for (int round = 0; round < 4; ++round) {
    wrong_password = std::min(wrong_password, timed("analist@sudwestfryslan.nl", "geraden wachtwoord"));
    locked_account = std::min(locked_account, timed("griffie@sudwestfryslan.nl", admin_password));
    unknown_account = std::min(unknown_account, timed("niemand@sudwestfryslan.nl", admin_password));
  }
  BOOST_TEST(locked_account > 0.5 * wrong_password, locked_account << " s locked, " << wrong_password << " s wrong");
  BOOST_TEST(unknown_account > 0.5 * wrong_password, unknown_account << " s unknown, " << wrong_password << " s wrong");
}

// When the lock ends the count starts again: the right password logs in, and one more wrong one
// does not lock the account again.
BOOST_AUTO_TEST_CASE(the_count_starts_afresh_when_the_lock_ends) {
  Staff staff("http_auth_lock_ends");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  auto end_the_lock = [&] {
    pqxx::connection c(staff.url);
    pqxx::work tx(c);
    BOOST_TEST(tx.exec("UPDATE accounts SET locked_until = now() - interval '1 second' "
                       "WHERE email = 'griffie@sudwestfryslan.nl' AND locked_until > now()")
                   .affected_rows() == 1u);
    tx.commit();
  };
  for (int i = 0; i < 5; ++i) log_in_reply(port, "griffie@sudwestfryslan.nl", "geraden wachtwoord");
  end_the_lock();
  BOOST_TEST(log_in_reply(port, "griffie@sudwestfryslan.nl", "geraden wachtwoord").status == 401);
  const auto after_one_more = log_in_reply(port, "griffie@sudwestfryslan.nl", admin_password);
  BOOST_TEST(after_one_more.status == 200, after_one_more.body);

  for (int i = 0; i < 5; ++i) log_in_reply(port, "griffie@sudwestfryslan.nl", "geraden wachtwoord");
  end_the_lock();
  for (int i = 0; i < 4; ++i) BOOST_TEST(log_in_reply(port, "griffie@sudwestfryslan.nl", "geraden wachtwoord").status == 401);
  const auto after_four_more = log_in_reply(port, "griffie@sudwestfryslan.nl", admin_password);
  BOOST_TEST(after_four_more.status == 200, after_four_more.body);
}

// What is typed as the address is checked (and capped at 254 bytes) before anything is stored or
// hashed; an unknown address reaches the audit log only as a keyed hash, never as typed. Something
// that cannot be an address gets the same answer as an unknown one, and is not kept at all.
BOOST_AUTO_TEST_CASE(the_audit_log_never_keeps_what_was_typed_as_the_address) {
  Staff staff("http_auth_email");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  auto audit_count = [&](const std::string& condition) {
    pqxx::connection c(staff.url);
    pqxx::nontransaction tx(c);
    return tx.exec1("SELECT count(*) FROM audit_log WHERE " + condition)[0].as<int>();
  };
  const int entries = audit_count("true");
  const auto unknown = log_in_reply(port, "niemand@sudwestfryslan.nl", admin_password);
  BOOST_TEST(unknown.status == 401);

  const auto huge = log_in_reply(port, std::string(900'000, 'x') + "@sudwestfryslan.nl", admin_password);
  const auto one_too_long = log_in_reply(port, std::string(255 - 18, 'y') + "@sudwestfryslan.nl", admin_password);
  const auto password_as_address = log_in_reply(port, "Mijn geheime zin 2026!", admin_password);
  for (const auto* reply : {&huge, &one_too_long, &password_as_address}) {
    BOOST_TEST(reply->status == 401);
    BOOST_TEST(reply->body == unknown.body);
  }
  BOOST_TEST(audit_count("(actor || subject || details::text) ILIKE '%xxxxxxxx%'") == 0);
  BOOST_TEST(audit_count("(actor || subject || details::text) ILIKE '%yyyyyyyy%'") == 0);
  BOOST_TEST(audit_count("(actor || subject || details::text) ILIKE '%geheime%'") == 0);
  // A body that is not {"email": "...", "password": "..."} is a mistake of the client, not a guess.
  const auto malformed = mienskip::test::request(port, "POST", "/api/session", json{{"email", 12}}.dump(),
                                                 RequestOptions{"application/json", false, {}});
  BOOST_TEST(malformed.status == 400);
  BOOST_TEST(malformed.json_body()["error"]["code"] == "bad_request");

  BOOST_TEST(log_in_reply(port, " Niemand@SudwestFryslan.nl", admin_password).status == 401);
  BOOST_TEST(audit_count("(actor || subject || details::text) ILIKE '%niemand%'") == 0);
  const std::string keyed =
      mienskip::unknown_email_hash(environment(staff.url).at("MIENSKIP_SECRET"), "niemand@sudwestfryslan.nl");
  BOOST_TEST(audit_count("action = 'login.failed' AND details->>'email_hmac' = '" + keyed + "'") == 2);
  BOOST_TEST(audit_count("action = 'login.failed' AND details->>'reason' = 'not an e-mail address' "
                         "AND NOT details ? 'email_hmac'") == 3);
  BOOST_TEST(audit_count("true") == entries + 5);
  BOOST_TEST(audit_count("action LIKE 'login%' AND length(actor || subject || details::text) > 400") == 0);
}

// Many failures from one client, each at another address, block that client only (429).
BOOST_AUTO_TEST_CASE(one_client_failing_at_many_accounts_is_throttled_alone) {
  Staff staff("http_auth_client_limit");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  auto from = [&](const std::string& client, const std::string& email, const std::string& password) {
    return mienskip::test::request(port, "POST", "/api/session", json{{"email", email}, {"password", password}}.dump(),
                                   RequestOptions{"application/json", false, {}, client});
  };
  for (int i = 0; i < 20; ++i) {
    BOOST_TEST(from("127.0.0.2", "medewerker" + std::to_string(i) + "@sudwestfryslan.nl", admin_password).status == 401);
  }
  const auto throttled = from("127.0.0.2", "griffie@sudwestfryslan.nl", admin_password);
  BOOST_TEST(throttled.status == 429);
  BOOST_TEST(throttled.json_body()["error"]["code"] == "too_many_requests");
  BOOST_TEST(from("127.0.0.3", "griffie@sudwestfryslan.nl", admin_password).status == 200);
  BOOST_TEST(log_in_reply(port, "analist@sudwestfryslan.nl", analyst_password).status == 200);
}

// Failures at one account from many clients lock the account, whichever client asks next, while
// those clients can still log in to other accounts.
BOOST_AUTO_TEST_CASE(failures_from_many_clients_lock_the_account_for_every_client) {
  Staff staff("http_auth_account_limit");
  ServerProcess server({"serve", "--port", "0"}, environment(staff.url));
  const auto port = server.port();
  auto from = [&](const std::string& client, const std::string& email, const std::string& password) {
    return mienskip::test::request(port, "POST", "/api/session", json{{"email", email}, {"password", password}}.dump(),
                                   RequestOptions{"application/json", false, {}, client});
  };
  const auto wrong = from("127.0.0.20", "griffie@sudwestfryslan.nl", "geraden wachtwoord");
  BOOST_TEST(wrong.status == 401);
  for (int i = 1; i < 5; ++i) {
    BOOST_TEST(from("127.0.0." + std::to_string(20 + i), "griffie@sudwestfryslan.nl", "geraden wachtwoord").status == 401);
  }
  const auto locked = from("127.0.0.30", "griffie@sudwestfryslan.nl", admin_password);
  BOOST_TEST(locked.status == 401);
  BOOST_TEST(locked.json_body()["error"] == wrong.json_body()["error"]);
  BOOST_TEST(from("127.0.0.20", "analist@sudwestfryslan.nl", analyst_password).status == 200);
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
