#pragma once

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <pqxx/connection>
#include <string>

#include "core/invitations/letter_text.hpp"
#include "store/forums.hpp"

namespace mienskip::app {

/// A forum's letter texts: as staff last saved them (with who and when), or the defaults when
/// they never did, and the defaults per language (to go back to).
struct ForumLetterTexts {
  LetterTexts texts;
  std::map<std::string, LetterText> defaults;
  bool saved = false;
  std::string updated_by;
  std::string updated_at;
};
ForumLetterTexts forum_letter_texts(pqxx::connection& connection, const std::string& slug);

/// The same for a forum already read (a public page has it): one query instead of two.
ForumLetterTexts forum_letter_texts(pqxx::connection& connection, const store::StoredForum& forum);

/// Checks `body` (check_letter_texts) and, when right, saves and audits it; the problems otherwise,
/// with nothing saved.
Checked<LetterTexts> save_forum_letter_texts(pqxx::connection& connection, const std::string& slug,
                                             const nlohmann::json& body, const std::string& actor);

/// Each language's text as it would be printed with the facts of `body` (a draft, not saved):
/// what staff see while they type.
Checked<std::map<std::string, FilledLetterText>> preview_forum_letter_texts(pqxx::connection& connection,
                                                                           const std::string& slug,
                                                                           const nlohmann::json& body);

}  // namespace mienskip::app
