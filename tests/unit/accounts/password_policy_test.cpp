// Which passwords a staff account may have (issue 20, item 3).
#include "core/accounts/password_policy.hpp"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/base/error.hpp"

using namespace mienskip;

namespace {

// The rule's message and its name ("rule: common"), or "" when the password is accepted.
std::string refusal(const std::string& password, const std::string& email = "") {
  try {
    check_password_strength(password, email);
    return "";
  } catch (const Error& e) {
    BOOST_TEST(e.code() == "weak_password");
    BOOST_TEST_REQUIRE(e.params().size() == 1u);
    return std::string(e.what()) + " rule: " + e.params()[0].second;
  }
}

bool says(const std::string& message, const std::string& words) { return message.find(words) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(password_policy)

BOOST_AUTO_TEST_CASE(sentences_are_accepted) {
  for (const std::string& password : std::vector<std::string>{
           "een lange zin als wachtwoord", "Ik fyts op snein nei Snits", "correct horse battery staple",
           "Skûtsjesilen 2026 op it Slotermar"}) {
    BOOST_TEST(refusal(password, "griffie@sudwestfryslan.nl").empty(), password);
  }
}

BOOST_AUTO_TEST_CASE(length_is_counted_in_characters_not_bytes) {
  BOOST_TEST(says(refusal("kort maar"), "at least 12 characters"));
  BOOST_TEST(says(refusal("kort maar"), "rule: too_short"));
  // Eleven letters, twenty-two bytes: still too short.
  BOOST_TEST(says(refusal("ûûêêôôââëëï"), "at least 12 characters"));
  BOOST_TEST(refusal("ûûêêôôââëëïa").empty());
  BOOST_TEST(says(refusal(std::string(1001, 'x') + "abcde"), "at most 1000 bytes"));
}

BOOST_AUTO_TEST_CASE(common_passwords_are_refused_also_with_digits_or_symbols_added) {
  // From the shipped lists: the English-language one (zxcvbn) and the Dutch additions.
  for (const std::string& password : std::vector<std::string>{
           "1qaz2wsx3edc", "QAZWSXEDCRFV", "qwerty123456", "Password123456", "Welkom2026!!!", "wachtwoord1234",
           "!!Sudwestfryslan2026", "Feyenoord010!!", "Dragon 2026!!!"}) {
    BOOST_TEST(says(refusal(password), "commonly used"), password);
    BOOST_TEST(says(refusal(password), "rule: common"), password);
  }
  // A common word inside a longer sentence is no problem: only the whole, or the whole without
  // its decoration, is compared.
  BOOST_TEST(refusal("mijn wachtwoord is een lange zin").empty());
}

BOOST_AUTO_TEST_CASE(repeats_and_the_own_address_are_refused) {
  BOOST_TEST(says(refusal("aaaaaaaaaaaaaaa"), "rule: repeats"));
  BOOST_TEST(says(refusal("121212121212"), "repeats"));
  BOOST_TEST(says(refusal("abcdabcdabcd"), "repeats"));
  BOOST_TEST(says(refusal("jan.de.vries is mijn naam", "Jan.de.Vries@gemeente.frl"), "rule: email_name"));
  // A short name part (under 4 characters) is not looked for.
  BOOST_TEST(refusal("een lange zin met jo erin", "jo@gemeente.frl").empty());
}

BOOST_AUTO_TEST_CASE(the_shipped_lists_are_compiled_in) {
  std::size_t lines = 0;
  for (const auto& file : embedded_password_lists()) {
    for (const char c : file.text) lines += c == '\n';
  }
  BOOST_TEST(embedded_password_lists().size() == 2u);
  BOOST_TEST(lines > 30000u);
}

BOOST_AUTO_TEST_SUITE_END()
