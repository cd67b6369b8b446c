#pragma once

#include <nlohmann/json_fwd.hpp>
#include <pqxx/connection>
#include <string>

#include "core/forum/question_texts.hpp"
#include "store/forums.hpp"

namespace mienskip::app {

/// How forum `slug`'s quota questions read on the sign-up page, as staff last saved them (with who
/// and when), for the forum's current categories: wording of a category or value that no longer
/// exists is passed over.
struct ForumQuestionTexts {
  QuestionTexts texts;
  std::vector<QuotaCategory> categories;
  bool saved = false;
  std::string updated_by;
  std::string updated_at;
};
ForumQuestionTexts forum_question_texts(pqxx::connection& connection, const std::string& slug);

/// The same for a forum already read (the sign-up page has it): one query instead of two.
ForumQuestionTexts forum_question_texts(pqxx::connection& connection, const store::StoredForum& forum);

/// Checks `body` against the forum's categories (check_question_texts) and, when right, saves and
/// audits it; the problems otherwise, with nothing saved.
Checked<QuestionTexts> save_forum_question_texts(pqxx::connection& connection, const std::string& slug,
                                                 const nlohmann::json& body, const std::string& actor);

}  // namespace mienskip::app
