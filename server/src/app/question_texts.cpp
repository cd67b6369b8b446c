#include "app/question_texts.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "store/forum_texts.hpp"
#include "store/forums.hpp"

namespace mienskip::app {

ForumQuestionTexts forum_question_texts(pqxx::connection& connection, const std::string& slug) {
  return forum_question_texts(connection, store::existing_forum(connection, slug));
}

ForumQuestionTexts forum_question_texts(pqxx::connection& connection, const store::StoredForum& forum) {
  const auto stored = store::find_forum_texts(connection, forum.settings.slug, store::ForumTexts::questions);
  if (!stored) return {{}, forum.settings.categories, false, "", ""};
  auto checked = check_question_texts(stored->texts, forum.settings.categories, QuestionTextsReading::drop_unknown);
  // What was saved passed the strict check; failing the lenient one now is a fault of the program.
  if (!checked.value) throw std::logic_error("saved question texts no longer pass their check");
  return {std::move(*checked.value), forum.settings.categories, true, stored->updated_by, stored->updated_at};
}

Checked<QuestionTexts> save_forum_question_texts(pqxx::connection& connection, const std::string& slug,
                                                 const nlohmann::json& body, const std::string& actor) {
  const auto forum = store::existing_forum(connection, slug);
  auto checked = check_question_texts(body, forum.settings.categories);
  if (checked.value) {
    store::save_forum_texts(connection, slug, store::ForumTexts::questions,
                            question_texts_json(*checked.value, forum.settings.categories), actor);
  }
  return checked;
}

}  // namespace mienskip::app
