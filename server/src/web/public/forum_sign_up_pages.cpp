#include "web/public/forum_sign_up_pages.hpp"

#include <chrono>
#include <memory>
#include <optional>

#include "core/base/error.hpp"
#include "core/base/form_body.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/invitations/invitation_code.hpp"
#include "store/forum_volunteers.hpp"
#include "store/forums.hpp"
#include "app/attempt_limiter.hpp"
#include "app/letter_texts.hpp"
#include "app/question_texts.hpp"
#include "web/public/forum_sign_up_views.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

SignUpEntry read_entry(const Request& request, const store::StoredForum& forum) {
  if (request.content_type.rfind("application/x-www-form-urlencoded", 0) != 0) {
    throw Error(error_codes::unsupported_media_type, "Send the form as application/x-www-form-urlencoded.");
  }
  const auto form = read_form_body(request.body);
  SignUpEntry entry;
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
  return html_page(404, forum_not_found_page(request.params.at("slug"), page_language(request)));
}

// The forum under its name in the page's language as staff wrote it for the letters, so that the
// page a resident reaches from a Frisian letter names the forum as the letter did.
store::StoredForum in_language(pqxx::connection& connection, store::StoredForum forum, Language language) {
  const auto texts = app::forum_letter_texts(connection, forum).texts.texts;
  const auto found = texts.find(std::string(language_code(language)));
  if (found != texts.end() && !found->second.forum_name.empty()) forum.settings.name = found->second.forum_name;
  return forum;
}

class SignUpPages {
 public:
  SignUpPages(store::ConnectionPool& database, std::string secret)
      : database_(database), secret_(std::move(secret)), code_attempts_(10, std::chrono::minutes(10)) {}

  Response start(const Request& request) {
    auto connection = database_.acquire();
    SignUpEntry entry;
    entry.language = page_language(request);
    const auto forum = in_language(*connection, forum_or_not_found(*connection, request.params.at("slug")), entry.language);
    const auto state = store::find_sign_up(*connection, forum.settings.slug);
    if (!state.open()) return html_page(200, closed_page(forum, state, entry.language));
    // A letter's QR code opens the form with its code filled in; anything else in `code` is left
    // out, not echoed, and whether a code is valid is only told when the form is sent (and counted).
    const auto code = request.query.find("code");
    if (code != request.query.end() && code->second.size() <= 40) entry.code = printed_invitation_code(code->second).value_or("");
    return html_page(200, form_page(*connection, forum, entry));
  }

  Response sign_up(const Request& request) {
    auto connection = database_.acquire();
    auto forum = forum_or_not_found(*connection, request.params.at("slug"));
    SignUpEntry entry = read_entry(request, forum);
    forum = in_language(*connection, std::move(forum), entry.language);
    const auto state = store::find_sign_up(*connection, forum.settings.slug);
    if (!state.open()) return html_page(409, closed_page(forum, state, entry.language));
    if (code_attempts_.blocked(request.client)) {
      entry.errors.push_back({"code", error_codes::too_many_requests, sign_up_text(entry.language, "busy")});
      return html_page(429, form_page(*connection, forum, entry));
    }
    const auto code = checked_code(entry, request.client);
    const auto answers = check_volunteer_answers(forum.settings.categories, entry.answers, entry.language);
    entry.errors.insert(entry.errors.end(), answers.begin(), answers.end());
    const auto contact = check_volunteer_contact(entry.contact, true, entry.language);
    entry.errors.insert(entry.errors.end(), contact.begin(), contact.end());
    if (!entry.consent) entry.errors.push_back({"consent", "no_consent", sign_up_text(entry.language, "no_consent")});
    if (!entry.errors.empty()) return html_page(422, form_page(*connection, forum, entry));
    const auto stored = store_volunteer(*connection, forum, entry, *code, request.client);
    if (stored.refused) return *stored.refused;
    // The thank-you page is the answer itself rather than a redirect to it: it says the
    // volunteer's public number (the verification page lists the panel by these numbers), which
    // would otherwise travel in an address, and so into access logs beside the client's IP.
    return html_page(200, thanks_page(*connection, forum, entry.language, volunteer_id(stored.number)));
  }

  Response thanks(const Request& request) {
    auto connection = database_.acquire();
    const auto language = page_language(request);
    const auto forum = in_language(*connection, forum_or_not_found(*connection, request.params.at("slug")), language);
    return html_page(200, thanks_page(*connection, forum, language, std::nullopt));
  }

 private:
  // The form, its questions worded as staff wrote them for the page's language.
  static std::string form_page(pqxx::connection& connection, const store::StoredForum& forum, const SignUpEntry& entry) {
    return sign_up_form_page(forum, app::forum_question_texts(connection, forum).texts, entry);
  }

  // Who to ask comes from the letters' facts: the phone and e-mail residents were given there.
  static std::string thanks_page(pqxx::connection& connection, const store::StoredForum& forum, Language language,
                                 const std::optional<std::string>& volunteer) {
    const auto facts = app::forum_letter_texts(connection, forum).texts.facts;
    return sign_up_thanks_page(forum, language, {volunteer, facts.phone, facts.email, "/f/" + forum.settings.slug + "/verificatie"});
  }

  static std::string closed_page(const store::StoredForum& forum, const store::SignUpState& state, Language language) {
    return sign_up_notice_page(forum, language, sign_up_text(language, state.drawn ? "closed" : "not_yet"));
  }

  // The letter's code as the register keeps it; a missing or malformed one is an error on the
  // form, and a malformed one counts against the client.
  std::optional<std::string> checked_code(SignUpEntry& entry, const std::string& client) {
    const auto code = normalise_invitation_code(entry.code);
    if (trim(entry.code).empty()) {
      entry.errors.push_back({"code", "required", sign_up_text(entry.language, "code_missing")});
    } else if (!code) {
      code_attempts_.record_failure(client);
      entry.errors.push_back({"code", error_codes::invalid_code, sign_up_text(entry.language, "code_wrong")});
    }
    return code;
  }

  // The volunteer's number once stored, or the page that says why the database refused.
  struct Stored {
    std::optional<Response> refused;
    int number = 0;
  };

  // Stores the volunteer; what the database refuses becomes the page that says why. An unknown
  // code counts against the client.
  Stored store_volunteer(pqxx::connection& connection, const store::StoredForum& forum, SignUpEntry& entry,
                         const std::string& code, const std::string& client) {
    const auto& slug = forum.settings.slug;
    try {
      return {std::nullopt, store::sign_up(connection, slug, {0, invitation_code_hash(secret_, code), entry.answers, entry.contact})};
    } catch (const Error& e) {
      if (e.code() == error_codes::sign_up_closed) {
        return {html_page(409, closed_page(forum, store::find_sign_up(connection, slug), entry.language))};
      }
      if (e.code() == error_codes::unknown_code) {
        code_attempts_.record_failure(client);
        entry.errors.push_back({"code", error_codes::unknown_code, sign_up_text(entry.language, "code_wrong")});
        return {html_page(422, form_page(connection, forum, entry))};
      }
      if (e.code() == error_codes::already_signed_up) {
        entry.errors.push_back({"code", error_codes::already_signed_up, sign_up_text(entry.language, "code_used")});
        return {html_page(409, form_page(connection, forum, entry))};
      }
      if (e.code() != error_codes::invalid_volunteer) throw;
      // The quotas changed while the form was open: the resident answers the new questions.
      entry.answers.clear();
      entry.errors.push_back({"answers." + forum.settings.categories.front().name, "invalid_volunteer",
                              sign_up_text(entry.language, "quotas_changed")});
      return {html_page(409, form_page(connection, forum, entry))};
    }
  }

  store::ConnectionPool& database_;
  const std::string secret_;
  app::AttemptLimiter code_attempts_;
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
