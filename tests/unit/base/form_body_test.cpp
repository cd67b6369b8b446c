#include "core/base/form_body.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "core/base/error.hpp"

using mienskip::Error;
using mienskip::FormLimits;
using mienskip::percent_decode;
using mienskip::read_form_body;

namespace {

std::string code_of(const std::string& body, const FormLimits& limits = {}) {
  try {
    read_form_body(body, limits);
    return "accepted";
  } catch (const Error& e) {
    return e.code();
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(form_body)

BOOST_AUTO_TEST_CASE(percent_decoding) {
  BOOST_TEST(*percent_decode("a%20b+c", false) == "a b+c");
  BOOST_TEST(*percent_decode("a%20b+c", true) == "a b c");
  BOOST_TEST(*percent_decode("Sn%C3%BAk", true) == "Snúk");
  BOOST_TEST(*percent_decode("%e2%82%AC", true) == "€");
  BOOST_TEST(!percent_decode("%", true));
  BOOST_TEST(!percent_decode("%4", true));
  BOOST_TEST(!percent_decode("ab%4", true));
  BOOST_TEST(!percent_decode("%g0", true));
  BOOST_TEST(*percent_decode("", true) == "");
}

BOOST_AUTO_TEST_CASE(fields_in_order_decoded) {
  const auto fields = read_form_body("code=K7QM-X2PA&motivation=Hjir+w%C3%B4nje&empty=&bare&&code=2");
  BOOST_TEST_REQUIRE(fields.size() == 5u);
  BOOST_TEST(fields[0].first == "code");
  BOOST_TEST(fields[0].second == "K7QM-X2PA");
  BOOST_TEST(fields[1].second == "Hjir wônje");
  BOOST_TEST(fields[2].second == "");
  BOOST_TEST(fields[3].first == "bare");
  BOOST_TEST(fields[4].second == "2");
  BOOST_TEST(read_form_body("").empty());
}

BOOST_AUTO_TEST_CASE(limits_and_encodings_are_refused_with_codes) {
  BOOST_TEST(code_of("a=1&b=2&c=3", {2, 100}) == "form_too_large");
  BOOST_TEST(code_of("a=1&b=2", {2, 100}) == "accepted");
  BOOST_TEST(code_of(std::string(101, 'n') + "=1") == "form_too_large");
  BOOST_TEST(code_of(std::string(100, 'n') + "=1") == "accepted");
  // Encoded, a 100-byte name may take 300 bytes; decoded it is checked again.
  BOOST_TEST(code_of(std::string(34 * 3, '%') + "=1") == "invalid_form");
  BOOST_TEST(code_of("code=%zz") == "invalid_form");
  BOOST_TEST(code_of("code=%ff") == "invalid_form");
  BOOST_TEST(code_of("code=%c0%af") == "invalid_form");
  BOOST_TEST(code_of("code=a%00") == "invalid_form");
  BOOST_TEST(code_of("%ff=1") == "invalid_form");
}

BOOST_AUTO_TEST_SUITE_END()
