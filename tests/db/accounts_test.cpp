// Sessions expire when idle and after an absolute time, however active they are.
#include <boost/test/unit_test.hpp>
#include <pqxx/pqxx>

#include "core/error.hpp"
#include "core/password.hpp"
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
  const auto session = store::log_in(c, "griffie@sudwestfryslan.nl", accept, policy);
  BOOST_TEST(store::find_session(c, session.token, policy).has_value());
  BOOST_TEST(!store::find_session(c, std::string(64, 'f'), policy).has_value());

  store::SessionPolicy idle = policy;
  idle.idle = std::chrono::minutes(0);
  BOOST_TEST(!store::find_session(c, session.token, idle).has_value());
  // An expired session is gone for good, also under the normal policy.
  BOOST_TEST(!store::find_session(c, session.token, policy).has_value());

  const auto second = store::log_in(c, "griffie@sudwestfryslan.nl", accept, policy);
  store::SessionPolicy old = policy;
  old.absolute = std::chrono::hours(0);
  BOOST_TEST(!store::find_session(c, second.token, old).has_value());
}

BOOST_AUTO_TEST_CASE(passwords_are_salted_scrypt) {
  const auto first = hash_password("een lange zin als wachtwoord");
  const auto second = hash_password("een lange zin als wachtwoord");
  BOOST_TEST(first != second);  // a salt per password
  BOOST_TEST(first.rfind("scrypt$15$8$1$", 0) == 0u);
  BOOST_TEST(verify_password("een lange zin als wachtwoord", first));
  BOOST_TEST(!verify_password("een lange zin als wachtwoorD", first));
  BOOST_TEST(!verify_password("een lange zin als wachtwoord", "scrypt$15$8$1$zz$00"));
  BOOST_TEST(!verify_password("x", "plain"));
  BOOST_CHECK_THROW(check_password_strength("te kort"), Error);
}

BOOST_AUTO_TEST_SUITE_END()
