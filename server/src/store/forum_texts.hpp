#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/connection>
#include <string>

namespace mienskip::store {

/// Which of staff's own words for a forum (migration 0024): the letters' facts and texts
/// (core/invitations/letter_text) or the sign-up page's quota questions (core/forum/question_texts).
enum class ForumTexts { letters, questions };

/// A forum's texts as last saved (the JSON their core check reads), with who saved them and when.
struct StoredForumTexts {
  nlohmann::json texts;
  std::string updated_by;
  std::string updated_at;
};

/// Replaces the `kind` texts of forum `slug` (already checked) and audits it with what was saved
/// (`forum.letter_texts_changed`, `forum.question_texts_changed`). Throws Error `not_found`.
void save_forum_texts(pqxx::connection& connection, const std::string& slug, ForumTexts kind, const nlohmann::json& texts,
                      const std::string& actor);

/// The saved `kind` texts of forum `slug`, or nothing when staff never saved any. Throws Error `not_found`.
std::optional<StoredForumTexts> find_forum_texts(pqxx::connection& connection, const std::string& slug, ForumTexts kind);

}  // namespace mienskip::store
