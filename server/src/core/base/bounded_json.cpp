#include "core/base/bounded_json.hpp"

#include "core/base/error.hpp"

namespace mienskip {

nlohmann::json parse_bounded_json(std::string_view text, const JsonLimits& limits) {
  std::size_t values = 0;
  // The callback sees every event as the parser meets it, so a limit stops the parse where it is
  // passed; nlohmann's parser itself keeps its stack on the heap, so only the depth matters.
  const nlohmann::json::parser_callback_t within_limits =
      [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
        using Event = nlohmann::json::parse_event_t;
        if (event == Event::object_start || event == Event::array_start) {
          if (depth >= limits.max_depth) {
            throw Error(error_codes::json_too_deep, "The request nests its values more than " +
                                             std::to_string(limits.max_depth) + " levels deep.");
          }
        }
        if (event == Event::value || event == Event::object_start || event == Event::array_start) {
          if (++values > limits.max_values) {
            throw Error(error_codes::json_too_large, "The request holds more than " +
                                              std::to_string(limits.max_values) + " values.");
          }
        }
        return true;
      };
  try {
    return nlohmann::json::parse(text.begin(), text.end(), within_limits);
  } catch (const nlohmann::json::out_of_range&) {
    // nlohmann reports a number beyond a double's range (1e400) as out_of_range, not as a parse
    // error; the only out_of_range its parser throws.
    throw Error(error_codes::invalid_json, "The request holds a number too large to read.");
  } catch (const nlohmann::json::exception&) {
    throw Error(error_codes::invalid_json, "The request is not valid JSON.");
  }
}

}  // namespace mienskip
