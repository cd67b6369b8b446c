// The parts of two-factor sign-in that need no database (issue 20, item 2): TOTP against RFC 6238's
// own test values, sealed keys, recovery codes and the QR code.
#include <boost/test/unit_test.hpp>
#include <set>
#include <string>
#include <vector>

#include "app/qr_svg.hpp"
#include "core/accounts/recovery_codes.hpp"
#include "core/crypto/sealed_secret.hpp"
#include "core/crypto/totp.hpp"

using namespace mienskip;

BOOST_AUTO_TEST_SUITE(two_factor)

// RFC 6238, appendix B (SHA-1, key "12345678901234567890"): the 8-digit values end in these six.
BOOST_AUTO_TEST_CASE(codes_are_those_of_rfc_6238) {
  const std::string key = "12345678901234567890";
  BOOST_TEST(totp_code(key, 59) == "287082");
  BOOST_TEST(totp_code(key, 1111111109) == "081804");
  BOOST_TEST(totp_code(key, 1111111111) == "050471");
  BOOST_TEST(totp_code(key, 1234567890) == "005924");
  BOOST_TEST(totp_code(key, 2000000000) == "279037");
  BOOST_TEST(totp_key_base32(key) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

BOOST_AUTO_TEST_CASE(a_code_matches_its_step_once_and_a_step_either_side) {
  const std::string key = "12345678901234567890";
  const std::time_t now = 1234567890;  // step 41152263
  BOOST_TEST(*totp_step_of(key, "005924", now, std::nullopt) == 41152263);
  BOOST_TEST(*totp_step_of(key, "005 924", now, std::nullopt) == 41152263);
  // The phone's clock 30 s behind or ahead still works; two steps off does not.
  BOOST_TEST(*totp_step_of(key, totp_code(key, now - 30), now, std::nullopt) == 41152262);
  BOOST_TEST(*totp_step_of(key, totp_code(key, now + 30), now, std::nullopt) == 41152264);
  BOOST_TEST(!totp_step_of(key, totp_code(key, now - 60), now, std::nullopt));
  // Used once (the last step accepted is kept), it is not accepted again, nor an older one.
  BOOST_TEST(!totp_step_of(key, "005924", now, 41152263));
  BOOST_TEST(!totp_step_of(key, totp_code(key, now - 30), now, 41152263));
  BOOST_TEST(*totp_step_of(key, totp_code(key, now + 30), now, 41152263) == 41152264);
  for (const std::string typed : {"", "00592", "0059240", "00592a", "-05924", "005924\n"}) {
    BOOST_TEST(!totp_step_of(key, typed, now, std::nullopt), typed);
  }
}

BOOST_AUTO_TEST_CASE(the_address_for_an_app_names_the_account) {
  const auto uri = totp_uri("12345678901234567890", "Mienskip", "jan.de.vries@gemeente.frl");
  BOOST_TEST(uri == "otpauth://totp/Mienskip:jan.de.vries@gemeente.frl?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                    "&issuer=Mienskip&algorithm=SHA1&digits=6&period=30");
  BOOST_TEST(new_totp_key().size() == 20u);
  BOOST_TEST(new_totp_key() != new_totp_key());
}

BOOST_AUTO_TEST_CASE(a_sealed_key_opens_only_with_its_secret_purpose_and_account) {
  const std::string secret = "server-secret-0123456789abcdef-0123456789";
  const auto sealed = seal_secret(secret, "totp-key", "7", "twenty bytes of key!");
  BOOST_TEST(sealed.rfind("v1$", 0) == 0u);
  BOOST_TEST(sealed.find("twenty") == std::string::npos);
  BOOST_TEST(seal_secret(secret, "totp-key", "7", "twenty bytes of key!") != sealed);  // a nonce each time
  BOOST_TEST(*open_secret(secret, "totp-key", "7", sealed) == "twenty bytes of key!");
  BOOST_TEST(!open_secret(secret + "x", "totp-key", "7", sealed));
  BOOST_TEST(!open_secret(secret, "other", "7", sealed));
  BOOST_TEST(!open_secret(secret, "totp-key", "8", sealed));  // copied to another account
  std::string altered = sealed;
  altered[sealed.find('$', 3) + 1] ^= 1;  // a bit of the ciphertext flipped
  BOOST_TEST(!open_secret(secret, "totp-key", "7", altered));
  for (const std::string& junk : std::vector<std::string>{"", "v1$", "v1$zz$00$00", "v2$" + sealed.substr(3), sealed + "0"}) {
    BOOST_TEST(!open_secret(secret, "totp-key", "7", junk), junk);
  }
}

BOOST_AUTO_TEST_CASE(recovery_codes_are_random_readable_and_compared_as_typed) {
  const auto codes = new_recovery_codes();
  BOOST_TEST(codes.size() == 10u);
  BOOST_TEST(std::set<std::string>(codes.begin(), codes.end()).size() == 10u);
  for (const auto& code : codes) {
    BOOST_TEST(code.size() == 19u);
    BOOST_TEST((code[4] == '-' && code[9] == '-' && code[14] == '-'), code);
    BOOST_TEST(code.find_first_of("01ilou") == std::string::npos, code);
  }
  const auto typed = " " + codes[0].substr(0, 9) + " " + codes[0].substr(10) + " ";
  std::string upper = typed;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  BOOST_TEST(*normalise_recovery_code(upper) == *normalise_recovery_code(codes[0]));
  BOOST_TEST(!normalise_recovery_code("123456"));
  BOOST_TEST(!normalise_recovery_code(codes[0] + "a"));
  BOOST_TEST(!normalise_recovery_code("o000-0000-0000-0000"));
  const auto normalised = *normalise_recovery_code(codes[0]);
  BOOST_TEST(recovery_code_hash("s", 1, normalised).size() == 64u);
  BOOST_TEST(recovery_code_hash("s", 1, normalised) != recovery_code_hash("s", 2, normalised));
  BOOST_TEST(recovery_code_hash("s", 1, normalised) != recovery_code_hash("t", 1, normalised));
}

BOOST_AUTO_TEST_CASE(the_qr_code_is_an_svg_with_its_quiet_zone) {
  const auto svg = app::qr_svg("otpauth://totp/Mienskip:a@b.nl?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  BOOST_TEST(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", 0) == 0u);
  BOOST_TEST(svg.find("M4 4h1v1h-1z") != std::string::npos);  // the finder pattern's first module
  BOOST_TEST(svg.find("<script") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
