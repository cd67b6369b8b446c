// Two-factor sign-in through a real `mienskip serve` (issue 20, item 2) under the production rule
// (admins must have it): enrolment with a key read as an app reads it, sign-in with a code and with
// a recovery code, each accepted once, wrong codes locking the account like wrong passwords, and an
// admin resetting a lost phone.
#include <liboath/oath.h>

#include <boost/test/unit_test.hpp>
#include <ctime>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "core/crypto/totp.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

std::map<std::string, std::string> production_rule(const std::string& url, const std::string& rule = "admins") {
  auto environment = server_environment(url);
  environment["MIENSKIP_TWO_FACTOR"] = rule;
  return environment;
}

Reply sign_in(std::uint16_t port, const std::string& email, const std::string& password, const std::string& code = "") {
  json body{{"email", email}, {"password", password}};
  if (!code.empty()) body["code"] = code;
  return staff_request(port, std::nullopt, "POST", "/api/session", body.dump());
}

Login session_of(const Reply& reply) {
  BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
  const std::string cookie = reply.headers.get("Set-Cookie");
  return {cookie.substr(0, cookie.find(';')), reply.json_body()["csrf_token"].get<std::string>()};
}

// The key as an authenticator app takes it from the enrolment's text.
std::string key_of(const std::string& base32) {
  char* key = nullptr;
  std::size_t length = 0;
  BOOST_TEST_REQUIRE(oath_base32_decode(base32.data(), base32.size(), &key, &length) == OATH_OK);
  std::string bytes(key, length);
  std::free(key);
  return bytes;
}

struct Enrolled {
  std::string key;
  std::vector<std::string> recovery_codes;
};

Enrolled enrol(std::uint16_t port, const Login& who) {
  const auto started = staff_request(port, who, "POST", "/api/session/two-factor/enrolment");
  BOOST_TEST_REQUIRE(started.status == 200, started.body);
  const auto key = key_of(started.json_body()["secret"]);
  const auto confirmed = staff_request(port, who, "POST", "/api/session/two-factor/confirm",
                                       json{{"code", mienskip::totp_code(key, std::time(nullptr))}}.dump());
  BOOST_TEST_REQUIRE(confirmed.status == 200, confirmed.body);
  return {key, confirmed.json_body()["recovery_codes"].get<std::vector<std::string>>()};
}

int audited(const std::string& url, const std::string& condition) {
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  return tx.exec1("SELECT count(*) FROM audit_log WHERE " + condition)[0].as<int>();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_two_factor)

BOOST_AUTO_TEST_CASE(an_admin_sets_up_two_factor_sign_in_before_anything_else) {
  StaffDatabase staff("http_two_factor_enrol");
  ServerProcess server({"serve", "--port", "0"}, production_rule(staff.url));
  const auto port = server.port();
  const Login elsewhere = log_in(port, admin_email, admin_password);  // someone else with the password
  const Login admin = log_in(port, admin_email, admin_password);
  const auto session = staff_request(port, admin, "GET", "/api/session").json_body();
  BOOST_TEST(session["must_enrol_two_factor"] == true);
  BOOST_TEST(session["two_factor_enabled"] == false);
  const auto refused = staff_request(port, admin, "GET", "/api/admin/surveys");
  BOOST_TEST(refused.status == 403);
  BOOST_TEST(error_code(refused) == "two_factor_enrolment_required");
  // An analyst may, and need not.
  const Login analyst = log_in(port, analyst_email, analyst_password);
  BOOST_TEST(staff_request(port, analyst, "GET", "/api/admin/surveys").status == 200);

  const auto started = staff_request(port, admin, "POST", "/api/session/two-factor/enrolment").json_body();
  BOOST_TEST(started["otpauth_uri"].get<std::string>().find("Mienskip:" + admin_email) != std::string::npos);
  BOOST_TEST(started["qr_svg"].get<std::string>().rfind("<svg", 0) == 0u);
  const auto key = key_of(started["secret"]);
  const auto wrong = staff_request(port, admin, "POST", "/api/session/two-factor/confirm",
                                   json{{"code", mienskip::totp_code(key, std::time(nullptr) - 3600)}}.dump());
  BOOST_TEST(wrong.status == 422);
  BOOST_TEST(error_code(wrong) == "invalid_two_factor_code");
  const auto confirmed = staff_request(port, admin, "POST", "/api/session/two-factor/confirm",
                                       json{{"code", mienskip::totp_code(key, std::time(nullptr))}}.dump());
  BOOST_TEST_REQUIRE(confirmed.status == 200, confirmed.body);
  BOOST_TEST(confirmed.json_body()["recovery_codes"].size() == 10u);
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/surveys").status == 200);
  BOOST_TEST(staff_request(port, elsewhere, "GET", "/api/session").status == 401);  // password alone: out
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/session/two-factor/enrolment")) == "two_factor_enabled");

  // What the database holds gives neither the key nor the codes away.
  pqxx::connection c(staff.url);
  pqxx::nontransaction tx(c);
  const auto stored = tx.exec_params1("SELECT totp_key_sealed FROM accounts WHERE email = $1", admin_email)[0].as<std::string>();
  BOOST_TEST(stored.rfind("v1$", 0) == 0u);
  BOOST_TEST(stored.find(started["secret"].get<std::string>()) == std::string::npos);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM recovery_codes")[0].as<int>() == 10);
  BOOST_TEST(audited(staff.url, "action = 'account.two_factor_enabled' AND actor = '" + admin_email + "'") == 1);
  BOOST_TEST(audited(staff.url, "details::text ILIKE '%" + started["secret"].get<std::string>().substr(0, 8) + "%'") == 0);
}

BOOST_AUTO_TEST_CASE(each_code_signs_in_once_and_wrong_codes_lock_the_account) {
  StaffDatabase staff("http_two_factor_sign_in");
  ServerProcess server({"serve", "--port", "0"}, production_rule(staff.url));
  const auto port = server.port();
  const auto enrolled = enrol(port, log_in(port, admin_email, admin_password));

  const auto asked = sign_in(port, admin_email, admin_password);
  BOOST_TEST(asked.status == 401);
  BOOST_TEST(error_code(asked) == "two_factor_required");
  BOOST_TEST(!asked.headers.has("Set-Cookie"));
  // The code of the next step (a phone's clock a little ahead): the one used to enrol is spent.
  const auto next = mienskip::totp_code(enrolled.key, std::time(nullptr) + 30);
  const Login admin = session_of(sign_in(port, admin_email, admin_password, next));
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/surveys").status == 200);
  BOOST_TEST(error_code(sign_in(port, admin_email, admin_password, next)) == "invalid_two_factor_code");
  // A recovery code, typed loosely, once.
  std::string typed = enrolled.recovery_codes[3];
  for (char& ch : typed) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  session_of(sign_in(port, admin_email, admin_password, " " + typed + " "));
  BOOST_TEST(error_code(sign_in(port, admin_email, admin_password, enrolled.recovery_codes[3])) == "invalid_two_factor_code");
  // A code without the password gets nowhere, and says nothing about the code.
  BOOST_TEST(error_code(sign_in(port, admin_email, "niet het wachtwoord", enrolled.recovery_codes[4])) == "invalid_credentials");
  session_of(sign_in(port, admin_email, admin_password, enrolled.recovery_codes[4]));

  // Wrong codes count as wrong passwords: after 5 in a row the account is locked, and even the
  // password with an unused recovery code is refused.
  for (int i = 0; i < 5; ++i) BOOST_TEST(error_code(sign_in(port, admin_email, admin_password, "000000")) == "invalid_two_factor_code");
  BOOST_TEST(error_code(sign_in(port, admin_email, admin_password, enrolled.recovery_codes[5])) == "invalid_credentials");
  BOOST_TEST(audited(staff.url, "action = 'login' AND details->>'second_factor' = 'recovery code'") == 2);
  BOOST_TEST(audited(staff.url, "action = 'login' AND details->>'second_factor' = 'authenticator app'") == 1);
  BOOST_TEST(audited(staff.url, "action = 'login.failed' AND details->>'reason' = 'wrong second factor' "
                                "AND details->>'locked_minutes' = '15'") == 1);
}

BOOST_AUTO_TEST_CASE(an_admin_resets_a_lost_phone_and_every_account_can_be_required_to_enrol) {
  StaffDatabase staff("http_two_factor_reset");
  ServerProcess server({"serve", "--port", "0"}, production_rule(staff.url, "staff"));
  const auto port = server.port();
  const Login analyst = log_in(port, analyst_email, analyst_password);
  BOOST_TEST(staff_request(port, analyst, "GET", "/api/session").json_body()["must_enrol_two_factor"] == true);
  BOOST_TEST(error_code(staff_request(port, analyst, "GET", "/api/admin/surveys")) == "two_factor_enrolment_required");
  enrol(port, analyst);
  BOOST_TEST(staff_request(port, analyst, "GET", "/api/admin/surveys").status == 200);

  const Login admin = log_in(port, admin_email, admin_password);
  enrol(port, admin);
  const auto accounts = staff_request(port, admin, "GET", "/api/admin/accounts").json_body()["accounts"];
  BOOST_TEST(accounts[0]["email"] == analyst_email);
  BOOST_TEST(accounts[0]["two_factor"] == true);
  const auto reset = staff_request(port, admin, "POST",
                                   "/api/admin/accounts/" + std::to_string(accounts[0]["id"].get<long long>()) +
                                       "/two-factor/reset");
  BOOST_TEST_REQUIRE(reset.status == 200, reset.body);
  BOOST_TEST(reset.json_body()["account"]["two_factor"] == false);
  BOOST_TEST(staff_request(port, analyst, "GET", "/api/session").status == 401);
  // The lost phone's codes are gone with it; the password alone signs in, to set up a new phone.
  const Login again = session_of(sign_in(port, analyst_email, analyst_password));
  BOOST_TEST(staff_request(port, again, "GET", "/api/session").json_body()["must_enrol_two_factor"] == true);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/accounts/999999/two-factor/reset")) == "not_found");
  BOOST_TEST(audited(staff.url, "action = 'account.two_factor_reset' AND actor = '" + admin_email +
                                    "' AND details->>'recovery_codes_removed' = '10'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
