#include "web/public/survey_pages.hpp"

#include <Poco/Exception.h>

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/base/form_body.hpp"
#include "core/crypto/random_token.hpp"
#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"
#include "store/surveys.hpp"
#include "web/public/resident_page.hpp"
#include "web/public/survey_page_views.hpp"

namespace mienskip::web {

namespace {

// The posted form: our own fields by name, answers by prefix; anything else is reported.
struct PostedForm {
  Language language = Language::nl;
  std::optional<Language> switch_to;
  std::string code, key, action;
  ResponseDraft draft;
};

PostedForm read_form(const Request& request) {
  if (request.content_type.rfind("application/x-www-form-urlencoded", 0) != 0) {
    throw Error(error_codes::unsupported_media_type, "Send the form as application/x-www-form-urlencoded.");
  }
  const auto form = read_form_body(request.body);
  PostedForm posted;
  for (const auto& [name, value] : form) {
    if (name == "lang") {
      posted.language = parse_language(value).value_or(Language::nl);
    } else if (name == "switch_lang") {
      posted.switch_to = parse_language(value);
    } else if (name == "code") {
      posted.code = value;
    } else if (name == "key") {
      posted.key = value;
    } else if (name == "action") {
      posted.action = value;
    } else if (name.rfind("points.", 0) == 0) {
      posted.draft.allocations[name.substr(7)] = value;
    } else if (name.rfind("motivation.", 0) == 0) {
      posted.draft.motivations[name.substr(11)] = value;
    } else if (name.rfind("demo.", 0) == 0) {
      posted.draft.demographics[name.substr(5)] = value;
    } else {
      posted.draft.unknown_fields.push_back(name);
    }
  }
  return posted;
}

nlohmann::json draft_json(const Survey& survey, const ResponseDraft& draft) {
  // Only what the survey asks, and never more than a form could hold.
  nlohmann::json out = {{"allocations", nlohmann::json::object()},
                        {"motivations", nlohmann::json::object()},
                        {"demographics", nlohmann::json::object()}};
  const std::size_t limit = static_cast<std::size_t>(survey.motivation_max_length) * 4;
  for (const auto& [id, value] : draft.allocations) {
    if (survey.scenario(id)) out["allocations"][id] = value.substr(0, 12);
  }
  for (const auto& [id, value] : draft.motivations) {
    if (survey.scenario(id) && survey.motivation_asked) out["motivations"][id] = value.substr(0, limit);
  }
  for (const auto& [id, value] : draft.demographics) {
    if (survey.question(id)) out["demographics"][id] = value.substr(0, 60);
  }
  return out;
}

ResponseDraft draft_from_saved(const nlohmann::json& saved) {
  ResponseDraft draft;
  auto copy = [&saved](const char* part, std::map<std::string, std::string>& into) {
    const auto found = saved.find(part);
    if (found == saved.end() || !found->is_object()) return;
    for (auto entry = found->begin(); entry != found->end(); ++entry) {
      if (entry->is_string()) into[entry.key()] = entry->get<std::string>();
    }
  };
  copy("allocations", draft.allocations);
  copy("motivations", draft.motivations);
  copy("demographics", draft.demographics);
  return draft;
}

std::string thanks_page(const store::StoredSurvey& stored, Language lang, bool preview = false) {
  return survey_message_page(stored, lang, survey_text(lang, "thanks_title"), app::paragraphs_of(stored.survey.closing.in(lang)),
                             preview);
}

std::string code_used_page(const store::StoredSurvey& stored, Language lang) {
  return survey_message_page(stored, lang, survey_text(lang, "thanks_title"), {survey_text(lang, "code_used")});
}

Response code_entry(app::SurveyService& surveys, const Request& request) {
  const auto stored_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& stored = *stored_ptr;
  const PostedForm posted = read_form(request);
  const Language lang = posted.language;
  if (!stored.open) return html_page(409, survey_start_page(stored, lang, "", ""));
  if (!stored.requires_code) return see_other("/s/" + stored.slug + "/vragenlijst?lang=" + code_of(lang));
  std::string hash;
  try {
    hash = surveys.admit(stored, posted.code, request.client);
  } catch (const Error& e) {
    if (e.code() == error_codes::code_used) return html_page(409, code_used_page(stored, lang));
    if (e.code() == error_codes::too_many_requests) {
      return html_page(429, survey_start_page(stored, lang, posted.code, survey_text(lang, "busy")));
    }
    if (e.code() != error_codes::invalid_code) throw;
    return html_page(422, survey_start_page(stored, lang, posted.code, survey_text(lang, "code_wrong")));
  }
  FormState state{lang, posted.code, random_token("form-"), {}, {}, {}};
  if (auto saved = surveys.draft(stored, hash)) state.draft = draft_from_saved(*saved);
  return html_page(200, survey_form_page(stored, state));
}

// The start page again, for a code the form carries that is no longer accepted: a tampered or
// stale form (its code travels in a hidden field), or a client that tried too many codes.
Response refused_code(const store::StoredSurvey& stored, Language lang, const Error& e) {
  if (e.code() == error_codes::too_many_requests) return html_page(429, survey_start_page(stored, lang, "", survey_text(lang, "busy")));
  if (e.code() != error_codes::invalid_code) throw;  // called from the handler of `e`: rethrows it
  return html_page(422, survey_start_page(stored, lang, "", e.what()));
}

// "Save and continue later": the draft is kept under the code's hash, the form shown again.
Response save(app::SurveyService& surveys, const store::StoredSurvey& stored, FormState& state, const std::string& hash,
              const std::string& client) {
  try {
    surveys.save_draft(stored, hash, draft_json(stored.survey, state.draft), client);
  } catch (const Error& e) {
    if (e.code() != error_codes::invalid_code) throw;
    return html_page(422, survey_start_page(stored, state.language, "", e.what()));
  }
  state.notice = app::fill_in(survey_text(state.language, "saved"), {{"days", std::to_string(store::draft_days)}});
  return html_page(200, survey_form_page(stored, state));
}

Response submit(app::SurveyService& surveys, const store::StoredSurvey& stored, const FormState& state,
                const std::optional<std::string>& hash, const ValidResponse& response, const std::string& client) {
  try {
    surveys.submit(stored, hash, state.key, state.language, response, client);
  } catch (const Error& e) {
    if (e.code() == error_codes::invalid_code) return html_page(422, survey_start_page(stored, state.language, "", e.what()));
    if (e.code() != error_codes::code_used) throw;
    return html_page(409, code_used_page(stored, state.language));
  }
  return see_other("/s/" + stored.slug + "/bedankt?lang=" + code_of(state.language));
}

Response answer(app::SurveyService& surveys, const Request& request) {
  const auto stored_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& stored = *stored_ptr;
  PostedForm posted = read_form(request);
  FormState state{posted.switch_to.value_or(posted.language), posted.code, posted.key, posted.draft, {}, {}};
  if (!stored.open) return html_page(409, survey_start_page(stored, state.language, "", ""));
  if (state.key.size() < 8 || state.key.size() > 100) state.key = random_token("form-");
  std::optional<std::string> hash;
  if (stored.requires_code) {
    try {
      hash = surveys.code_hash(posted.code, request.client);
    } catch (const Error& e) {
      return refused_code(stored, state.language, e);
    }
  }
  if (posted.switch_to || posted.action == "edit") return html_page(200, survey_form_page(stored, state));
  if (posted.action == "save" && hash) return save(surveys, stored, state, *hash, request.client);
  if (posted.action != "review" && posted.action != "submit") {
    throw Error(error_codes::bad_request, "Unknown form action.");
  }
  const auto check = check_response(stored.survey, posted.draft, state.language);
  if (!check.response) {
    state.errors = check.errors;
    return html_page(422, survey_form_page(stored, state));
  }
  if (posted.action == "review") return html_page(200, survey_review_page(stored, state, *check.response));
  return submit(surveys, stored, state, hash, *check.response, request.client);
}

}  // namespace

std::string survey_preview_page(const store::StoredSurvey& stored, Language language, PreviewPage page) {
  // As residents will see it once it is open, whether it is a draft, open or closed now.
  store::StoredSurvey survey = stored;
  survey.open = true;
  switch (page) {
    case PreviewPage::start:
      return survey_start_page(survey, language, "", "", true);
    case PreviewPage::thanks:
      return thanks_page(survey, language, true);
    case PreviewPage::form:
      break;
  }
  FormState state{language, "", random_token("form-"), {}, {}, {}, true};
  return survey_form_page(survey, state);
}

void add_survey_page_routes(Router& router, app::SurveyService& surveys) {
  // A template that names a missing partial, or does not parse, stops the server at startup.
  app::check_page_templates();
  router.add("GET", "/s/{slug}", [&surveys](const Request& request) {
    const auto stored_ptr = surveys.survey(request.params.at("slug"));
    const store::StoredSurvey& stored = *stored_ptr;
    return html_page(200, survey_start_page(stored, page_language(request), "", ""));
  });
  router.add("POST", "/s/{slug}", [&surveys](const Request& request) { return code_entry(surveys, request); });
  router.add("GET", "/s/{slug}/vragenlijst", [&surveys](const Request& request) {
    const auto stored_ptr = surveys.survey(request.params.at("slug"));
    const store::StoredSurvey& stored = *stored_ptr;
    const Language lang = page_language(request);
    if (stored.requires_code || !stored.open) return html_page(200, survey_start_page(stored, lang, "", ""));
    return html_page(200, survey_form_page(stored, FormState{lang, "", random_token("form-"), {}, {}, {}}));
  });
  router.add("POST", "/s/{slug}/antwoord", [&surveys](const Request& request) { return answer(surveys, request); });
  router.add("GET", "/s/{slug}/bedankt", [&surveys](const Request& request) {
    const auto stored_ptr = surveys.survey(request.params.at("slug"));
    const store::StoredSurvey& stored = *stored_ptr;
    return html_page(200, thanks_page(stored, page_language(request)));
  });
}

}  // namespace mienskip::web
