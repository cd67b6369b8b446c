#include "web/http/router.hpp"

#include <nlohmann/json.hpp>
#include <optional>

namespace mienskip::web {

MethodNotAllowed::MethodNotAllowed(const std::string& method, std::string allow)
    : Error(error_codes::method_not_allowed,
            "This address does not accept " + method + " requests; it accepts " + allow + "."),
      allow_(std::move(allow)) {}

Response json_response(int status, const nlohmann::json& body) {
  return Response{status, "application/json", body.dump(), {}};
}

namespace {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> segments;
  std::string current;
  for (char c : path) {
    if (c == '/') {
      if (!current.empty()) segments.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) segments.push_back(std::move(current));
  return segments;
}

// The pattern as it was registered ("/api/admin/forums/{slug}"), as the route table and the
// API description name it.
std::string pattern_of(const std::vector<std::string>& segments) {
  std::string pattern;
  for (const auto& segment : segments) pattern += "/" + segment;
  return pattern.empty() ? "/" : pattern;
}

bool is_parameter(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::optional<std::map<std::string, std::string>> match_segments(
    const std::vector<std::string>& pattern, const std::vector<std::string>& path) {
  if (pattern.size() != path.size()) return std::nullopt;
  std::map<std::string, std::string> params;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (is_parameter(pattern[i])) {
      params[pattern[i].substr(1, pattern[i].size() - 2)] = path[i];
    } else if (pattern[i] != path[i]) {
      return std::nullopt;
    }
  }
  return params;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler, Access access) {
  routes_.push_back({std::move(method), split_path(pattern), std::move(handler), access, false});
}

void Router::add_upload(std::string method, std::string pattern, Handler handler, Access access) {
  routes_.push_back({std::move(method), split_path(pattern), std::move(handler), access, true});
}

std::vector<RouteInfo> Router::routes() const {
  std::vector<RouteInfo> list;
  for (const auto& route : routes_) list.push_back({route.method, pattern_of(route.segments), route.access, route.upload});
  return list;
}

const Router::Route* Router::find(const std::string& method, const std::vector<std::string>& segments,
                                  std::map<std::string, std::string>& params, std::string& allowed) const {
  for (const auto& route : routes_) {
    auto matched = match_segments(route.segments, segments);
    if (!matched) continue;
    if (route.method == method || (method == "HEAD" && route.method == "GET")) {
      params = std::move(*matched);
      return &route;
    }
    if (allowed.find(route.method) == std::string::npos) {
      allowed += (allowed.empty() ? "" : ", ") + route.method;
    }
  }
  return nullptr;
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
  std::map<std::string, std::string> params;
  std::string allowed;
  if (const Route* route = find(method, split_path(path), params, allowed)) {
    return {&route->handler, std::move(params), pattern_of(route->segments)};
  }
  if (!allowed.empty()) {
    throw MethodNotAllowed(method, allowed);
  }
  throw Error(error_codes::not_found, "There is nothing at this address.");
}

bool Router::is_upload(const std::string& method, const std::string& path) const {
  std::map<std::string, std::string> params;
  std::string allowed;
  const Route* route = find(method, split_path(path), params, allowed);
  return route && route->upload;
}

}  // namespace mienskip::web
