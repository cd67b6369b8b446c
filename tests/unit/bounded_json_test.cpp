// JSON bodies from outside, parsed within limits (core/bounded_json): whatever the text, the
// answer is a value or an Error with a code the error table maps, never another exception.
#include <boost/test/unit_test.hpp>

#include "core/bounded_json.hpp"
#include "core/error.hpp"

using namespace mienskip;

namespace {

std::string code_of(std::string_view text, const JsonLimits& limits = {}) {
  try {
    parse_bounded_json(text, limits);
  } catch (const Error& e) {
    return e.code();
  }
  return "parsed";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bounded_json)

BOOST_AUTO_TEST_CASE(a_body_within_the_limits_is_parsed) {
  const auto body = parse_bounded_json(R"({"allocations": {"opslag": 60, "markt": 40}, "language": "fy"})");
  BOOST_TEST(body["allocations"]["opslag"].get<int>() == 60);
  BOOST_TEST(body["language"].get<std::string>() == "fy");
}

BOOST_AUTO_TEST_CASE(depth_and_value_count_are_limited_while_parsing) {
  const JsonLimits limits{3, 5};
  BOOST_TEST(code_of("[[[1]]]", limits) == "parsed");
  BOOST_TEST(code_of("[[[[1]]]]", limits) == "json_too_deep");
  BOOST_TEST(code_of("[1,2,3,4]", limits) == "parsed");  // the array and four items
  BOOST_TEST(code_of("[1,2,3,4,5]", limits) == "json_too_large");
}

BOOST_AUTO_TEST_CASE(text_that_is_not_json_is_invalid_json) {
  BOOST_TEST(code_of("{\"allocations\": ") == "invalid_json");
  BOOST_TEST(code_of("\"\xC3\x28\"") == "invalid_json");  // not UTF-8
  BOOST_TEST(code_of("") == "invalid_json");
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
