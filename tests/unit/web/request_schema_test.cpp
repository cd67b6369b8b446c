// Request bodies are checked against the schemas server/api/openapi.json publishes: every schema
// there is one core's JSON Schema check understands, and a body that breaks it is refused with the
// route's code and the first violation, before any handler reads it.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/base/json_schema.hpp"
#include "web/http/openapi.hpp"
#include "web/http/request_schema.hpp"

using namespace mienskip;

namespace {

web::Request post(const std::string& route, const std::string& body) {
  web::Request request;
  request.method = "POST";
  request.route = route;
  request.content_type = "application/json";
  request.body = body;
  return request;
}

std::string refusal(const web::Request& request, std::string* message = nullptr) {
  try {
    web::described_json_body(request, "invalid_lottery_number", "The lottery number is not valid:");
  } catch (const Error& error) {
    if (message) *message = error.what();
    return error.code();
  }
  return "accepted";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(request_schema)

BOOST_AUTO_TEST_CASE(every_published_json_body_schema_is_one_the_check_understands) {
  // An OpenAPI keyword core's check does not know (nullable, oneOf, format...) would throw
  // schema_unsupported at the first request; here it fails before anything ships.
  int schemas = 0;
  for (const auto& [path, operations] : web::openapi_description().at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      if (!operation.contains("requestBody") || !operation["requestBody"]["content"].contains("application/json")) continue;
      const auto& schema = web::request_body_schema(method, path);
      BOOST_TEST_REQUIRE(!schema.is_null(), method << " " << path);
      BOOST_CHECK_NO_THROW(schema_violations(schema, nlohmann::json::object()));
      BOOST_CHECK_NO_THROW(schema_violations(schema, nlohmann::json::array()));
      ++schemas;
    }
  }
  BOOST_TEST(schemas >= 10);
}

BOOST_AUTO_TEST_CASE(a_route_without_a_json_body_has_no_schema) {
  BOOST_TEST(web::request_body_schema("get", "/api/admin/forums/{slug}/panel").is_null());
  BOOST_TEST(web::request_body_schema("post", "/no/such/route").is_null());
}

BOOST_AUTO_TEST_CASE(component_references_resolve) {
  // /api/admin/forums gives its body as a $ref into components: a body missing a required field
  // is refused, which it could not be if the reference pointed nowhere.
  const auto& schema = web::request_body_schema("post", "/api/admin/forums");
  BOOST_TEST_REQUIRE(!schema.is_null());
  BOOST_TEST(!schema_violations(schema, nlohmann::json::object()).empty());
}

BOOST_AUTO_TEST_CASE(a_valid_body_is_returned_as_parsed) {
  const auto body = web::described_json_body(post("/api/admin/forums/{slug}/panel", R"({"lottery_number": 417})"),
                                             "invalid_lottery_number", "The lottery number is not valid:");
  BOOST_TEST(body.at("lottery_number").get<int>() == 417);
}

BOOST_AUTO_TEST_CASE(a_body_that_breaks_the_schema_is_refused_with_the_routes_code_and_the_violation) {
  std::string message;
  BOOST_TEST(refusal(post("/api/admin/forums/{slug}/panel", R"({"lottery_number": 1000})"), &message) ==
             "invalid_lottery_number");
  BOOST_TEST(message == "The lottery number is not valid: lottery_number must be at most 999.");
  BOOST_TEST(refusal(post("/api/admin/forums/{slug}/panel", R"({"lottery_number": "417"})")) == "invalid_lottery_number");
  BOOST_TEST(refusal(post("/api/admin/forums/{slug}/panel", R"({})")) == "invalid_lottery_number");
  BOOST_TEST(refusal(post("/api/admin/forums/{slug}/panel", R"({"lottery_number": 4, "extra": 1})")) ==
             "invalid_lottery_number");
}

BOOST_AUTO_TEST_CASE(a_body_that_is_no_json_is_refused_as_json_body_refuses_it) {
  auto request = post("/api/admin/forums/{slug}/panel", "{not json");
  BOOST_TEST(refusal(request) == "invalid_json");
  request.content_type = "text/plain";
  BOOST_TEST(refusal(request) == "unsupported_media_type");
}

BOOST_AUTO_TEST_CASE(a_route_the_description_gives_no_body_is_a_programming_error) {
  BOOST_CHECK_THROW(refusal(post("/no/such/route", "{}")), std::logic_error);
}

BOOST_AUTO_TEST_SUITE_END()
