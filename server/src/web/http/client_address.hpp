#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mienskip::web {

/// An address or network that may speak for clients: a reverse proxy such as the nginx in
/// deploy/nginx.conf. "127.0.0.1", "::1", "10.0.0.0/8" or "fd00::/8".
class TrustedProxies {
 public:
  TrustedProxies() = default;
  /// From a comma-separated list; throws Error `invalid_configuration` naming `origin` for an
  /// entry that is not an IPv4 or IPv6 address or network.
  TrustedProxies(std::string_view list, const std::string& origin);

  bool empty() const { return networks_.empty(); }
  bool contains(std::string_view address) const;

 private:
  struct Network {
    std::array<unsigned char, 16> bytes{};
    int family = 0;  // AF_INET or AF_INET6
    int prefix = 0;  // bits that must match
  };
  std::vector<Network> networks_;
};

/// Who sent a request, for rate limits: the TCP peer, unless the peer is a trusted proxy; then
/// the nearest address in X-Forwarded-For that is not itself a trusted proxy (read from the right,
/// because a client can put anything on the left), else X-Real-IP. A header that names no valid
/// address leaves the peer: requests with garbage share the proxy's limits rather than escaping them.
std::string client_address(const std::string& peer, std::string_view forwarded_for, std::string_view real_ip,
                           const TrustedProxies& trusted);

}  // namespace mienskip::web
