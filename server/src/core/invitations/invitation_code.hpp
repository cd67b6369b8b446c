#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mienskip {

/// The characters of invitation codes: no 0/O, 1/I/L or U/V pairs that readers confuse on a
/// printed letter. 29 symbols, so a 12-character code carries 58 bits (the issue asks for 40).
inline constexpr std::string_view invitation_code_alphabet = "ABCDEFGHJKMNPQRSTWXYZ23456789";

/// A new random invitation code from OpenSSL's generator, printed in groups: `K7QM-X2PA-9RTD`.
std::string new_invitation_code();

/// The code printed on letter `draw_order` of forum `forum_id`: derived from HMAC-SHA256 under the
/// server secret, so the letters can be printed again while the database keeps only the code's
/// hash and a copy of the database alone reveals no code that signs up. Same printed form as
/// new_invitation_code.
std::string letter_code(std::string_view secret, long long forum_id, long long draw_order);

/// `count` distinct new codes.
std::vector<std::string> new_invitation_codes(std::size_t count);

/// The code as typed by a resident, made canonical: upper case, spaces and dashes removed.
/// nullopt when it cannot be a code (wrong length or characters outside the alphabet).
std::optional<std::string> normalise_invitation_code(std::string_view typed);

/// The code as typed, in the printed form `K7QM-X2PA-9RTD` (for the sign-up form a letter's QR code
/// fills in); nullopt when normalise_invitation_code finds no code in it.
std::optional<std::string> printed_invitation_code(std::string_view typed);

/// What the database keeps instead of the code: HMAC-SHA256 under the server secret, in hex.
/// Without the secret a stolen database does not reveal which codes are valid.
std::string invitation_code_hash(std::string_view secret, std::string_view normalised_code);

/// New codes for a mail merge and, in the same order, the hashes the database keeps of them: what
/// `mienskip codes generate` and the staff API both make.
struct InvitationBatch {
  std::vector<std::string> codes;   // printed form, K7QM-X2PA-9RTD
  std::vector<std::string> hashes;  // invitation_code_hash of each
};
InvitationBatch new_invitation_batch(std::string_view secret, std::size_t count);

/// The codes as the file staff hand to the mail merge: a header `code`, then one code per line (LF).
std::string invitation_codes_csv(const std::vector<std::string>& codes);

}  // namespace mienskip
