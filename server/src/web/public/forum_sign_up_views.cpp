#include "web/public/forum_sign_up_views.hpp"

#include <nlohmann/json.hpp>

#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

const json& texts(Language language) { return app::page_texts("forum_sign_up", language); }

// A page in the frame (resident_page), with links to the sign-up page in each language; `main` is
// rendered from server/templates/<name>.mustache with `data`, the texts and the forum's heading.
std::string page(Language language, const std::string& slug, const std::string& title, const std::string& name,
                 json data, const store::StoredForum* forum = nullptr) {
  data["t"] = texts(language);
  if (forum) {
    data["forum_name"] = forum->settings.name;
    data["municipality"] = app::fill_in(sign_up_text(language, "municipality"), {{"municipality", forum->settings.municipality}});
  }
  return resident_page(
      {language, title, language_links(language, "/f/" + slug), app::render_page_template(name, data)});
}

// The error message for `field`, or false (every item carries the key: see page_template.hpp).
json error_for(const SignUpEntry& entry, const std::string& field) {
  for (const auto& e : entry.errors) {
    if (e.field == field) return e.message;
  }
  return false;
}

// The HTML id a field's error summary links to.
std::string anchor(const store::StoredForum& forum, const std::string& field) {
  const auto& categories = forum.settings.categories;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    if (field == "answers." + categories[c].name) return "answer-" + std::to_string(c);
  }
  return field;
}

// A field with the ids its aria-describedby names: its hint, then its error.
json field(const SignUpEntry& entry, const std::string& id, const std::string& hint_id) {
  json error = error_for(entry, id);
  std::string ids = hint_id;
  if (error.is_string()) ids += (ids.empty() ? "" : " ") + id + "-error";
  return {{"id", id}, {"error", error}, {"described_by", ids.empty() ? json(false) : json(ids)}};
}

json textbox(const SignUpEntry& entry, const std::string& id, const std::string& label, const std::string& value,
             const std::string& type, const std::string& autocomplete, const std::string& hint_id = "") {
  json box = field(entry, id, hint_id);
  box.update({{"label", label}, {"value", value}, {"type", type}, {"autocomplete", autocomplete}});
  return box;
}

// Every problem of the posted form, each linking to its field; false when there is none.
json error_summary(const store::StoredForum& forum, const SignUpEntry& entry) {
  if (entry.errors.empty()) return false;
  json summary = {{"title", sign_up_text(entry.language, "error_title")}, {"errors", json::array()}};
  for (const auto& e : entry.errors) summary["errors"].push_back({{"anchor", anchor(forum, e.field)}, {"message", e.message}});
  return summary;
}

// One question per quota category, worded in the page's language, its values as radio buttons
// (the value itself is what is sent and stored), the one entered checked.
json categories(const store::StoredForum& forum, const QuestionTexts& questions, const SignUpEntry& entry) {
  json out = json::array();
  for (std::size_t c = 0; c < forum.settings.categories.size(); ++c) {
    const auto& category = forum.settings.categories[c];
    const std::string id = "answer-" + std::to_string(c);
    const auto chosen = entry.answers.find(category.name);
    json options = json::array();
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      // The first option carries the question's id, so the error summary can link to it.
      options.push_back({{"option_id", v == 0 ? id : id + "-" + std::to_string(v)},
                         {"value", category.values[v]},
                         {"label", value_label(questions, category.name, category.values[v], entry.language)},
                         {"checked", chosen != entry.answers.end() && chosen->second == category.values[v]}});
    }
    const auto help = question_help(questions, category.name, entry.language);
    json question = {{"id", id}, {"name", question_label(questions, category.name, entry.language)},
                     {"has_help", !help.empty()},
                     {"help", help.empty() ? json(false) : json(app::paragraphs_of(help))},
                     {"error", error_for(entry, "answers." + category.name)}, {"options", options}};
    // The help first, then the error, as the other fields are described.
    std::string described = help.empty() ? "" : id + "-help";
    if (question["error"].is_string()) described += (described.empty() ? "" : " ") + id + "-error";
    question["described_by"] = described.empty() ? json(false) : json(described);
    out.push_back(std::move(question));
  }
  return out;
}

}  // namespace

std::string sign_up_text(Language language, const std::string& name) { return texts(language).at(name); }

std::string sign_up_form_page(const store::StoredForum& forum, const QuestionTexts& questions, const SignUpEntry& entry) {
  const Language lang = entry.language;
  const auto& slug = forum.settings.slug;
  json code = field(entry, "code", "code-hint");
  code["value"] = entry.code;
  json consent = field(entry, "consent", "privacy");
  consent["checked"] = entry.consent;
  const json data = {
      {"error_summary", error_summary(forum, entry)},
      {"introduction", app::paragraphs_of(sign_up_text(lang, "introduction"))},
      {"action", "/f/" + slug},
      {"lang", code_of(lang)},
      {"code", code},
      {"categories", categories(forum, questions, entry)},
      {"textboxes",
       {textbox(entry, "name", sign_up_text(lang, "name") + " (" + sign_up_text(lang, "optional") + ")", entry.contact.name, "text", "name"),
        textbox(entry, "email", sign_up_text(lang, "email"), entry.contact.email, "email", "email", "contact-hint"),
        textbox(entry, "phone", sign_up_text(lang, "phone"), entry.contact.phone, "tel", "tel", "contact-hint")}},
      {"privacy", app::paragraphs_of(app::fill_in(sign_up_text(lang, "privacy"), {{"municipality", forum.settings.municipality}}))},
      {"consent", consent}};
  return page(lang, slug, forum.settings.name, "forum_sign_up", data, &forum);
}

std::string sign_up_notice_page(const store::StoredForum& forum, Language language, const std::string& notice) {
  return page(language, forum.settings.slug, forum.settings.name, "forum_notice", {{"notice", notice}}, &forum);
}

std::string sign_up_thanks_page(const store::StoredForum& forum, Language language, const SignUpThanks& thanks) {
  json number = false;
  if (thanks.volunteer_id) {
    number = {{"id", *thanks.volunteer_id},
              {"explained", sign_up_text(language, "number_explained")},
              {"href", thanks.verification_url + "?lang=" + code_of(language)}};
  }
  // Who to ask: the letters' phone and e-mail, in one sentence when there are both.
  const auto& phone = thanks.phone;
  const auto& email = thanks.email;
  json questions = false;
  if (!phone.empty() || !email.empty()) {
    const std::string key = phone.empty() ? "questions_email" : email.empty() ? "questions_phone" : "questions_both";
    questions = app::fill_in(sign_up_text(language, key), {{"phone", phone}, {"email", email}});
  }
  return page(language, forum.settings.slug, sign_up_text(language, "thanks_title"), "forum_thanks",
              {{"thanks", app::paragraphs_of(sign_up_text(language, "thanks"))}, {"number", number}, {"questions", questions}},
              &forum);
}

std::string forum_not_found_page(const std::string& slug, Language language) {
  return page(language, slug, sign_up_text(language, "not_found_title"), "forum_not_found", json::object());
}

}  // namespace mienskip::web
