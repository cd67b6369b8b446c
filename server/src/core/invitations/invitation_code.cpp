#include "core/invitations/invitation_code.hpp"

#include <openssl/rand.h>

#include <set>

#include "core/base/csv_cell.hpp"
#include "core/base/error.hpp"
#include "core/crypto/keyed_hash.hpp"

namespace mienskip {

namespace {

constexpr std::size_t code_length = 12;
constexpr std::size_t group_length = 4;

unsigned char random_byte() {
  unsigned char byte = 0;
  if (RAND_bytes(&byte, 1) != 1) throw Error(error_codes::random_unavailable, "the system's random generator failed");
  return byte;
}

// A code in printed form from a source of bytes. Rejection sampling keeps every symbol equally
// likely (256 is not a multiple of 29).
template <typename NextByte>
std::string code_from_bytes(NextByte next_byte) {
  const std::size_t symbols = invitation_code_alphabet.size();
  const unsigned limit = 256 - 256 % symbols;
  std::string code;
  while (code.size() < code_length + code_length / group_length - 1) {
    if (!code.empty() && (code.size() + 1) % (group_length + 1) == 0) code.push_back('-');
    unsigned char byte = next_byte();
    while (byte >= limit) byte = next_byte();
    code.push_back(invitation_code_alphabet[byte % symbols]);
  }
  return code;
}

std::string bytes_of_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

}  // namespace

std::string new_invitation_code() {
  return code_from_bytes(random_byte);
}

std::string letter_code(std::string_view secret, long long forum_id, long long draw_order) {
  const std::string context = "mienskip-letter-code:" + std::to_string(forum_id) + ":" + std::to_string(draw_order);
  // Each HMAC block gives 32 bytes; rejection keeps about 29 of them, and a code needs 12, so a
  // second block (the counter) is almost never read.
  std::string bytes;
  std::size_t next = 0;
  int block = 0;
  return code_from_bytes([&]() -> unsigned char {
    if (next == bytes.size()) {
      bytes = bytes_of_hex(keyed_hash_hex(secret, context + ":" + std::to_string(block++), "the letter code"));
      next = 0;
    }
    return static_cast<unsigned char>(bytes[next++]);
  });
}

std::vector<std::string> new_invitation_codes(std::size_t count) {
  std::set<std::string> seen;
  std::vector<std::string> codes;
  while (codes.size() < count) {
    auto code = new_invitation_code();
    if (seen.insert(code).second) codes.push_back(std::move(code));
  }
  return codes;
}

std::optional<std::string> normalise_invitation_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    const char upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (invitation_code_alphabet.find(upper) == std::string_view::npos) return std::nullopt;
    code.push_back(upper);
  }
  if (code.size() != code_length) return std::nullopt;
  return code;
}

std::optional<std::string> printed_invitation_code(std::string_view typed) {
  const auto code = normalise_invitation_code(typed);
  if (!code) return std::nullopt;
  std::string printed;
  for (std::size_t i = 0; i < code->size(); ++i) {
    if (i > 0 && i % group_length == 0) printed.push_back('-');
    printed.push_back((*code)[i]);
  }
  return printed;
}

std::string invitation_code_hash(std::string_view secret, std::string_view normalised_code) {
  return keyed_hash_hex(secret, "mienskip-invitation-code:" + std::string(normalised_code), "the invitation code");
}

InvitationBatch new_invitation_batch(std::string_view secret, std::size_t count) {
  InvitationBatch batch;
  batch.codes = new_invitation_codes(count);
  batch.hashes.reserve(count);
  for (const auto& code : batch.codes) batch.hashes.push_back(invitation_code_hash(secret, *normalise_invitation_code(code)));
  return batch;
}

std::string invitation_codes_csv(const std::vector<std::string>& codes) {
  std::string csv = "code\n";
  csv.reserve(5 + codes.size() * 15);
  for (const auto& code : codes) {
    append_csv_cell(csv, code);  // the program's own codes never start like a formula; one rule for every file
    csv += '\n';
  }
  return csv;
}

}  // namespace mienskip
