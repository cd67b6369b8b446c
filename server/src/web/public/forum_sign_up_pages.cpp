#include "web/public/forum_sign_up_pages.hpp"

#include <Poco/Exception.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/base/form_body.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/survey/survey.hpp"
#include "store/forum_volunteers.hpp"
#include "store/forums.hpp"
#include "web/http/attempt_limiter.hpp"
#include "web/public/page_template.hpp"
#include "web/public/page_texts.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

// The words of the pages (server/texts/forum_sign_up/); the forum's name, municipality and quota
// questions come from staff.
const json& texts(Language language) { return page_texts("forum_sign_up", language); }

std::string text(Language language, const std::string& name) { return texts(language).at(name); }

std::string code_of(Language language) { return std::string(language_code(language)); }

// A page in the frame (resident_page), with links to the sign-up page in each language; `main` is
// rendered from server/templates/<name>.mustache with `data`, the texts and the forum's heading.
std::string page(Language language, const std::string& slug, const std::string& title, const std::string& name,
                 json data, const store::StoredForum* forum = nullptr) {
  data["t"] = texts(language);
  if (forum) {
    data["forum_name"] = forum->settings.name;
    data["municipality"] = fill_in(text(language, "municipality"), {{"municipality", forum->settings.municipality}});
  }
  return resident_page({language, title, language_links(language, "/f/" + slug), render_page_template(name, data)});
}

std::string notice_page(const store::StoredForum& forum, Language language, const std::string& notice) {
  return page(language, forum.settings.slug, forum.settings.name, "forum_notice", {{"notice", notice}}, &forum);
}

// What was entered, to show the form again, and the problems found with it.
struct Entry {
  Language language = Language::nl;
  std::string code;
  std::map<std::string, std::string> answers;  // by category name
  VolunteerContact contact;
  bool consent = false;
  std::vector<FieldError> errors;  // fields: code, answers.<category>, name, email, phone, consent
};

// The error message for `field`, or false (every item carries the key: see page_template.hpp).
json error_for(const Entry& entry, const std::string& field) {
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
json field(const Entry& entry, const std::string& id, const std::string& hint_id) {
  json error = error_for(entry, id);
  std::string ids = hint_id;
  if (error.is_string()) ids += (ids.empty() ? "" : " ") + id + "-error";
  return {{"id", id}, {"error", error}, {"described_by", ids.empty() ? json(false) : json(ids)}};
}

json textbox(const Entry& entry, const std::string& id, const std::string& label, const std::string& value,
             const std::string& type, const std::string& autocomplete, const std::string& hint_id = "") {
  json box = field(entry, id, hint_id);
  box.update({{"label", label}, {"value", value}, {"type", type}, {"autocomplete", autocomplete}});
  return box;
}

std::string sign_up_form(const store::StoredForum& forum, const Entry& entry) {
  const Language lang = entry.language;
  const auto& slug = forum.settings.slug;
  json summary = false;
  if (!entry.errors.empty()) {
    summary = {{"title", text(lang, "error_title")}, {"errors", json::array()}};
    for (const auto& e : entry.errors) summary["errors"].push_back({{"anchor", anchor(forum, e.field)}, {"message", e.message}});
  }
  json code = field(entry, "code", "code-hint");
  code["value"] = entry.code;
  json categories = json::array();
  for (std::size_t c = 0; c < forum.settings.categories.size(); ++c) {
    const auto& category = forum.settings.categories[c];
    const std::string id = "answer-" + std::to_string(c);
    const auto chosen = entry.answers.find(category.name);
    json options = json::array();
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      // The first option carries the question's id, so the error summary can link to it.
      options.push_back({{"option_id", v == 0 ? id : id + "-" + std::to_string(v)},
                         {"value", category.values[v]},
                         {"checked", chosen != entry.answers.end() && chosen->second == category.values[v]}});
    }
    categories.push_back(
        {{"id", id}, {"name", category.name}, {"error", error_for(entry, "answers." + category.name)}, {"options", options}});
  }
  json consent = field(entry, "consent", "privacy");
  consent["checked"] = entry.consent;
  const json data = {
      {"error_summary", summary},
      {"introduction", paragraphs_of(text(lang, "introduction"))},
      {"action", "/f/" + slug},
      {"lang", code_of(lang)},
      {"code", code},
      {"categories", categories},
      {"textboxes",
       {textbox(entry, "name", text(lang, "name") + " (" + text(lang, "optional") + ")", entry.contact.name, "text", "name"),
        textbox(entry, "email", text(lang, "email"), entry.contact.email, "email", "email", "contact-hint"),
        textbox(entry, "phone", text(lang, "phone"), entry.contact.phone, "tel", "tel", "contact-hint")}},
      {"privacy", paragraphs_of(fill_in(text(lang, "privacy"), {{"municipality", forum.settings.municipality}}))},
      {"consent", consent}};
  return page(lang, slug, forum.settings.name, "forum_sign_up", data, &forum);
}

Language page_language(const Request& request) {
  const auto found = request.query.find("lang");
  if (found == request.query.end()) return Language::nl;
  return parse_language(found->second).value_or(Language::nl);
}

Entry read_entry(const Request& request, const store::StoredForum& forum) {
  if (request.content_type.rfind("application/x-www-form-urlencoded", 0) != 0) {
    throw Error(error_codes::unsupported_media_type, "Send the form as application/x-www-form-urlencoded.");
  }
  const auto form = read_form_body(request.body);
  Entry entry;
  const auto& categories = forum.settings.categories;
  for (const auto& [name, value] : form) {
    if (name == "lang") {
      entry.language = parse_language(value).value_or(Language::nl);
    } else if (name == "code") {
      entry.code = value.substr(0, 40);
    } else if (name == "name") {
      entry.contact.name = value;
    } else if (name == "email") {
      entry.contact.email = value;
    } else if (name == "phone") {
      entry.contact.phone = value;
    } else if (name == "consent") {
      entry.consent = value == "yes";
    } else if (name.rfind("answer-", 0) == 0) {
      const auto index = name.substr(7);
      for (std::size_t c = 0; c < categories.size(); ++c) {
        if (index == std::to_string(c)) entry.answers[categories[c].name] = value;
      }
    }
  }
  return entry;
}

// A resident who mistyped the address gets a page in their language, not the API's JSON error.
class ForumNotFound : public std::exception {};

store::StoredForum forum_or_not_found(pqxx::connection& connection, const std::string& slug) {
  auto forum = store::find_forum(connection, slug);
  if (!forum) throw ForumNotFound();
  return *forum;
}

Response not_found_page(const Request& request) {
  const Language lang = page_language(request);
  return html_page(404, page(lang, request.params.at("slug"), text(lang, "not_found_title"), "forum_not_found", json::object()));
}

class SignUpPages {
 public:
  SignUpPages(store::ConnectionPool& database, std::string secret)
      : database_(database), secret_(std::move(secret)), code_attempts_(10, std::chrono::minutes(10)) {}

  Response start(const Request& request) {
    auto connection = database_.acquire();
    const auto forum = forum_or_not_found(*connection, request.params.at("slug"));
    const auto state = store::find_sign_up(*connection, forum.settings.slug);
    Entry entry;
    entry.language = page_language(request);
    if (!state.open()) return html_page(200, closed_page(forum, state, entry.language));
    return html_page(200, sign_up_form(forum, entry));
  }

  Response sign_up(const Request& request) {
    auto connection = database_.acquire();
    const auto forum = forum_or_not_found(*connection, request.params.at("slug"));
    Entry entry = read_entry(request, forum);
    const auto state = store::find_sign_up(*connection, forum.settings.slug);
    if (!state.open()) return html_page(409, closed_page(forum, state, entry.language));
    if (code_attempts_.blocked(request.client)) {
      entry.errors.push_back({"code", "too_many_requests", text(entry.language, "busy")});
      return html_page(429, sign_up_form(forum, entry));
    }
    const auto code = normalise_invitation_code(entry.code);
    if (trim(entry.code).empty()) {
      entry.errors.push_back({"code", "required", text(entry.language, "code_missing")});
    } else if (!code) {
      code_attempts_.record_failure(request.client);
      entry.errors.push_back({"code", "invalid_code", text(entry.language, "code_wrong")});
    }
    const auto answers = check_volunteer_answers(forum.settings.categories, entry.answers, entry.language);
    entry.errors.insert(entry.errors.end(), answers.begin(), answers.end());
    const auto contact = check_volunteer_contact(entry.contact, true, entry.language);
    entry.errors.insert(entry.errors.end(), contact.begin(), contact.end());
    if (!entry.consent) entry.errors.push_back({"consent", "no_consent", text(entry.language, "no_consent")});
    if (!entry.errors.empty()) return html_page(422, sign_up_form(forum, entry));
    try {
      store::sign_up(*connection, forum.settings.slug,
                     {0, invitation_code_hash(secret_, *code), entry.answers, entry.contact});
    } catch (const Error& e) {
      if (e.code() == error_codes::sign_up_closed) return html_page(409, closed_page(forum, store::find_sign_up(*connection, forum.settings.slug), entry.language));
      if (e.code() == error_codes::unknown_code) {
        code_attempts_.record_failure(request.client);
        entry.errors.push_back({"code", "unknown_code", text(entry.language, "code_wrong")});
        return html_page(422, sign_up_form(forum, entry));
      }
      if (e.code() == error_codes::already_signed_up) {
        entry.errors.push_back({"code", "already_signed_up", text(entry.language, "code_used")});
        return html_page(409, sign_up_form(forum, entry));
      }
      if (e.code() != "invalid_volunteer") throw;
      entry.answers.clear();
      entry.errors.push_back({"answers." + forum.settings.categories.front().name, "invalid_volunteer", text(entry.language, "quotas_changed")});
      return html_page(409, sign_up_form(forum, entry));
    }
    return see_other("/f/" + forum.settings.slug + "/bedankt?lang=" + code_of(entry.language));
  }

  Response thanks(const Request& request) {
    auto connection = database_.acquire();
    const auto forum = forum_or_not_found(*connection, request.params.at("slug"));
    const Language lang = page_language(request);
    return html_page(200, page(lang, forum.settings.slug, text(lang, "thanks_title"), "forum_thanks",
                               {{"thanks", paragraphs_of(text(lang, "thanks"))}}, &forum));
  }

 private:
  static std::string closed_page(const store::StoredForum& forum, const store::SignUpState& state, Language language) {
    return notice_page(forum, language, text(language, state.drawn ? "closed" : "not_yet"));
  }

  store::ConnectionPool& database_;
  const std::string secret_;
  AttemptLimiter code_attempts_;
};

}  // namespace

void add_forum_sign_up_routes(Router& router, store::ConnectionPool& database, const std::string& secret) {
  auto pages = std::make_shared<SignUpPages>(database, secret);
  const auto page = [pages](Response (SignUpPages::*show)(const Request&)) {
    return [pages, show](const Request& request) {
      try {
        return ((*pages).*show)(request);
      } catch (const ForumNotFound&) {
        return not_found_page(request);
      }
    };
  };
  router.add("GET", "/f/{slug}", page(&SignUpPages::start));
  router.add("POST", "/f/{slug}", page(&SignUpPages::sign_up));
  router.add("GET", "/f/{slug}/bedankt", page(&SignUpPages::thanks));
}

}  // namespace mienskip::web
