#include "core/accounts/account_email.hpp"


#include "core/base/error.hpp"
#include "core/crypto/keyed_hash.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

std::optional<std::string> normalise_account_email(std::string_view typed) {
  const auto first = typed.find_first_not_of(' ');
  if (first == std::string_view::npos) return std::nullopt;
  const auto last = typed.find_last_not_of(' ');
  std::string email(typed.substr(first, last - first + 1));
  if (email.size() > max_account_email_bytes || !utf8_length(email)) return std::nullopt;
  std::size_t at = std::string::npos;
  for (std::size_t i = 0; i < email.size(); ++i) {
    const auto c = static_cast<unsigned char>(email[i]);
    if (c <= ' ' || c == 0x7f) return std::nullopt;
    if (c >= 'A' && c <= 'Z') email[i] = static_cast<char>(c - 'A' + 'a');
    if (c == '@') {
      if (at != std::string::npos) return std::nullopt;
      at = i;
    }
  }
  if (at == std::string::npos || at == 0) return std::nullopt;
  // A dot in the domain with something on both sides, as the accounts table's check demands.
  const std::string_view domain = std::string_view(email).substr(at + 1);
  const auto dot = domain.find('.', 1);
  if (dot == std::string_view::npos || dot + 1 >= domain.size()) return std::nullopt;
  return email;
}

std::string unknown_email_hash(std::string_view secret, std::string_view normalised_email) {
  // Its own prefix, so this hash can never equal the one of an invitation code.
  return keyed_hash_hex(secret, "mienskip-unknown-login-email:" + std::string(normalised_email), "the e-mail address");
}

}  // namespace mienskip
