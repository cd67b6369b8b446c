#include "core/accounts/password_policy.hpp"

#include <cctype>
#include <set>
#include <unordered_set>

#include "core/base/error.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

const std::unordered_set<std::string_view>& common_passwords() {
  static const auto set = [] {
    std::unordered_set<std::string_view> words;
    for (const auto& file : embedded_password_lists()) {
      std::string_view rest = file.text;
      while (!rest.empty()) {
        const auto end = rest.find('\n');
        const auto line = rest.substr(0, end);
        if (!line.empty() && line.front() != '#') words.insert(line);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      }
    }
    return words;
  }();
  return set;
}

// What is left without the digits, spaces and ASCII punctuation at both ends.
std::string_view core_of(std::string_view text) {
  const auto decoration = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 128 && !std::isalpha(u);
  };
  while (!text.empty() && decoration(text.front())) text.remove_prefix(1);
  while (!text.empty() && decoration(text.back())) text.remove_suffix(1);
  return text;
}

// `rule` lets a client word the refusal in its own language (the staff app does, in Dutch).
[[noreturn]] void refuse(const std::string& rule, const std::string& why) {
  throw Error(error_codes::weak_password, why, {}, {{"rule", rule}});
}

}  // namespace

void check_password_strength(std::string_view password, std::string_view email) {
  if (password.size() > max_password_bytes) {
    refuse("too_long", "A password may have at most " + std::to_string(max_password_bytes) + " bytes.");
  }
  // Text that is not UTF-8 (typed at a terminal in another encoding) counts a character a byte.
  if (utf8_length(password).value_or(password.size()) < min_password_characters) {
    refuse("too_short", "A password must have at least " + std::to_string(min_password_characters) +
           " characters; a sentence of a few words is easiest.");
  }
  const std::string folded = fold_case(password);
  if (std::set<char>(folded.begin(), folded.end()).size() < 5) {
    refuse("repeats", "This password repeats a few characters; choose one with more variety, such as a sentence.");
  }
  const auto& common = common_passwords();
  if (common.count(folded) > 0 || common.count(core_of(folded)) > 0) {
    refuse("common", "This is a commonly used password (or one with only digits or symbols added); attackers try those first.");
  }
  const auto name = fold_case(email.substr(0, email.find('@')));
  if (name.size() >= 4 && email.find('@') != std::string_view::npos && folded.find(name) != std::string::npos) {
    refuse("email_name", "A password may not contain the name of its own e-mail address.");
  }
}

}  // namespace mienskip
