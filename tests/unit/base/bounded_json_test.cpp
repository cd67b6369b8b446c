#include "core/base/bounded_json.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "core/base/error.hpp"

using mienskip::Error;
using mienskip::JsonLimits;
using mienskip::parse_bounded_json;

namespace {

std::string nested(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }

std::string code_of(const std::string& text, const JsonLimits& limits = {}) {
  try {
    parse_bounded_json(text, limits);
    return "accepted";
  } catch (const Error& e) {
    return e.code();
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bounded_json)

BOOST_AUTO_TEST_CASE(depth_is_counted_while_parsing) {
  BOOST_TEST(code_of(nested(32)) == "accepted");
  BOOST_TEST(code_of(nested(33)) == "json_too_deep");
  BOOST_TEST(code_of("{\"a\":" + nested(31) + "}") == "accepted");
  BOOST_TEST(code_of("{\"a\":" + nested(32) + "}") == "json_too_deep");
  // The limit is met before the text ends: an unclosed million levels is refused, not parsed.
  BOOST_TEST(code_of(std::string(1000000, '[')) == "json_too_deep");
  BOOST_TEST(code_of(nested(4), {3, 100}) == "json_too_deep");
}

BOOST_AUTO_TEST_CASE(values_are_counted_while_parsing) {
  // {"a":[1,2]} holds the object, the array and two numbers: four values.
  BOOST_TEST(code_of("{\"a\":[1,2]}", {32, 4}) == "accepted");
  BOOST_TEST(code_of("{\"a\":[1,2,3]}", {32, 4}) == "json_too_large");
  std::string many = "[";
  for (int i = 0; i < 50000; ++i) many += "1,";
  many += "1]";
  BOOST_TEST(code_of(many) == "json_too_large");
}

BOOST_AUTO_TEST_CASE(what_is_not_json_is_invalid_json) {
  BOOST_TEST(code_of("{\"a\": \"\xff\"}") == "invalid_json");
  BOOST_TEST(code_of("{\"a\": 1e999}") == "invalid_json");
  BOOST_TEST(code_of("") == "invalid_json");
  BOOST_TEST(code_of("{} {}") == "invalid_json");
}

BOOST_AUTO_TEST_CASE(a_value_within_the_limits_is_returned_whole) {
  const auto value = parse_bounded_json(R"({"allocations": {"a": 60, "b": 40}, "code": "K7QM-X2PA"})");
  BOOST_TEST(value["allocations"]["a"].get<int>() == 60);
  BOOST_TEST(value["code"].get<std::string>() == "K7QM-X2PA");
}

// Found by the fuzzer (tests/fuzz/json_response): nlohmann reports a number beyond a double's range
// as out_of_range, not as a parse error, so it escaped as a non-Error exception.
BOOST_AUTO_TEST_CASE(a_number_too_large_to_read_is_invalid_json_with_a_message_saying_so) {
  BOOST_TEST(code_of(R"({"allocations": {"opslag": 1e400}})") == "invalid_json");
  BOOST_TEST(code_of("-22222222222e2222222222") == "invalid_json");
  BOOST_CHECK_EXCEPTION(parse_bounded_json("[1e999]"), Error, [](const Error& e) {
    return std::string(e.what()) == "The request holds a number too large to read.";
  });
}

BOOST_AUTO_TEST_SUITE_END()
