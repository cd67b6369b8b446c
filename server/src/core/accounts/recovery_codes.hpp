#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mienskip {

/// One-time codes for a staff member who has lost the phone with their authenticator app: ten per
/// enrolment, each 16 characters (78 random bits) of an alphabet without look-alikes, written in
/// groups of four (`k7m2-x9qp-4hw3-tn8c`). Shown once; stored only as recovery_code_hash.
inline constexpr std::size_t recovery_code_count = 10;
std::vector<std::string> new_recovery_codes();

/// A code as typed made comparable: spaces and dashes dropped, letters in lower case; nullopt when
/// it cannot be a recovery code (another length, another character).
std::optional<std::string> normalise_recovery_code(std::string_view typed);

/// HMAC-SHA256 of the normalised code under the server secret, bound to the account: a copy of the
/// database gives neither the codes nor a way to test guesses without the secret.
std::string recovery_code_hash(std::string_view server_secret, long long account_id, std::string_view normalised);

}  // namespace mienskip
