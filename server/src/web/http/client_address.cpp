#include "web/http/client_address.hpp"

#include <arpa/inet.h>

#include <cstring>

#include "core/base/error.hpp"

namespace mienskip::web {

namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The address in binary (AF_INET: 4 bytes, AF_INET6: 16), or family 0 when it is none. An
// IPv4-mapped IPv6 address (::ffff:1.2.3.4, as a dual-stack socket reports IPv4 peers) counts as IPv4.
struct Parsed {
  int family = 0;
  std::array<unsigned char, 16> bytes{};
};

Parsed parse_address(std::string_view text) {
  Parsed parsed;
  text = trimmed(text);
  if (text.empty() || text.size() > 45) return parsed;
  const std::string copy(text);
  if (inet_pton(AF_INET, copy.c_str(), parsed.bytes.data()) == 1) {
    parsed.family = AF_INET;
  } else if (inet_pton(AF_INET6, copy.c_str(), parsed.bytes.data()) == 1) {
    static constexpr unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(parsed.bytes.data(), mapped, 12) == 0) {
      std::memmove(parsed.bytes.data(), parsed.bytes.data() + 12, 4);
      std::memset(parsed.bytes.data() + 4, 0, 12);
      parsed.family = AF_INET;
    } else {
      parsed.family = AF_INET6;
    }
  }
  return parsed;
}

std::string canonical(const Parsed& parsed) {
  char text[INET6_ADDRSTRLEN] = {};
  inet_ntop(parsed.family, parsed.bytes.data(), text, sizeof text);
  return text;
}

}  // namespace

TrustedProxies::TrustedProxies(std::string_view list, const std::string& origin) {
  while (!list.empty()) {
    const auto comma = list.find(',');
    const std::string_view entry = trimmed(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (entry.empty()) continue;
    const auto slash = entry.find('/');
    const Parsed address = parse_address(entry.substr(0, slash));
    const int bits = address.family == AF_INET ? 32 : 128;
    int prefix = bits;
    if (slash != std::string_view::npos) {
      const std::string_view digits = entry.substr(slash + 1);
      prefix = digits.empty() || digits.size() > 3 ? -1 : 0;
      for (char c : digits) prefix = (c >= '0' && c <= '9' && prefix >= 0) ? prefix * 10 + (c - '0') : -1;
    }
    if (address.family == 0 || prefix < 0 || prefix > bits) {
      throw Error(error_codes::invalid_configuration, origin + ": '" + std::string(entry) +
                                               "' is not an IP address or network (such as 127.0.0.1 or 10.0.0.0/8)");
    }
    networks_.push_back({address.bytes, address.family, prefix});
  }
}

bool TrustedProxies::contains(std::string_view text) const {
  const Parsed address = parse_address(text);
  if (address.family == 0) return false;
  for (const auto& network : networks_) {
    if (network.family != address.family) continue;
    const int whole = network.prefix / 8, rest = network.prefix % 8;
    if (std::memcmp(network.bytes.data(), address.bytes.data(), static_cast<std::size_t>(whole)) != 0) continue;
    if (rest == 0) return true;
    const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
    if ((network.bytes[whole] & mask) == (address.bytes[whole] & mask)) return true;
  }
  return false;
}

std::string client_address(const std::string& peer, std::string_view forwarded_for, std::string_view real_ip,
                           const TrustedProxies& trusted) {
  if (!trusted.contains(peer)) return peer;
  // Read right to left: each proxy appends the address it saw, so the rightmost entries are the
  // ones our own proxies wrote; the first that is not a trusted proxy is the client.
  while (!forwarded_for.empty()) {
    const auto comma = forwarded_for.rfind(',');
    const std::string_view entry =
        comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1);
    forwarded_for = comma == std::string_view::npos ? std::string_view{} : forwarded_for.substr(0, comma);
    const Parsed address = parse_address(entry);
    if (address.family == 0) return peer;
    const std::string text = canonical(address);
    if (!trusted.contains(text)) return text;
  }
  const Parsed address = parse_address(real_ip);
  return address.family == 0 ? peer : canonical(address);
}

}  // namespace mienskip::web
