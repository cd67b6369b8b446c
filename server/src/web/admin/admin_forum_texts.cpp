#include "web/admin/admin_forum_texts.hpp"

#include <nlohmann/json.hpp>

#include "app/letter_texts.hpp"
#include "app/question_texts.hpp"
#include "core/base/error_codes.hpp"
#include "web/forum_json.hpp"
#include "web/http/json_body.hpp"

namespace mienskip::web {

namespace {

nlohmann::json texts_json(const app::ForumLetterTexts& texts) {
  auto answer = letter_texts_json(texts.texts);
  answer["saved"] = texts.saved;
  answer["updated_by"] = texts.saved ? nlohmann::json(texts.updated_by) : nlohmann::json();
  answer["updated_at"] = texts.saved ? nlohmann::json(texts.updated_at) : nlohmann::json();
  answer["placeholders"] = letter_placeholders();
  auto defaults = nlohmann::json::object();
  for (const auto& [language, text] : texts.defaults) {
    defaults[language] = {{"forum_name", text.forum_name}, {"body", text.body}, {"signature", text.signature}};
  }
  answer["defaults"] = defaults;
  return answer;
}

Response save_texts(const StaffRequest& request) {
  const auto body = json_body(request.http, "the letters' texts");
  auto connection = request.connection();
  const auto saved = app::save_forum_letter_texts(*connection, request.slug(), body, request.actor());
  if (!saved.value) {
    return field_errors_response(error_codes::invalid_letter_texts, "The letters' texts were not saved: see the fields.", saved.errors);
  }
  return json_response(200, texts_json(app::forum_letter_texts(*connection, request.slug())));
}

Response preview_texts(const StaffRequest& request) {
  const auto body = json_body(request.http, "the letters' texts");
  auto connection = request.connection();
  const auto preview = app::preview_forum_letter_texts(*connection, request.slug(), body);
  if (!preview.value) {
    return field_errors_response(error_codes::invalid_letter_texts, "The letters' texts cannot be shown: see the fields.", preview.errors);
  }
  auto languages = nlohmann::json::object();
  for (const auto& [language, filled] : *preview.value) {
    languages[language] = {{"forum_name", filled.forum_name},
                           {"paragraphs", filled.paragraphs},
                           {"left_out", filled.left_out},
                           {"signature", filled.signature}};
  }
  return json_response(200, {{"texts", languages}});
}

nlohmann::json questions_json(const app::ForumQuestionTexts& questions) {
  auto answer = question_texts_json(questions.texts, questions.categories);
  answer["saved"] = questions.saved;
  answer["updated_by"] = questions.saved ? nlohmann::json(questions.updated_by) : nlohmann::json();
  answer["updated_at"] = questions.saved ? nlohmann::json(questions.updated_at) : nlohmann::json();
  return answer;
}

Response save_questions(const StaffRequest& request) {
  const auto body = json_body(request.http, "the questions' texts");
  auto connection = request.connection();
  const auto saved = app::save_forum_question_texts(*connection, request.slug(), body, request.actor());
  if (!saved.value) {
    return field_errors_response(error_codes::invalid_question_texts, "The questions' texts were not saved: see the fields.", saved.errors);
  }
  return json_response(200, questions_json(app::forum_question_texts(*connection, request.slug())));
}

}  // namespace

void add_admin_forum_text_routes(StaffRoutes& routes) {
  const std::string texts = "/api/admin/forums/{slug}/letters/texts";
  routes.add("GET", texts, Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    return json_response(200, texts_json(app::forum_letter_texts(*connection, request.slug())));
  });
  routes.add("PUT", texts, Access::forum_manage, save_texts);
  routes.add("POST", texts + "/preview", Access::forum_manage, preview_texts);
  const std::string questions = "/api/admin/forums/{slug}/questions";
  routes.add("GET", questions, Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    return json_response(200, questions_json(app::forum_question_texts(*connection, request.slug())));
  });
  routes.add("PUT", questions, Access::forum_manage, save_questions);
}

}  // namespace mienskip::web
