// The OpenAPI description stays true: every JSON route the server has is described, with its
// methods, and everything described exists (server/api/openapi.json against web::Service).
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "web/http/openapi.hpp"
#include "web/service.hpp"

using namespace mienskip;

namespace {

// Routes that belong in an API description: JSON under /api and the health probes.
bool is_api(const std::string& pattern) {
  return pattern.rfind("/api/", 0) == 0 || pattern == "/healthz" || pattern == "/readyz";
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(openapi_describes_exactly_the_routes) {
  // Built as `mienskip serve` builds it; nothing connects to this database.
  store::ConnectionPool database("host=/nonexistent dbname=none", 1, std::chrono::seconds(1));
  std::ostringstream log;
  const web::Service service(database, {std::string(40, 's'), "/nonexistent", "/nonexistent", "/nonexistent"}, log);

  std::set<std::string> served, described;
  for (const auto& route : service.router().routes()) {
    if (is_api(route.pattern)) served.insert(lower(route.method) + " " + route.pattern);
  }
  const auto& description = web::openapi_description();
  BOOST_TEST(description["openapi"].get<std::string>().rfind("3.", 0) == 0u);
  for (const auto& [path, operations] : description["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      described.insert(method + " " + path);
      BOOST_TEST(operation.contains("responses"), method << " " << path);
    }
  }
  // What each staff operation needs is described as the route table declares it (x-needs), so a
  // reader of the API knows who may call it; the public ones need nothing.
  for (const auto& route : service.router().routes()) {
    if (!is_api(route.pattern)) continue;
    const auto& operation = description["paths"].value(route.pattern, nlohmann::json::object()).value(lower(route.method), nlohmann::json::object());
    if (route.access == web::Access::anyone) {
      BOOST_TEST(!operation.contains("x-needs"), route.method << " " << route.pattern);
    } else {
      BOOST_TEST(operation.value("x-needs", "") == std::string(need_name(route.access)), route.method << " " << route.pattern);
    }
  }
  for (const auto& route : served) BOOST_TEST(described.count(route) == 1u, "not described: " << route);
  for (const auto& route : described) BOOST_TEST(served.count(route) == 1u, "described but not served: " << route);
  BOOST_TEST(served.size() >= 10u);
}
