#include "web/http/json_body.hpp"

#include "core/base/bounded_json.hpp"
#include "core/base/error.hpp"
#include "web/http/media_type.hpp"

namespace mienskip::web {

nlohmann::json json_body(const Request& request, const std::string& what) {
  if (media_type(request.content_type) != "application/json") {
    throw Error(error_codes::unsupported_media_type, "Send " + what + " as application/json.");
  }
  return parse_bounded_json(request.body);
}

}  // namespace mienskip::web
