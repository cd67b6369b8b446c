// E-mail addresses as staff type them, checked before anything is stored or hashed.
#include "core/accounts/account_email.hpp"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace mienskip;

BOOST_AUTO_TEST_SUITE(account_email)

BOOST_AUTO_TEST_CASE(addresses_are_trimmed_and_lower_cased) {
  BOOST_TEST(*normalise_account_email(" Griffie@SudwestFryslan.NL ") == "griffie@sudwestfryslan.nl");
  BOOST_TEST(*normalise_account_email("a@b.c") == "a@b.c");
  BOOST_TEST(*normalise_account_email("a@b..c") == "a@b..c");  // the accounts table accepts it too
  BOOST_TEST(*normalise_account_email("jan.de.vries@gemeente.frl") == "jan.de.vries@gemeente.frl");
}

BOOST_AUTO_TEST_CASE(what_cannot_be_an_account_is_refused) {
  for (const std::string& typed : std::vector<std::string>{"", "   ", "griffie", "@sudwestfryslan.nl", "griffie@", "griffie@nl", "griffie@.nl",
                                  "griffie@nl.", "a@b@c.nl", "jan de vries@gemeente.nl", "jan\t@gemeente.nl",
                                  "jan\n@gemeente.nl", std::string("jan\0@gemeente.nl", 16), "een lange zin als wachtwoord",
                                  "jan\xff@gemeente.nl"}) {
    BOOST_TEST(!normalise_account_email(typed).has_value(), "'" << typed << "'");
  }
}

BOOST_AUTO_TEST_CASE(addresses_are_at_most_254_bytes) {
  const std::string domain = "@sudwestfryslan.nl";
  const std::string longest = std::string(254 - domain.size(), 'a') + domain;
  BOOST_TEST(normalise_account_email(longest).has_value());
  BOOST_TEST(!normalise_account_email("b" + longest).has_value());
  BOOST_TEST(normalise_account_email("  " + longest + "  ").has_value());  // spaces around do not count
  BOOST_TEST(!normalise_account_email(std::string(900'000, 'x') + domain).has_value());
}

BOOST_AUTO_TEST_CASE(unknown_addresses_are_named_by_a_keyed_hash) {
  const std::string secret = "een geheim van minstens tweeendertig tekens";
  const auto hash = unknown_email_hash(secret, "niemand@sudwestfryslan.nl");
  BOOST_TEST(hash.size() == 64u);
  BOOST_TEST(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
  BOOST_TEST(hash == unknown_email_hash(secret, "niemand@sudwestfryslan.nl"));
  BOOST_TEST(hash != unknown_email_hash(secret, "iemand@sudwestfryslan.nl"));
  BOOST_TEST(hash != unknown_email_hash(secret + "!", "niemand@sudwestfryslan.nl"));
  // HMAC-SHA256(key = "key", "mienskip-unknown-login-email:a@b.c"), computed with
  // `printf %s 'mienskip-unknown-login-email:a@b.c' | openssl dgst -sha256 -hmac key`.
  BOOST_TEST(unknown_email_hash("key", "a@b.c") == "ae7ef5d1870992121023bdd739961b9baaa4c70cf5b633ddc178a2bbcfeabe71");
}

BOOST_AUTO_TEST_SUITE_END()
