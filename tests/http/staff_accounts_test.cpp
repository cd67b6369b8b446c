// Staff accounts after they are made (issue 20): an admin adds, disables, enables, removes and
// changes them through a real `mienskip serve`; a temporary password opens only its own change;
// the last admin stays; an old password hash is made stronger at the next sign-in.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <pqxx/pqxx>

#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

const std::string new_email = "nieuw@sudwestfryslan.nl";
const std::string temporary = "tijdelijke zin voor de eerste keer";

int audited(const std::string& url, const std::string& condition) {
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  return tx.exec1("SELECT count(*) FROM audit_log WHERE " + condition)[0].as<int>();
}

// The account's number in the admins' list.
long long id_of(std::uint16_t port, const Login& admin, const std::string& email) {
  const auto accounts = staff_request(port, admin, "GET", "/api/admin/accounts").json_body()["accounts"];
  for (const auto& account : accounts) {
    if (account["email"] == email) return account["id"].get<long long>();
  }
  BOOST_FAIL("no account " + email);
  return 0;
}

// A login's reply, whatever it is.
Reply sign_in(std::uint16_t port, const std::string& email, const std::string& password) {
  return staff_request(port, std::nullopt, "POST", "/api/session", json{{"email", email}, {"password", password}}.dump());
}

std::string account_path(long long id, const std::string& tail = "") {
  return "/api/admin/accounts/" + std::to_string(id) + tail;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_account_lifecycle)

BOOST_AUTO_TEST_CASE(a_new_account_must_choose_its_own_password_before_anything_else) {
  StaffDatabase staff("http_accounts_new");
  ServerProcess server({"serve", "--port", "0"}, server_environment(staff.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  auto add = [&](const std::string& password) {
    return staff_request(port, admin, "POST", "/api/admin/accounts",
                         json{{"email", " Nieuw@SudwestFryslan.nl"}, {"role", "analyst"}, {"password", password}}.dump());
  };
  const auto common = add("Welkom2026!!!!");
  BOOST_TEST(common.status == 400);
  BOOST_TEST(error_code(common) == "weak_password");
  const auto added = add(temporary);
  BOOST_TEST_REQUIRE(added.status == 201, added.body);
  BOOST_TEST(added.json_body()["account"]["email"] == new_email);
  BOOST_TEST(added.json_body()["account"]["must_change_password"] == true);
  BOOST_TEST(error_code(add(temporary)) == "account_exists");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/accounts",
                                      json{{"email", "geen adres"}, {"role", "analyst"}, {"password", temporary}}.dump())) ==
             "invalid_email");

  const Login newcomer = log_in(port, new_email, temporary);
  BOOST_TEST(staff_request(port, newcomer, "GET", "/api/session").json_body()["must_change_password"] == true);
  const auto blocked = staff_request(port, newcomer, "GET", "/api/admin/surveys");
  BOOST_TEST(blocked.status == 403);
  BOOST_TEST(error_code(blocked) == "password_change_required");
  auto change = [&](const std::string& current, const std::string& next) {
    return staff_request(port, newcomer, "PUT", "/api/session/password",
                         json{{"current_password", current}, {"new_password", next}}.dump());
  };
  const auto wrong = change("niet de tijdelijke zin", "mijn eigen zin van vandaag");
  BOOST_TEST(wrong.status == 403);
  BOOST_TEST(error_code(wrong) == "wrong_password");
  BOOST_TEST(error_code(change(temporary, "nieuw@sudwestfryslan")) == "weak_password");
  BOOST_TEST(error_code(change(temporary, temporary)) == "weak_password");
  const auto changed = change(temporary, "mijn eigen zin van vandaag");
  BOOST_TEST(changed.status == 200, changed.body);
  BOOST_TEST(staff_request(port, newcomer, "GET", "/api/admin/surveys").status == 200);
  BOOST_TEST(staff_request(port, newcomer, "GET", "/api/session").json_body()["must_change_password"] == false);
  BOOST_TEST(log_in(port, new_email, "mijn eigen zin van vandaag").csrf.size() == 64u);

  BOOST_TEST(audited(staff.url, "action = 'account.created' AND actor = '" + admin_email +
                                    "' AND details->>'temporary_password' = 'true'") == 1);
  BOOST_TEST(audited(staff.url, "action = 'account.password_change_refused' AND actor = '" + new_email + "'") == 1);
  BOOST_TEST(audited(staff.url, "action = 'account.password_changed' AND actor = '" + new_email + "'") == 1);
  BOOST_TEST(audited(staff.url, "details::text ILIKE '%zin%'") == 0);
}

BOOST_AUTO_TEST_CASE(a_disabled_account_is_out_at_its_next_request) {
  StaffDatabase staff("http_accounts_disable");
  ServerProcess server({"serve", "--port", "0"}, server_environment(staff.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  BOOST_TEST(staff_request(port, analyst, "GET", "/api/admin/surveys").status == 200);
  const auto id = id_of(port, admin, analyst_email);
  const auto disabled = staff_request(port, admin, "POST", account_path(id, "/disable"));
  BOOST_TEST_REQUIRE(disabled.status == 200, disabled.body);
  BOOST_TEST(disabled.json_body()["account"]["status"] == "disabled");
  BOOST_TEST(disabled.json_body()["account"]["sessions"] == 0);
  BOOST_TEST(staff_request(port, analyst, "GET", "/api/admin/surveys").status == 401);
  // Refused exactly as a wrong password is, so the answer does not tell the account is disabled.
  const auto refused = sign_in(port, analyst_email, analyst_password);
  const auto wrong = sign_in(port, analyst_email, "een verkeerde zin");
  BOOST_TEST(refused.status == 401);
  BOOST_TEST(refused.body == wrong.body);
  BOOST_TEST(staff_request(port, admin, "POST", account_path(id, "/enable")).json_body()["account"]["status"] == "active");
  BOOST_TEST(staff_request(port, log_in(port, analyst_email, analyst_password), "GET", "/api/admin/surveys").status == 200);
  BOOST_TEST(audited(staff.url, "action = 'account.disabled' AND subject = 'account:" + analyst_email +
                                    "' AND details->>'sessions_ended' = '1'") == 1);
  BOOST_TEST(audited(staff.url, "action = 'login.refused' AND details->>'reason' = 'disabled'") == 2);
  BOOST_TEST(audited(staff.url, "action = 'account.enabled'") == 1);
  const auto list = staff_request(port, admin, "GET", "/api/admin/accounts").json_body()["accounts"];
  BOOST_TEST(list.size() == 2u);
  BOOST_TEST(list[1]["email"] == admin_email);  // by address: analist < griffie
  BOOST_TEST(list[1]["you"] == true);
  BOOST_TEST(list[0]["last_login_at"].is_string());
}

BOOST_AUTO_TEST_CASE(the_last_admin_stays_an_enabled_admin) {
  StaffDatabase staff("http_accounts_last_admin");
  ServerProcess server({"serve", "--port", "0"}, server_environment(staff.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const auto self = id_of(port, admin, admin_email);
  const auto analyst = id_of(port, admin, analyst_email);
  for (const auto& [method, path, body] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"PUT", account_path(self, "/role"), R"({"role": "analyst"})"},
           {"POST", account_path(self, "/disable"), ""},
           {"DELETE", account_path(self), ""}}) {
    const auto reply = staff_request(port, admin, method, path, body);
    BOOST_TEST(reply.status == 409, method << " " << path << ": " << reply.body);
    BOOST_TEST(error_code(reply) == "last_admin");
  }
  BOOST_TEST(staff_request(port, admin, "GET", "/api/session").status == 200);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/accounts/999999/disable")) == "not_found");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/accounts/griffie/disable")) == "not_found");
  BOOST_TEST(error_code(staff_request(port, admin, "PUT", account_path(analyst, "/role"), R"({"role": "baas"})")) ==
             "bad_request");

  // With a second admin, the first may step down; the audit log says who did what.
  BOOST_TEST(staff_request(port, admin, "PUT", account_path(analyst, "/role"), R"({"role": "admin"})").status == 200);
  const auto stepped_down = staff_request(port, admin, "PUT", account_path(self, "/role"), R"({"role": "analyst"})");
  BOOST_TEST(stepped_down.json_body()["account"]["role"] == "analyst");
  // The session carries the new role at its next request.
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/accounts").status == 403);
  const Login other = log_in(port, analyst_email, analyst_password);
  BOOST_TEST(staff_request(port, other, "DELETE", account_path(self)).json_body()["removed"] == true);
  BOOST_TEST(staff_request(port, admin, "GET", "/api/session").status == 401);
  BOOST_TEST(audited(staff.url, "action = 'account.role_changed' AND details->>'to' = 'analyst'") == 1);
  BOOST_TEST(audited(staff.url, "action = 'account.removed' AND actor = '" + analyst_email + "'") == 1);
}

BOOST_AUTO_TEST_CASE(sessions_end_and_a_forgotten_password_is_replaced) {
  StaffDatabase staff("http_accounts_reset");
  ServerProcess server({"serve", "--port", "0"}, server_environment(staff.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login phone = log_in(port, analyst_email, analyst_password);
  const Login laptop = log_in(port, analyst_email, analyst_password);
  const auto id = id_of(port, admin, analyst_email);
  const auto ended = staff_request(port, admin, "POST", account_path(id, "/end-sessions"));
  BOOST_TEST(ended.json_body()["ended"] == 2);
  BOOST_TEST(staff_request(port, phone, "GET", "/api/session").status == 401);
  BOOST_TEST(staff_request(port, laptop, "GET", "/api/session").status == 401);

  const auto weak = staff_request(port, admin, "POST", account_path(id, "/password-change"),
                                  json{{"temporary_password", "analist1234567"}}.dump());
  BOOST_TEST(error_code(weak) == "weak_password");
  const auto reset = staff_request(port, admin, "POST", account_path(id, "/password-change"),
                                   json{{"temporary_password", temporary}}.dump());
  BOOST_TEST(reset.json_body()["account"]["must_change_password"] == true);
  BOOST_TEST(sign_in(port, analyst_email, analyst_password).status == 401);
  const Login back = log_in(port, analyst_email, temporary);
  BOOST_TEST(error_code(staff_request(port, back, "GET", "/api/admin/surveys")) == "password_change_required");
  // Without a temporary password the old one still opens the change, and only that.
  const auto asked = staff_request(port, admin, "POST", account_path(id_of(port, admin, admin_email), "/password-change"), "{}");
  BOOST_TEST(asked.json_body()["account"]["must_change_password"] == true);
  BOOST_TEST(staff_request(port, admin, "GET", "/api/session").status == 401);
  const Login again = log_in(port, admin_email, admin_password);
  BOOST_TEST(error_code(staff_request(port, again, "GET", "/api/admin/accounts")) == "password_change_required");
  BOOST_TEST(audited(staff.url, "action = 'account.sessions_ended' AND details->>'sessions_ended' = '2'") == 1);
  BOOST_TEST(audited(staff.url, "action = 'account.password_change_required' AND details->>'temporary_password' = 'true'") ==
             1);
}

// The same lifecycle from the server's command line, for the operator (and for a municipality
// whose only admin has left): audited as "cli".
BOOST_AUTO_TEST_CASE(the_command_line_manages_accounts_too) {
  StaffDatabase staff("http_accounts_cli");
  const auto env = server_environment(staff.url);
  std::string output;
  BOOST_TEST(run_mienskip({"user", "list"}, env, output) == 0, output);
  BOOST_TEST(output.find("analist@sudwestfryslan.nl\tanalyst\tactive\tnever\t0") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "remove", "--email", admin_email}, env, output) == 1);
  BOOST_TEST(output.find("[last_admin]") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "disable", "--email", "Analist@SudwestFryslan.nl"}, env, output) == 0, output);
  BOOST_TEST(run_mienskip({"user", "password", "--email", analyst_email}, env, output, "Welkom2026!!!!\n") == 1);
  BOOST_TEST(output.find("commonly used") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "password", "--email", analyst_email}, env, output, temporary + "\n") == 0, output);
  BOOST_TEST(run_mienskip({"user", "role", "--email", analyst_email, "--role", "admin"}, env, output) == 0, output);
  BOOST_TEST(run_mienskip({"user", "list"}, env, output) == 0, output);
  BOOST_TEST(output.find("analist@sudwestfryslan.nl\tadmin\tdisabled") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "enable", "--email", analyst_email}, env, output) == 0, output);
  BOOST_TEST(run_mienskip({"user", "list"}, env, output) == 0, output);
  BOOST_TEST(output.find("analist@sudwestfryslan.nl\tadmin\tmust choose a password") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"user", "remove", "--email", "niemand@sudwestfryslan.nl"}, env, output) == 1);
  BOOST_TEST(output.find("[not_found]") != std::string::npos, output);
  BOOST_TEST(audited(staff.url, "actor = 'cli' AND action IN ('account.disabled', 'account.enabled', "
                                "'account.password_change_required', 'account.role_changed')") == 4);
}

// Hashes made before issue 20 used N = 2^15; the login that proves the password stores it again
// with today's parameters, and the password keeps working.
BOOST_AUTO_TEST_CASE(an_older_password_hash_is_made_stronger_at_sign_in) {
  StaffDatabase staff("http_accounts_rehash");
  const std::string salt(16, 's');
  unsigned char hash[32];
  BOOST_TEST_REQUIRE(EVP_PBE_scrypt(analyst_password.data(), analyst_password.size(),
                                    reinterpret_cast<const unsigned char*>(salt.data()), salt.size(), 1u << 15, 8, 1,
                                    64u << 20, hash, sizeof hash) == 1);
  auto hex = [](const unsigned char* bytes, std::size_t size) {
    std::string text;
    for (std::size_t i = 0; i < size; ++i) text += "0123456789abcdef"[bytes[i] >> 4], text += "0123456789abcdef"[bytes[i] & 15];
    return text;
  };
  const std::string old_hash = "scrypt$15$8$1$" + hex(reinterpret_cast<const unsigned char*>(salt.data()), salt.size()) +
                               "$" + hex(hash, sizeof hash);
  {
    pqxx::connection c(staff.url);
    pqxx::work tx(c);
    tx.exec_params("UPDATE accounts SET password_hash = $1 WHERE email = $2", old_hash, analyst_email);
    tx.commit();
  }
  ServerProcess server({"serve", "--port", "0"}, server_environment(staff.url));
  const auto port = server.port();
  log_in(port, analyst_email, analyst_password);
  pqxx::connection c(staff.url);
  pqxx::nontransaction tx(c);
  const auto stored = tx.exec_params1("SELECT password_hash FROM accounts WHERE email = $1", analyst_email)[0].as<std::string>();
  BOOST_TEST(stored.rfind("scrypt$17$8$1$", 0) == 0u, stored);
  BOOST_TEST(audited(staff.url, "action = 'account.password_rehashed' AND details->>'from' = 'scrypt$15$8$1' "
                                "AND details->>'to' = 'scrypt$17$8$1'") == 1);
  log_in(port, analyst_email, analyst_password);
  BOOST_TEST(audited(staff.url, "action = 'account.password_rehashed'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
