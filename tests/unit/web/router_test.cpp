#include <array>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/base/error.hpp"
#include "web/http/router.hpp"

using namespace mienskip::web;

namespace {

Handler answering(const std::string& text) {
  return [text](const Request& request) {
    std::string body = text;
    for (const auto& [name, value] : request.params) body += " " + name + "=" + value;
    return Response{200, "text/plain", body, {}};
  };
}

// A router with these routes (method, pattern, what its handler answers), in this order.
Router with_routes(const std::vector<std::array<std::string, 3>>& routes) {
  Router router;
  for (const auto& [method, pattern, text] : routes) router.add(method, pattern, answering(text));
  return router;
}

std::string call(const Router& router, const std::string& method, const std::string& path) {
  auto match = router.match(method, path);
  Request request;
  request.params = match.params;
  return (*match.handler)(request).body;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(router)

BOOST_AUTO_TEST_CASE(matches_literal_paths_and_ignores_trailing_slashes) {
  const Router router = with_routes({{"GET", "/healthz", "health"}});
  BOOST_TEST(call(router, "GET", "/healthz") == "health");
  BOOST_TEST(call(router, "GET", "/healthz/") == "health");
}

BOOST_AUTO_TEST_CASE(captures_named_parameters) {
  const Router router = with_routes({{"GET", "/api/forums/{forum}/volunteers/{id}", "volunteer"}});
  BOOST_TEST(call(router, "GET", "/api/forums/sudwest/volunteers/17") ==
             "volunteer forum=sudwest id=17");
}

BOOST_AUTO_TEST_CASE(first_matching_route_wins) {
  const Router router = with_routes({
      {"GET", "/api/forums/new", "form"},
      {"GET", "/api/forums/{forum}", "forum"},
  });
  BOOST_TEST(call(router, "GET", "/api/forums/new") == "form");
  BOOST_TEST(call(router, "GET", "/api/forums/other") == "forum forum=other");
}

BOOST_AUTO_TEST_CASE(unknown_paths_are_not_found) {
  const Router router = with_routes({{"GET", "/api/forums/{forum}", "forum"}});
  BOOST_CHECK_EXCEPTION(router.match("GET", "/api/forums"), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "not_found"; });
  BOOST_CHECK_EXCEPTION(router.match("GET", "/api/forums/a/b"), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "not_found"; });
}

BOOST_AUTO_TEST_CASE(wrong_method_names_the_allowed_ones) {
  const Router router = with_routes({
      {"GET", "/api/forums", "list"},
      {"POST", "/api/forums", "create"},
  });
  BOOST_CHECK_EXCEPTION(router.match("DELETE", "/api/forums"), MethodNotAllowed,
                        [](const MethodNotAllowed& e) {
                          return e.code() == "method_not_allowed" && e.allow() == "GET, POST";
                        });
}

BOOST_AUTO_TEST_CASE(head_is_served_by_the_get_route) {
  const Router router = with_routes({{"GET", "/healthz", "health"}});
  BOOST_TEST(call(router, "HEAD", "/healthz") == "health");
}

BOOST_AUTO_TEST_CASE(knows_which_routes_stream_their_body) {
  Router router;
  router.add("GET", "/api/admin/forums/{slug}/register", answering("summary"));
  router.add_upload("POST", "/api/admin/forums/{slug}/register", answering("upload"));
  BOOST_TEST(router.is_upload("POST", "/api/admin/forums/energie/register"));
  BOOST_TEST(!router.is_upload("GET", "/api/admin/forums/energie/register"));
  BOOST_TEST(!router.is_upload("PUT", "/api/admin/forums/energie/register"));
  BOOST_TEST(!router.is_upload("POST", "/nowhere"));
  BOOST_TEST(call(router, "POST", "/api/admin/forums/energie/register") == "upload slug=energie");
}

BOOST_AUTO_TEST_SUITE_END()
