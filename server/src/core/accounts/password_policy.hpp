#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mienskip {

/// A list of passwords compiled into the program from server/data/passwords/*.txt (one per line,
/// lower case; lines starting with # are comments).
struct PasswordListFile {
  std::string_view name;
  std::string_view text;
};
const std::vector<PasswordListFile>& embedded_password_lists();

/// At least this many characters (Unicode code points, not bytes): a sentence of a few words is
/// easier to remember than a short string of symbols, and much harder to guess.
inline constexpr std::size_t min_password_characters = 12;
inline constexpr std::size_t max_password_bytes = 1000;

/// Refuses a password too weak for an account that can run a lottery or read personal data
/// (Error `weak_password`, whose message says which rule it broke, and so does its param `rule`:
/// `too_short`, `too_long`, `repeats`, `common` or `email_name`):
/// - fewer than 12 characters, or more than 1000 bytes;
/// - fewer than 5 different characters ("aaaaaaaaaaaa", "121212121212");
/// - a commonly used password (embedded_password_lists), in any case, itself or once the digits,
///   spaces and punctuation at its ends are taken off ("Welkom2026!!!" is "welkom");
/// - the name part of the account's own address (before the @, at least 4 characters) in it.
void check_password_strength(std::string_view password, std::string_view email = "");

}  // namespace mienskip
