#include "web/http/security_headers.hpp"

#include "web/http/media_type.hpp"

namespace mienskip::web {

namespace {

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

constexpr const char* resident_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// The home page is static text with one inline stylesheet and no form.
constexpr const char* home_policy =
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'";

constexpr const char* staff_policy =
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

}  // namespace

std::vector<std::pair<std::string, std::string>> security_headers(const std::string& path,
                                                                  const std::string& content_type) {
  std::vector<std::pair<std::string, std::string>> headers{{"Referrer-Policy", "same-origin"}};
  if (media_type(content_type) != "text/html") return headers;
  const bool staff = starts_with(path, "/admin") || starts_with(path, "/api/");
  headers.emplace_back("Content-Security-Policy", staff ? staff_policy : path == "/" ? home_policy : resident_policy);
  headers.emplace_back("X-Frame-Options", staff ? "SAMEORIGIN" : "DENY");
  return headers;
}

}  // namespace mienskip::web
