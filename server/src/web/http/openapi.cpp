#include "web/http/openapi.hpp"

namespace mienskip::web {

void add_openapi_route(Router& router) {
  router.add("GET", "/api/openapi.json", [](const Request&) { return json_response(200, openapi_description()); });
}

}  // namespace mienskip::web
