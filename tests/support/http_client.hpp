#pragma once

#include <Poco/Net/HTTPResponse.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace mienskip::test {

/// What a test server answered.
struct Reply {
  int status = 0;
  std::string body;
  Poco::Net::HTTPResponse headers;
  nlohmann::json json_body() const { return nlohmann::json::parse(body); }
  bool has(const std::string& text) const { return body.find(text) != std::string::npos; }
};

struct RequestOptions {
  std::string content_type;  // set when not empty
  bool chunked = false;      // send the body chunked instead of with a Content-Length
  std::vector<std::pair<std::string, std::string>> headers;
  // A loopback address to connect from (127.0.0.2, 127.0.0.3, ...), so that one test can be many
  // clients; empty for the default, 127.0.0.1.
  std::string from{};
};

/// One request on a fresh connection to 127.0.0.1:port (20 s timeout; more for routes that run a program).
Reply request(std::uint16_t port, const std::string& method, const std::string& path, const std::string& body = "",
              const RequestOptions& options = {}, int timeout_seconds = 20);

}  // namespace mienskip::test
