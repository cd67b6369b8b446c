#pragma once

#include <functional>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

namespace mienskip::web {

/// A request body read piece by piece, for the few routes whose bodies are too large to hold in
/// memory (routes added with Router::add_upload, such as a register of a million residents).
class BodyStream {
 public:
  virtual ~BodyStream() = default;
  /// Up to `size` bytes into `buffer`; 0 at the end of the body. Throws Error `payload_too_large`
  /// past the upload limit and `request_timeout` when the body stops before its end.
  virtual std::size_t read(char* buffer, std::size_t size) = 0;
};

/// A request as handlers see it: already routed, body already read within the size limit (or, on
/// an upload route, left to the handler to read from `body_stream`).
struct Request {
  std::string method;
  std::string path;                               // percent-decoded, without the query string
  std::multimap<std::string, std::string> query;  // decoded query parameters
  std::map<std::string, std::string> params;      // from the route pattern, e.g. {slug}
  std::string route;                              // the pattern that matched, e.g. /api/admin/forums/{slug}
  std::string content_type;
  std::string body;
  BodyStream* body_stream = nullptr;  // on upload routes only; `body` is empty there
  std::string client;  // the peer's address, for rate limits only: never stored or logged
  std::map<std::string, std::string> headers;  // names in lower case
  std::string header(const std::string& lower_case_name) const {
    const auto found = headers.find(lower_case_name);
    return found == headers.end() ? "" : found->second;
  }
};

/// What a handler returns; the request handler writes it to the client.
struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

/// A JSON response with the given status.
Response json_response(int status, const nlohmann::json& body);

using Handler = std::function<Response(const Request&)>;

}  // namespace mienskip::web
