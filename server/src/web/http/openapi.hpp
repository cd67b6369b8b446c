#pragma once

#include <nlohmann/json.hpp>

#include "web/http/router.hpp"

namespace mienskip::web {

/// server/api/openapi.json (OpenAPI 3), compiled into the program.
const nlohmann::json& openapi_description();

/// `GET /api/openapi.json`: the description of the JSON API. A test checks it against the routes.
void add_openapi_route(Router& router);

}  // namespace mienskip::web
