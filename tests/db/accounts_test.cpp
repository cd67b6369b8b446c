// Sessions expire when idle and after an absolute time, however active they are.
#include <boost/test/unit_test.hpp>
#include <atomic>
#include <pqxx/pqxx>
#include <thread>

#include "core/base/error.hpp"
#include "core/crypto/password.hpp"
#include "store/account_admin.hpp"
#include "store/accounts.hpp"
#include "support/test_database.hpp"

using namespace mienskip;

BOOST_AUTO_TEST_SUITE(sessions)

BOOST_AUTO_TEST_CASE(sessions_end_when_idle_or_too_old) {
  pqxx::connection c(test::fresh_database("accounts_sessions"));
  store::create_account(c, "griffie@sudwestfryslan.nl", store::Role::admin, hash_password("een lange zin als wachtwoord"),
                        "test");
  auto accept = [](const std::string&) { return true; };
  store::SessionPolicy policy;
  const auto session = store::log_in(c, {"griffie@sudwestfryslan.nl", ""}, accept, unmatched_password_hash(), policy);
  BOOST_TEST(store::find_session(c, session.token, policy).has_value());
  BOOST_TEST(!store::find_session(c, std::string(64, 'f'), policy).has_value());

  store::SessionPolicy idle = policy;
  idle.idle = std::chrono::minutes(0);
  BOOST_TEST(!store::find_session(c, session.token, idle).has_value());
  // An expired session is gone for good, also under the normal policy.
  BOOST_TEST(!store::find_session(c, session.token, policy).has_value());

  const auto second = store::log_in(c, {"griffie@sudwestfryslan.nl", ""}, accept, unmatched_password_hash(), policy);
  store::SessionPolicy old = policy;
  old.absolute = std::chrono::hours(0);
  BOOST_TEST(!store::find_session(c, second.token, old).has_value());
}

BOOST_AUTO_TEST_CASE(passwords_are_salted_scrypt) {
  const auto first = hash_password("een lange zin als wachtwoord");
  const auto second = hash_password("een lange zin als wachtwoord");
  BOOST_TEST(first != second);  // a salt per password
  BOOST_TEST(first.rfind("scrypt$17$8$1$", 0) == 0u);  // OWASP's recommendation (issue 20)
  BOOST_TEST(!password_needs_rehash(first));
  BOOST_TEST(password_needs_rehash("scrypt$15$8$1$" + first.substr(14)));
  BOOST_TEST(!password_needs_rehash("plain"));  // nothing to upgrade: it never matches
  BOOST_TEST(verify_password("een lange zin als wachtwoord", first));
  BOOST_TEST(!verify_password("een lange zin als wachtwoorD", first));
  BOOST_TEST(!verify_password("een lange zin als wachtwoord", "scrypt$15$8$1$zz$00"));
  BOOST_TEST(!verify_password("x", "plain"));
  // What an unknown address is checked against: the same form and cost, matched by no password.
  const auto unmatched = unmatched_password_hash();
  BOOST_TEST(unmatched.rfind("scrypt$17$8$1$", 0) == 0u);
  BOOST_TEST(unmatched.size() == first.size());
  BOOST_TEST(!verify_password("een lange zin als wachtwoord", unmatched));
  BOOST_TEST(!verify_password("", unmatched));
}

// Only addresses a login could find are stored: checked, trimmed, lower case, at most 254 bytes.
BOOST_AUTO_TEST_CASE(accounts_get_only_addresses_a_login_can_find) {
  pqxx::connection c(test::fresh_database("accounts_addresses"));
  const auto hash = hash_password("een lange zin als wachtwoord");
  const std::string domain = "@sudwestfryslan.nl";
  BOOST_TEST(store::create_account(c, " Griffie" + domain + " ", store::Role::admin, hash, "test").email ==
             "griffie" + domain);
  BOOST_TEST(store::create_account(c, std::string(254 - domain.size(), 'a') + domain, store::Role::analyst, hash, "test")
                 .email.size() == 254u);
  for (const std::string& email : {std::string(255 - domain.size(), 'b') + domain, std::string("jan de vries") + domain,
                                   std::string("jan\x01") + domain, std::string("griffie")}) {
    try {
      store::create_account(c, email, store::Role::analyst, hash, "test");
      BOOST_FAIL("accepted " << email);
    } catch (const Error& e) {
      BOOST_TEST(e.code() == "invalid_email");
    }
  }
}

// Two admins demoting each other at the same moment: one of them must stay admin. Both changes
// are held back behind a third transaction that locks the admins' rows, then let go together.
BOOST_AUTO_TEST_CASE(two_admins_demoting_each_other_at_once_leave_one_admin) {
  const std::string url = test::fresh_database("accounts_last_admin_race");
  pqxx::connection c(url);
  const auto hash = hash_password("een lange zin als wachtwoord");
  const auto first = store::create_account(c, "een@sudwestfryslan.nl", store::Role::admin, hash, "test");
  const auto second = store::create_account(c, "twee@sudwestfryslan.nl", store::Role::admin, hash, "test");
  pqxx::work holder(c);
  holder.exec("SELECT id FROM accounts WHERE role = 'admin' FOR UPDATE");
  std::atomic<int> refused{0};
  auto demote = [&](long long id) {
    pqxx::connection own(url);
    try {
      store::set_account_role(own, id, store::Role::analyst, "test");
    } catch (const Error& e) {
      if (e.code() == "last_admin") ++refused;
    }
  };
  std::thread one(demote, first.id), two(demote, second.id);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  holder.commit();
  one.join();
  two.join();
  BOOST_TEST(refused == 1);
  pqxx::nontransaction tx(c);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM accounts WHERE role = 'admin'")[0].as<int>() == 1);
}

BOOST_AUTO_TEST_SUITE_END()
