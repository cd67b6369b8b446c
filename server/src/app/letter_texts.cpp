#include "app/letter_texts.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "store/forum_texts.hpp"
#include "store/forums.hpp"

namespace mienskip::app {

ForumLetterTexts forum_letter_texts(pqxx::connection& connection, const std::string& slug) {
  return forum_letter_texts(connection, store::existing_forum(connection, slug));
}

ForumLetterTexts forum_letter_texts(pqxx::connection& connection, const store::StoredForum& forum) {
  const auto stored = store::find_forum_texts(connection, forum.settings.slug, store::ForumTexts::letters);
  auto checked = check_letter_texts(stored ? stored->texts : nlohmann::json::object(), forum.settings.name);
  // What was saved passed this check; failing it now is a fault of the program, not of staff.
  if (!checked.value) throw std::logic_error("saved letter texts no longer pass their check");
  std::map<std::string, LetterText> defaults;
  for (const auto& language : letter_languages()) defaults[language] = default_letter_text(language, forum.settings.name);
  if (!stored) return {std::move(*checked.value), std::move(defaults), false, "", ""};
  return {std::move(*checked.value), std::move(defaults), true, stored->updated_by, stored->updated_at};
}

Checked<LetterTexts> save_forum_letter_texts(pqxx::connection& connection, const std::string& slug,
                                             const nlohmann::json& body, const std::string& actor) {
  const auto forum = store::existing_forum(connection, slug);
  auto checked = check_letter_texts(body, forum.settings.name);
  if (checked.value) store::save_forum_texts(connection, slug, store::ForumTexts::letters, letter_texts_json(*checked.value), actor);
  return checked;
}

Checked<std::map<std::string, FilledLetterText>> preview_forum_letter_texts(pqxx::connection& connection,
                                                                           const std::string& slug,
                                                                           const nlohmann::json& body) {
  const auto forum = store::existing_forum(connection, slug);
  auto checked = check_letter_texts(body, forum.settings.name);
  if (!checked.value) return {std::nullopt, std::move(checked.errors)};
  std::map<std::string, FilledLetterText> filled;
  for (const auto& [language, text] : checked.value->texts) {
    filled.emplace(language, fill_letter_text(text, checked.value->facts, language, forum.settings.municipality));
  }
  return {std::move(filled), {}};
}

}  // namespace mienskip::app
