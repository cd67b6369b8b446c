#pragma once

#include <string>
#include <vector>

#include "core/accounts/rights.hpp"
#include "core/base/error.hpp"
#include "web/http/http_types.hpp"

namespace mienskip::web {

/// Thrown when a path exists but not for the request's method; `allow` lists the methods it has.
class MethodNotAllowed : public Error {
 public:
  MethodNotAllowed(const std::string& method, std::string allow);
  const std::string& allow() const noexcept { return allow_; }

 private:
  std::string allow_;
};

/// What a route needs (core/accounts/rights): anyone, any signed-in account, the municipality's
/// admin, or a right on the forum or survey its `{slug}` names. Declared with the route in the
/// route table; web/admin/staff_routes enforces it before a staff handler runs, and the sweep test
/// (tests/http/auth_test.cpp) tries every route with every role against it.
using Access = mienskip::Need;

/// One row of the route table.
struct RouteInfo {
  std::string method;
  std::string pattern;
  Access access = Access::anyone;
  bool upload = false;
};

/// An ordered list of routes; the first whose method and path pattern match handles the request.
///
/// A pattern is a path whose segments are literal (`surveys`) or named parameters (`{slug}`);
/// a parameter matches exactly one non-empty segment.
class Router {
 public:
  /// `access` only declares who may use the route: a handler for staff is added through
  /// StaffRoutes, which checks the session before calling it.
  void add(std::string method, std::string pattern, Handler handler, Access access = Access::anyone);

  /// A route whose handler reads the body itself from Request::body_stream, within the server's
  /// upload limit instead of its (much smaller) body limit.
  void add_upload(std::string method, std::string pattern, Handler handler, Access access = Access::anyone);

  /// Whether the request goes to an upload route; false when no route matches.
  bool is_upload(const std::string& method, const std::string& path) const;

  struct Match {
    const Handler* handler;
    std::map<std::string, std::string> params;
    std::string pattern;
  };

  /// The route for a request. Throws Error `not_found` when no pattern matches the path and
  /// MethodNotAllowed (code `method_not_allowed`) when one does but not for this method.
  Match match(const std::string& method, const std::string& path) const;

  /// Every route, in the order they were added.
  std::vector<RouteInfo> routes() const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;
    Handler handler;
    Access access = Access::anyone;
    bool upload = false;
  };
  const Route* find(const std::string& method, const std::vector<std::string>& segments,
                    std::map<std::string, std::string>& params, std::string& allowed) const;
  std::vector<Route> routes_;
};

}  // namespace mienskip::web
