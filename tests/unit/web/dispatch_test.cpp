#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/base/error.hpp"
#include "web/http/dispatch.hpp"
#include "web/http/error_status.hpp"

using namespace mienskip::web;
using nlohmann::json;

namespace {

Router router_with(const std::string& path, Handler handler) {
  Router router;
  router.add("POST", path, std::move(handler));
  return router;
}

Request post(const std::string& path, const std::string& body = "") {
  Request request;
  request.method = "POST";
  request.path = path;
  request.body = body;
  return request;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dispatch_catch_all)

BOOST_AUTO_TEST_CASE(passes_the_handler_response_through) {
  const auto router = router_with("/echo", [](const Request& r) {
    return json_response(201, {{"got", r.body}});
  });
  std::ostringstream log;
  const auto response = dispatch(router, post("/echo", "hi"), "r-1", log);
  BOOST_TEST(response.status == 201);
  BOOST_TEST(json::parse(response.body)["got"] == "hi");
  BOOST_TEST(log.str().empty());
}

BOOST_AUTO_TEST_CASE(domain_errors_keep_their_code_and_message) {
  const auto router = router_with("/draw", [](const Request&) -> Response {
    throw mienskip::Error("conflict", "This draw has already been run.");
  });
  std::ostringstream log;
  const auto response = dispatch(router, post("/draw"), "r-2", log);
  BOOST_TEST(response.status == 409);
  const auto body = json::parse(response.body);
  BOOST_TEST(body["error"]["code"] == "conflict");
  BOOST_TEST(body["error"]["message"] == "This draw has already been run.");
  BOOST_TEST(!body["error"].contains("params"));  // only errors that carry some
}

BOOST_AUTO_TEST_CASE(an_errors_params_reach_the_client_for_it_to_word_the_error) {
  const auto router = router_with("/draw", [](const Request&) -> Response {
    throw mienskip::Error("invalid_draw", "stratum 'Dokkum' needs 5 invitations", {},
                          {{"reason", "stratum_too_small"}, {"stratum", "Dokkum"}});
  });
  std::ostringstream log;
  const auto response = dispatch(router, post("/draw"), "r-3", log);
  BOOST_TEST(response.status == 422);
  const auto body = json::parse(response.body);
  BOOST_TEST(body["error"]["params"] == json::parse(R"({"reason": "stratum_too_small", "stratum": "Dokkum"})"));
}

BOOST_AUTO_TEST_CASE(unexpected_exceptions_never_leak_internals) {
  const auto router = router_with("/boom", [](const Request&) -> Response {
    throw std::runtime_error("ERROR: relation \"secret_table\" does not exist");
  });
  std::ostringstream log;
  const auto response = dispatch(router, post("/boom"), "abc-7", log);
  BOOST_TEST(response.status == 500);
  const auto body = json::parse(response.body);
  BOOST_TEST(body["error"]["code"] == "internal_error");
  BOOST_TEST(response.body.find("secret_table") == std::string::npos);
  BOOST_TEST(body["error"]["message"].get<std::string>().find("abc-7") != std::string::npos);
  BOOST_TEST(log.str().find("secret_table") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(non_standard_exceptions_are_caught_too) {
  const auto router = router_with("/odd", [](const Request&) -> Response { throw 42; });
  std::ostringstream log;
  BOOST_TEST(dispatch(router, post("/odd"), "r-3", log).status == 500);
}

BOOST_AUTO_TEST_CASE(malformed_json_is_a_client_error) {
  const auto router = router_with("/forums", [](const Request& r) {
    return json_response(200, json::parse(r.body));
  });
  std::ostringstream log;
  const auto response = dispatch(router, post("/forums", "{\"name\": "), "r-4", log);
  BOOST_TEST(response.status == 400);
  BOOST_TEST(json::parse(response.body)["error"]["code"] == "invalid_json");
}

BOOST_AUTO_TEST_CASE(routing_errors_become_404_and_405_with_allow) {
  const auto router = router_with("/forums", [](const Request&) { return Response{}; });
  std::ostringstream log;
  BOOST_TEST(dispatch(router, post("/nowhere"), "r-5", log).status == 404);
  Request get = post("/forums");
  get.method = "GET";
  const auto response = dispatch(router, get, "r-6", log);
  BOOST_TEST(response.status == 405);
  BOOST_TEST_REQUIRE(response.headers.size() == 1u);
  BOOST_TEST(response.headers[0].first == "Allow");
  BOOST_TEST(response.headers[0].second == "POST");
}

BOOST_AUTO_TEST_CASE(every_error_code_maps_to_one_status) {
  BOOST_TEST(http_status_for("not_found") == 404);
  BOOST_TEST(http_status_for("payload_too_large") == 413);
  BOOST_TEST(http_status_for("length_required") == 411);
  BOOST_TEST(http_status_for("database_unavailable") == 503);
  BOOST_TEST(http_status_for("internal_error") == 500);
  // Domain validation codes (unknown_category, quota_infeasible, ...) are the client's to fix.
  BOOST_TEST(http_status_for("quota_infeasible") == 400);
}

// Every code a mienskip::Error can carry has its own row: a new code without one would silently
// become 400, which for a fault of the server (a solver, the random source) tells the client it
// asked wrongly. structure_layers keeps every thrown code a named constant of that list.
BOOST_AUTO_TEST_CASE(every_named_error_code_has_a_row_in_the_status_table) {
  for (const char* code : mienskip::all_error_codes) {
    BOOST_TEST(listed_http_status(code).has_value(), code << " has no HTTP status");
  }
}

BOOST_AUTO_TEST_CASE(faults_of_the_server_are_not_answered_as_the_clients_mistake) {
  for (const char* code : {mienskip::error_codes::solver_failed, mienskip::error_codes::random_unavailable, mienskip::error_codes::crypto_failed,
                           mienskip::error_codes::schema_invalid, mienskip::error_codes::code_collision}) {
    BOOST_TEST(http_status_for(code) == 500, code);
  }
  BOOST_TEST(http_status_for(mienskip::error_codes::migration_invalid) == 503);
}

BOOST_AUTO_TEST_SUITE_END()
