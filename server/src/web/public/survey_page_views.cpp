#include "web/public/survey_page_views.hpp"

#include <nlohmann/json.hpp>

#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

const json& texts(Language language) { return app::page_texts("survey", language); }

json hidden(const std::string& name, const std::string& value) { return {{"name", name}, {"value", value}}; }

// The form's own fields: language, idempotency key and (for a survey with codes) the code.
json own_fields(const FormState& state) {
  json fields = {hidden("lang", code_of(state.language)), hidden("key", state.key)};
  if (!state.code.empty()) fields.push_back(hidden("code", state.code));
  return fields;
}

std::string field_id(const std::string& field) {
  std::string id = field;
  for (char& c : id) {
    if (c == '.') c = '-';
  }
  return id;
}

// The error message for `field`, or false (every item carries the key: see page_template.hpp).
json error_for(const FormState& state, const std::string& field) {
  for (const auto& e : state.errors) {
    if (e.field == field) return e.message;
  }
  return false;
}

std::string value_in(const std::map<std::string, std::string>& values, const std::string& key) {
  const auto found = values.find(key);
  return found == values.end() ? "" : found->second;
}

std::string divide_text(const Survey& survey, Language language) {
  return app::fill_in(texts(language).at("divide"), {{"budget", std::to_string(survey.budget)}});
}

json scenario_data(const Survey& survey, const Scenario& scenario, const FormState& state) {
  const Language lang = state.language;
  const std::string id = field_id("allocations." + scenario.id);
  json consequences = json::array();
  for (const auto& c : scenario.consequences) consequences.push_back(c.in(lang));
  json motivation = false;
  if (survey.motivation_asked) {
    const std::string field = "motivations." + scenario.id;
    motivation = {{"id", field_id(field)},
                  {"prompt", survey.motivation_prompt.in(lang)},
                  {"error", error_for(state, field)},
                  {"name", scenario.id},
                  {"max_length", survey.motivation_max_length},
                  {"value", value_in(state.draft.motivations, scenario.id)}};
  }
  return {{"id", id},
          {"title", scenario.title.in(lang)},
          {"description", app::paragraphs_of(scenario.description.in(lang))},
          {"has_consequences", !consequences.empty()},
          {"consequences", consequences},
          {"error", error_for(state, "allocations." + scenario.id)},
          {"name", scenario.id},
          {"value", value_in(state.draft.allocations, scenario.id)},
          {"motivation", motivation}};
}

json question_data(const DemographicQuestion& question, const FormState& state) {
  const std::string id = field_id("demographics." + question.id);
  const std::string chosen = value_in(state.draft.demographics, question.id);
  std::vector<AnswerOption> options = question.options;
  options.push_back({std::string(prefer_not_to_say), prefer_not_to_say_label()});
  json items = json::array();
  for (std::size_t o = 0; o < options.size(); ++o) {
    // The first radio carries the question's id, so the error summary can link to it.
    items.push_back({{"value", options[o].id},
                     {"label", options[o].label.in(state.language)},
                     {"chosen", chosen == options[o].id},
                     {"option_id", o == 0 ? id : id + "-" + field_id(options[o].id)}});
  }
  return {{"id", id},
          {"label", question.label.in(state.language)},
          {"select", question.control == "select"},
          {"error", error_for(state, "demographics." + question.id)},
          {"name", question.id},
          {"options", items}};
}

std::string page(Language language, const std::string& title, std::vector<LanguageChoice> languages, std::string main,
                 bool preview, std::string first = "") {
  return resident_page({language, title, std::move(languages), std::move(main), std::move(first), true, preview});
}

}  // namespace

std::string survey_text(Language language, const std::string& name) { return texts(language).at(name); }

std::string survey_form_page(const store::StoredSurvey& stored, const FormState& state) {
  const Survey& survey = stored.survey;
  const Language lang = state.language;
  const json& t = texts(lang);
  json data = {{"t", t},
               {"title", survey.title.in(lang)},
               {"preview", state.preview},
               {"action", "/s/" + stored.slug + "/antwoord"},
               {"budget", survey.budget},
               {"counter_texts", json{{"left", t.at("points_left")}, {"over", t.at("points_over")}}.dump()},
               {"hidden", own_fields(state)},
               {"divide", divide_text(survey, lang)},
               {"notice", state.notice.empty() ? json(false) : json(state.notice)},
               {"has_demographics", !survey.demographics.empty()},
               // A resident with a code may save; the preview of a survey with codes shows what they get.
               {"can_save", !state.code.empty() || (state.preview && stored.requires_code)}};
  json summary = false;
  if (!state.errors.empty()) {
    summary = {{"title", t.at("error_title")}, {"errors", json::array()}};
    for (const auto& e : state.errors) summary["errors"].push_back({{"anchor", field_id(e.field)}, {"message", e.message}});
  }
  data["error_summary"] = summary;
  const json total_error = error_for(state, "allocations");
  data["total"] = total_error.is_string() ? json{{"id", "allocations"}, {"error", total_error}} : json(false);
  data["scenarios"] = json::array();
  for (const auto& scenario : survey.scenarios) data["scenarios"].push_back(scenario_data(survey, scenario, state));
  data["questions"] = json::array();
  for (const auto& question : survey.demographics) data["questions"].push_back(question_data(question, state));
  const std::string default_button = app::render_page_template("survey_default_button", data) + "\n";
  return page(lang, survey.title.in(lang), language_buttons(lang, state.preview),
              app::render_page_template("survey_form", data), state.preview, default_button);
}

std::string survey_review_page(const store::StoredSurvey& stored, const FormState& state, const ValidResponse& response) {
  const Survey& survey = stored.survey;
  const Language lang = state.language;
  const json& t = texts(lang);
  json rows = json::array();
  for (std::size_t s = 0; s < survey.scenarios.size(); ++s) {
    const auto& scenario = survey.scenarios[s];
    const auto motivation = response.motivations.find(scenario.id);
    rows.push_back({{"title", scenario.title.in(lang)},
                    {"motivation", motivation == response.motivations.end() ? json(false) : json(motivation->second)},
                    {"points", response.points[s]}});
  }
  json answers = json::array();
  for (const auto& question : survey.demographics) {
    std::string answer = t.at("no_answer");
    const auto given = response.demographics.find(question.id);
    if (given != response.demographics.end()) {
      if (given->second == prefer_not_to_say) answer = prefer_not_to_say_label().in(lang);
      for (const auto& option : question.options) {
        if (option.id == given->second) answer = option.label.in(lang);
      }
    }
    answers.push_back({{"question", question.label.in(lang)}, {"answer", answer}});
  }
  json fields = own_fields(state);
  for (const auto& [id, value] : state.draft.allocations) fields.push_back(hidden("points." + id, value));
  for (const auto& [id, value] : state.draft.motivations) fields.push_back(hidden("motivation." + id, value));
  for (const auto& [id, value] : state.draft.demographics) fields.push_back(hidden("demo." + id, value));
  const json data = {{"t", t},
                     {"rows", rows},
                     {"has_demographics", !survey.demographics.empty()},
                     {"answers", answers},
                     {"action", "/s/" + stored.slug + "/antwoord"},
                     {"hidden", fields}};
  return page(lang, t.at("review_title").get<std::string>() + " - " + survey.title.in(lang),
              language_buttons(lang), app::render_page_template("survey_review", data), false);
}

std::string survey_start_page(const store::StoredSurvey& stored, Language lang, const std::string& typed_code,
                              const std::string& error, bool preview) {
  const Survey& survey = stored.survey;
  const std::string path = "/s/" + stored.slug;
  const bool code_form = stored.open && stored.requires_code;
  json begin = false;
  if (stored.open && !stored.requires_code) {
    begin = {{"href", preview ? json(false) : json(path + "/vragenlijst?lang=" + code_of(lang))}};
  }
  const json data = {{"t", texts(lang)},
                     {"title", survey.title.in(lang)},
                     {"error", error.empty() ? json(false) : json(error)},
                     {"introduction", app::paragraphs_of(survey.introduction.in(lang))},
                     {"closed", !stored.open},
                     {"code_form", code_form},
                     {"preview", preview},
                     {"action", path},
                     {"hidden", json::array({hidden("lang", code_of(lang))})},
                     {"typed_code", typed_code},
                     {"begin", begin}};
  return page(lang, survey.title.in(lang), language_links(lang, path, preview),
              app::render_page_template("survey_start", data), preview);
}

std::string survey_message_page(const store::StoredSurvey& stored, Language lang, const std::string& title,
                                const std::vector<std::string>& paragraphs, bool preview) {
  const json data = {{"title", title}, {"paragraphs", paragraphs}};
  return page(lang, title, language_links(lang, "/s/" + stored.slug, preview),
              app::render_page_template("survey_message", data), preview);
}

}  // namespace mienskip::web
