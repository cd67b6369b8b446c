#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <set>

#include "core/invitations/invitation_code.hpp"

using namespace mienskip;

BOOST_AUTO_TEST_SUITE(invitation_codes)

BOOST_AUTO_TEST_CASE(codes_are_grouped_and_from_the_alphabet) {
  for (int i = 0; i < 200; ++i) {
    const auto code = new_invitation_code();
    BOOST_TEST_REQUIRE(code.size() == 14u);
    BOOST_TEST(code[4] == '-');
    BOOST_TEST(code[9] == '-');
    const auto normalised = normalise_invitation_code(code);
    BOOST_TEST_REQUIRE(normalised.has_value());
    BOOST_TEST(normalised->size() == 12u);
  }
}

BOOST_AUTO_TEST_CASE(every_symbol_is_used_about_equally) {
  std::map<char, int> count;
  const int codes = 3000;
  for (const auto& code : new_invitation_codes(codes)) {
    const std::string normalised = normalise_invitation_code(code).value();
    for (char c : normalised) ++count[c];
  }
  BOOST_TEST(count.size() == invitation_code_alphabet.size());
  const double expected = codes * 12.0 / invitation_code_alphabet.size();
  for (const auto& [symbol, n] : count) {
    // 1241 expected per symbol; 6 standard deviations is about +-210.
    BOOST_TEST(std::abs(n - expected) < 6 * std::sqrt(expected), "symbol " << symbol << ": " << n);
  }
}

BOOST_AUTO_TEST_CASE(generated_codes_are_distinct) {
  const auto codes = new_invitation_codes(5000);
  BOOST_TEST(std::set<std::string>(codes.begin(), codes.end()).size() == 5000u);
}

BOOST_AUTO_TEST_CASE(typing_variations_are_accepted_and_nonsense_refused) {
  BOOST_TEST(*normalise_invitation_code("k7qm x2pa 9rtd") == "K7QMX2PA9RTD");
  BOOST_TEST(*normalise_invitation_code(" K7QM-X2PA-9RTD ") == "K7QMX2PA9RTD");
  BOOST_TEST(!normalise_invitation_code("K7QM-X2PA-9RT").has_value());    // too short
  BOOST_TEST(!normalise_invitation_code("K7QM-X2PA-9RTDD").has_value());  // too long
  BOOST_TEST(!normalise_invitation_code("K7QM-X2PA-9RT0").has_value());   // 0 is not used
  BOOST_TEST(!normalise_invitation_code("K7QM-X2PA-9RTI").has_value());   // nor I
  BOOST_TEST(!normalise_invitation_code("").has_value());
}

BOOST_AUTO_TEST_CASE(a_code_from_a_qr_code_is_filled_in_as_printed) {
  BOOST_TEST(*printed_invitation_code("k7qmx2pa9rtd") == "K7QM-X2PA-9RTD");
  BOOST_TEST(*printed_invitation_code(" K7QM X2PA-9RTD") == "K7QM-X2PA-9RTD");
  BOOST_TEST(!printed_invitation_code("K7QM-X2PA-9RT0").has_value());
  BOOST_TEST(!printed_invitation_code("<b>K7QM</b>").has_value());
  BOOST_TEST(!printed_invitation_code("").has_value());
  const auto code = new_invitation_code();
  BOOST_TEST(*printed_invitation_code(code) == code);
}

BOOST_AUTO_TEST_CASE(hash_is_hmac_sha256_keyed_by_the_secret) {
  const auto a = invitation_code_hash("secret-one-0123456789abcdef0123456789", "K7QMX2PA9RTD");
  BOOST_TEST(a.size() == 64u);
  BOOST_TEST(a == invitation_code_hash("secret-one-0123456789abcdef0123456789", "K7QMX2PA9RTD"));
  BOOST_TEST(a != invitation_code_hash("secret-two-0123456789abcdef0123456789", "K7QMX2PA9RTD"));
  BOOST_TEST(a != invitation_code_hash("secret-one-0123456789abcdef0123456789", "K7QMX2PA9RTE"));
  // Independently computed: printf 'mienskip-invitation-code:K7QMX2PA9RTD' |
  //   openssl dgst -sha256 -hmac key
  BOOST_TEST(invitation_code_hash("key", "K7QMX2PA9RTD") == "a701ea0557cea05bb247e38297d75077885b5c81092b2c0c4daca01a538497fc");
}

// Issue 18: a letter's code is derived, so the database need not keep it. Independently computed
// (Python's hmac): HMAC-SHA256 under the secret of "mienskip-letter-code:FORUM:LETTER:BLOCK",
// bytes from 232 up skipped, the rest taken modulo 29 into the alphabet.
BOOST_AUTO_TEST_CASE(a_letter_code_is_derived_from_the_secret_the_forum_and_the_letter) {
  BOOST_TEST(letter_code("key", 7, 1) == "W2SE-YE7R-K3MF");
  BOOST_TEST(letter_code("key", 7, 2) == "27X9-DX5X-DZX9");
  BOOST_TEST(letter_code("key", 8, 1) == "ED8K-KJS2-4NSE");
  BOOST_TEST(letter_code("other key", 7, 1) != letter_code("key", 7, 1));
  std::set<std::string> codes;
  for (long long letter = 1; letter <= 5000; ++letter) {
    const auto code = letter_code("a-secret-of-forty-characters-0123456789", 3, letter);
    BOOST_TEST_REQUIRE(normalise_invitation_code(code).has_value(), code);
    codes.insert(code);
  }
  BOOST_TEST(codes.size() == 5000u);
}

BOOST_AUTO_TEST_CASE(a_batch_holds_the_codes_and_the_hashes_the_server_checks) {
  const std::string secret = "batch-secret-0123456789abcdef-0123456789";
  const auto batch = new_invitation_batch(secret, 25);
  BOOST_TEST_REQUIRE(batch.codes.size() == 25u);
  BOOST_TEST_REQUIRE(batch.hashes.size() == 25u);
  BOOST_TEST(std::set<std::string>(batch.codes.begin(), batch.codes.end()).size() == 25u);
  for (std::size_t i = 0; i < batch.codes.size(); ++i) {
    BOOST_TEST(batch.hashes[i] == invitation_code_hash(secret, *normalise_invitation_code(batch.codes[i])));
  }
}

BOOST_AUTO_TEST_CASE(the_codes_file_has_a_header_and_one_code_per_line) {
  BOOST_TEST(invitation_codes_csv({"K7QM-X2PA-9RTD", "ABCD-EFGH-JKMN"}) == "code\nK7QM-X2PA-9RTD\nABCD-EFGH-JKMN\n");
  BOOST_TEST(invitation_codes_csv({}) == "code\n");
}

BOOST_AUTO_TEST_SUITE_END()

#include "core/crypto/random_token.hpp"

BOOST_AUTO_TEST_CASE(random_tokens_are_prefixed_hex_and_distinct) {
  const auto token = random_token("r-");
  BOOST_TEST(token.size() == 34u);
  BOOST_TEST(token.rfind("r-", 0) == 0u);
  BOOST_TEST(token.find_first_not_of("0123456789abcdef", 2) == std::string::npos);
  BOOST_TEST(random_token("x", 4).size() == 9u);
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(random_token("form-"));
  BOOST_TEST(seen.size() == 1000u);
}
