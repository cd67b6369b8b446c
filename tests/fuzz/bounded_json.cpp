// Any JSON body from outside (core/base/bounded_json): parsed within the default limits and within
// small ones, and compared with nlohmann's own parser without limits. A text that parser accepts
// must give the same value when it is within the limits and json_too_deep or json_too_large (for a
// limit it really passes) when it is not; any other text is one of the three refusals or
// invalid_json. No other exception may escape.
#include <algorithm>

#include "core/base/bounded_json.hpp"
#include "core/base/error.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

struct Shape {
  int depth = 0;           // objects and arrays inside each other
  std::size_t values = 0;  // every value, member and array item
};

// The shape as the parser meets the text, not of the value it makes: a key given twice keeps only
// its last value, but the limits count everything the parser had to read (found by this harness).
struct ShapeCounter : nlohmann::json_sax<nlohmann::json> {
  Shape shape;
  int open = 0;
  bool scalar() { ++shape.values; return true; }
  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool string(string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return scalar(); }
  bool start(){ ++shape.values; shape.depth = std::max(shape.depth, ++open); return true; }
  bool start_object(std::size_t) override { return start(); }
  bool start_array(std::size_t) override { return start(); }
  bool end_object() override { --open; return true; }
  bool end_array() override { --open; return true; }
  bool key(string_t&) override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

Shape shape_of(std::string_view text) {
  ShapeCounter counter;
  nlohmann::json::sax_parse(text.begin(), text.end(), &counter);
  return counter.shape;
}

void check(std::string_view text, const nlohmann::json& unbounded, const JsonLimits& limits) {
  const bool valid = !unbounded.is_discarded();
  const Shape shape = valid ? shape_of(text) : Shape{};
  const bool too_deep = shape.depth > limits.max_depth;
  const bool too_large = shape.values > limits.max_values;
  try {
    const nlohmann::json bounded = parse_bounded_json(text, limits);
    fuzz::require(valid && !too_deep && !too_large && bounded == unbounded);
    (void)bounded.dump();  // what a handler may print back; throws for text that is not UTF-8
  } catch (const Error& e) {
    const std::string& code = e.code();
    if (valid) {
      fuzz::require((code == "json_too_deep" && too_deep) || (code == "json_too_large" && too_large));
    } else {
      fuzz::require(code == "invalid_json" || code == "json_too_deep" || code == "json_too_large");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::text_of(data, size);
  // Without exceptions: a text nlohmann refuses (a parse error or a number out of range) is
  // discarded.
  const nlohmann::json unbounded = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  check(text, unbounded, JsonLimits{});
  check(text, unbounded, JsonLimits{3, 20});
  return 0;
}
