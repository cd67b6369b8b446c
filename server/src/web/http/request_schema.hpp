#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "web/http/http_types.hpp"

namespace mienskip::web {

/// The JSON Schema that server/api/openapi.json gives for the application/json body of `method`
/// (lower case, as OpenAPI writes it) on `pattern`, in the form core/base/json_schema checks:
/// `#/components/schemas/...` references point into `$defs` and OpenAPI's `example` annotations are
/// left out. Null when the description gives no JSON body for the route.
const nlohmann::json& request_body_schema(const std::string& method, const std::string& pattern);

/// The request's JSON body, checked against the schema its route publishes (request_body_schema of
/// its method and Request::route): what the API description promises is what is enforced, without
/// a hand-written check per field. Throws Error `unsupported_media_type` as json_body does, and
/// Error `code` with `message` followed by the first violation ("lottery_number must be at most
/// 999.") when the body breaks the schema, its `params` naming the `field` when the violation is
/// inside the document. A route the description gives no body schema is a
/// programming error (std::logic_error), caught by the tests.
nlohmann::json described_json_body(const Request& request, std::string_view code, const std::string& message);

}  // namespace mienskip::web
