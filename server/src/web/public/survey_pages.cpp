#include "web/public/survey_pages.hpp"

#include <Poco/Exception.h>

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/base/form_body.hpp"
#include "core/crypto/random_token.hpp"
#include "web/public/html.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

// The words of the pages themselves; the survey's own texts come from its template.
struct Words {
  const char* skip;
  const char* languages;
  const char* code_label;
  const char* code_hint;
  const char* start;
  const char* begin;
  const char* closed;
  const char* error_title;
  const char* divide;           // "{n}" = budget
  const char* points_left;      // "{n}"
  const char* points_over;      // "{n}"
  const char* points;
  const char* points_for;
  const char* less;
  const char* more;
  const char* consequences;
  const char* why;
  const char* optional;
  const char* about_you;
  const char* about_you_hint;
  const char* choose;
  const char* review;
  const char* save;
  const char* saved;
  const char* review_title;
  const char* review_intro;
  const char* scenario;
  const char* send;
  const char* change;
  const char* thanks_title;
  const char* code_used;
  const char* no_answer;
  const char* busy;
};

const Words dutch{"Naar de inhoud", "Taal", "Uw code", "De code staat in de brief die u kreeg, bijvoorbeeld K7QM-X2PA-9RTD.",
                  "Verder", "Beginnen", "Deze vragenlijst is gesloten. U kunt niet meer meedoen.", "Er ging iets mis",
                  "Verdeel precies {n} punten over de scenario's. Hoe belangrijker een scenario voor u is, hoe meer punten.",
                  "U hebt nog {n} punten te verdelen.", "U hebt {n} punten te veel verdeeld.", "Punten", "voor",
                  "minder", "meer", "Wat betekent dit?", "Waarom geeft u dit aantal punten?", "niet verplicht",
                  "Over u", "Deze vragen zijn niet verplicht. Zo kunnen we zien of de antwoorden de inwoners goed weergeven.",
                  "Kies een antwoord", "Controleren", "Opslaan en later verder",
                  "Opgeslagen. U kunt later verder met dezelfde code, ook op een ander apparaat.",
                  "Controleer uw antwoorden", "Klopt alles? Verstuur dan uw antwoorden. Daarna kunt u ze niet meer veranderen.",
                  "Scenario", "Versturen", "Wijzigen", "Bedankt!",
                  "Met deze code is de vragenlijst al ingevuld. Dank u wel voor uw antwoorden!", "Geen antwoord",
                  "Te veel verkeerde codes geprobeerd. Wacht tien minuten en probeer het dan opnieuw."};
const Words frisian{"Nei de ynhâld", "Taal", "Jo koade", "De koade stiet yn de brief dy't jo krigen hawwe, bygelyks K7QM-X2PA-9RTD.",
                    "Fierder", "Begjinne", "Dizze fragelist is sletten. Jo kinne net mear meidwaan.", "Der gie wat mis",
                    "Ferdiel krekt {n} punten oer de senario's. Hoe wichtiger in senario foar jo is, hoe mear punten.",
                    "Jo hawwe noch {n} punten te ferdielen.", "Jo hawwe {n} punten tefolle ferdield.", "Punten", "foar",
                    "minder", "mear", "Wat betsjut dit?", "Wêrom jouwe jo dit tal punten?", "net ferplichte",
                    "Oer jo", "Dizze fragen binne net ferplichte. Sa kinne wy sjen oft de antwurden de ynwenners goed wjerjaan.",
                    "Kies in antwurd", "Kontrolearje", "Bewarje en letter fierder",
                    "Bewarre. Jo kinne letter fierder mei deselde koade, ek op in oar apparaat.",
                    "Kontrolearje jo antwurden", "Klopt alles? Stjoer dan jo antwurden. Dêrnei kinne jo se net mear feroarje.",
                    "Senario", "Ferstjoere", "Feroarje", "Tankewol!",
                    "Mei dizze koade is de fragelist al ynfolle. Tankewol foar jo antwurden!", "Gjin antwurd",
                    "Tefolle ferkearde koades besocht. Wachtsje tsien minuten en besykje it dan opnij."};
const Words english{"Skip to content", "Language", "Your code", "The code is in the letter you received, for example K7QM-X2PA-9RTD.",
                    "Continue", "Start", "This survey is closed. You can no longer take part.", "Something went wrong",
                    "Divide exactly {n} points over the scenarios. The more important a scenario is to you, the more points.",
                    "You have {n} points left to divide.", "You have divided {n} points too many.", "Points", "for",
                    "less", "more", "What does this mean?", "Why do you give this number of points?", "optional",
                    "About you", "These questions are optional. They show whether the answers represent the residents well.",
                    "Choose an answer", "Review", "Save and continue later",
                    "Saved. You can continue later with the same code, also on another device.",
                    "Check your answers", "Is everything right? Then send your answers. After that you cannot change them.",
                    "Scenario", "Send", "Change", "Thank you!",
                    "This code has already been used to answer the survey. Thank you for your answers!", "No answer",
                    "Too many wrong codes were tried. Please wait ten minutes and try again."};

const Words& words(Language language) {
  return language == Language::fy ? frisian : language == Language::en ? english : dutch;
}

const char* language_name(Language language) {
  return language == Language::fy ? "Frysk" : language == Language::en ? "English" : "Nederlands";
}

constexpr Language all_languages[] = {Language::nl, Language::fy, Language::en};

std::string with_number(const char* pattern, int n) {
  std::string text = pattern;
  const auto at = text.find("{n}");
  if (at != std::string::npos) text.replace(at, 3, std::to_string(n));
  return text;
}

std::string code_of(Language language) { return std::string(language_code(language)); }

Response html(int status, std::string body) { return Response{status, "text/html; charset=utf-8", std::move(body), {}}; }

// Post/redirect/get: the browser follows with a GET, so a reload cannot send a form again.
Response see_other(const std::string& location) {
  Response response = html(303, "");
  response.headers.push_back({"Location", location});
  return response;
}

// A staff preview is rendered by this same code, so staff see what residents get; but nothing on it
// may reach the real survey. Its forms have no address (not even a script can send them anywhere),
// its submit buttons are disabled and its links to other pages are inert; a banner says so.
std::string form_target(const std::string& action, bool preview) {
  return preview ? std::string(" data-preview") : " method=\"post\" action=\"" + escape_html(action) + "\"";
}

const char* disabled_in(bool preview) { return preview ? " disabled" : ""; }

std::string href_unless(bool preview, const std::string& url) {
  return preview ? std::string(" aria-disabled=\"true\"") : " href=\"" + escape_html(url) + "\"";
}

// In Dutch on every page: it is for the municipality's staff, not for residents.
const char* preview_banner =
    "<div class=\"utrecht-alert utrecht-alert--warning mienskip-preview-banner\" role=\"note\" lang=\"nl\">"
    "<p class=\"utrecht-paragraph\"><strong>Voorbeeld</strong>: zo zien inwoners deze pagina. "
    "Vanuit dit voorbeeld wordt niets verstuurd.</p></div>\n";

// The page frame (resident_page) with the points counter's script.
std::string layout(Language language, const std::string& title, const std::string& languages, const std::string& main,
                   const std::string& first = "", bool preview = false) {
  const Words& w = words(language);
  return resident_page({code_of(language), title, w.skip, w.languages, languages,
                        (preview ? preview_banner : "") + main, "<script src=\"/static/survey.js\" defer></script>\n",
                        first});
}

// Language links for pages reached by GET.
std::string language_links(Language current, const std::string& path, bool preview = false) {
  std::string out = "<ul class=\"mienskip-languages\">";
  for (Language l : all_languages) {
    out += "<li><a class=\"utrecht-link\" lang=\"" + code_of(l) + "\" hreflang=\"" + code_of(l) + "\"" +
           href_unless(preview, path + "?lang=" + code_of(l)) + (l == current ? " aria-current=\"true\"" : "") + ">" +
           language_name(l) + "</a></li>";
  }
  return out + "</ul>";
}

// Language buttons for the form: they submit it, so nothing typed is lost by switching.
std::string language_buttons(Language current, bool preview = false) {
  std::string out = "<ul class=\"mienskip-languages\">";
  for (Language l : all_languages) {
    out += "<li><button class=\"utrecht-button utrecht-button--subtle\" form=\"survey\" type=\"submit\" name=\"switch_lang\" "
           "value=\"" + code_of(l) + "\" lang=\"" + code_of(l) + "\"" + (l == current ? " aria-current=\"true\"" : "") +
           disabled_in(preview) + ">" + language_name(l) + "</button></li>";
  }
  return out + "</ul>";
}

std::string hidden(const std::string& name, const std::string& value) {
  return "<input type=\"hidden\" name=\"" + escape_html(name) + "\" value=\"" + escape_html(value) + "\">";
}

std::string paragraphs(const std::string& text, const char* css = "utrecht-paragraph") {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find("\n\n", start);
    const std::string part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty()) out += std::string("<p class=\"") + css + "\">" + escape_html(part) + "</p>";
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

// Everything a form page needs to be shown (again).
struct FormState {
  Language language = Language::nl;
  std::string code;  // as typed, empty for an open survey
  std::string key;   // idempotency key of this form
  ResponseDraft draft;
  std::vector<FieldError> errors;
  std::string notice;
  bool preview = false;  // staff's preview: looks the same, sends nothing
};

std::string field_id(const std::string& field) {
  std::string id = field;
  for (char& c : id) {
    if (c == '.') c = '-';
  }
  return id;
}

const FieldError* error_for(const FormState& state, const std::string& field) {
  for (const auto& e : state.errors) {
    if (e.field == field) return &e;
  }
  return nullptr;
}

std::string error_message(const FieldError* error, const std::string& id) {
  if (!error) return "";
  return "<p class=\"utrecht-form-field-error-message\" id=\"" + id + "-error\">" + escape_html(error->message) + "</p>";
}

std::string error_summary(const FormState& state) {
  if (state.errors.empty()) return "";
  std::string out = "<div class=\"utrecht-alert utrecht-alert--error mienskip-error-summary\" role=\"alert\" "
                    "tabindex=\"-1\" autofocus aria-labelledby=\"error-summary-title\"><div class=\"utrecht-alert__content\">"
                    "<h2 class=\"utrecht-heading-2\" id=\"error-summary-title\">" +
                    std::string(words(state.language).error_title) + "</h2><ul class=\"utrecht-unordered-list\">";
  for (const auto& e : state.errors) {
    out += "<li><a class=\"utrecht-link\" href=\"#" + escape_html(field_id(e.field)) + "\">" + escape_html(e.message) +
           "</a></li>";
  }
  return out + "</ul></div></div>";
}

std::string value_in(const std::map<std::string, std::string>& values, const std::string& key) {
  const auto found = values.find(key);
  return found == values.end() ? "" : found->second;
}

std::string survey_form(const store::StoredSurvey& stored, const FormState& state) {
  const Survey& survey = stored.survey;
  const Language lang = state.language;
  const Words& w = words(lang);
  nlohmann::json texts = {{"left", w.points_left}, {"over", w.points_over}};
  std::string out = "<h1 class=\"utrecht-heading-1\">" + escape_html(survey.title.in(lang)) + "</h1>";
  out += error_summary(state);
  if (!state.notice.empty()) {
    out += "<div class=\"utrecht-alert utrecht-alert--ok\" role=\"status\"><p class=\"utrecht-paragraph\">" +
           escape_html(state.notice) + "</p></div>";
  }
  out += "<form id=\"survey\"" + form_target("/s/" + stored.slug + "/antwoord", state.preview) +
         " novalidate data-budget=\"" + std::to_string(survey.budget) + "\" data-texts=\"" + escape_html(texts.dump()) +
         "\">";
  out += hidden("lang", code_of(lang)) + hidden("key", state.key);
  if (!state.code.empty()) out += hidden("code", state.code);
  const FieldError* total_error = error_for(state, "allocations");
  out += "<p class=\"utrecht-paragraph utrecht-paragraph--lead\" id=\"allocations\">" +
         escape_html(with_number(w.divide, survey.budget)) + "</p>";
  out += error_message(total_error, "allocations");
  for (const auto& scenario : survey.scenarios) {
    const std::string field = "allocations." + scenario.id;
    const std::string id = field_id(field);
    const FieldError* error = error_for(state, field);
    const std::string title = escape_html(scenario.title.in(lang));
    out += std::string("<section class=\"mienskip-scenario") + (error ? " mienskip-scenario--invalid" : "") +
           "\" aria-labelledby=\"" + id + "-title\">";
    out += "<h2 class=\"utrecht-heading-2\" id=\"" + id + "-title\">" + title + "</h2>";
    out += paragraphs(scenario.description.in(lang));
    if (!scenario.consequences.empty()) {
      out += "<h3 class=\"utrecht-heading-3\">" + std::string(w.consequences) + "</h3><ul class=\"utrecht-unordered-list\">";
      for (const auto& c : scenario.consequences) out += "<li>" + escape_html(c.in(lang)) + "</li>";
      out += "</ul>";
    }
    out += "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"" + id + "\">" + w.points +
           " <span class=\"mienskip-visually-hidden\">" + w.points_for + " " + title + "</span></label>";
    out += error_message(error, id);
    out += "<div><input class=\"utrecht-textbox mienskip-points" + std::string(error ? " utrecht-textbox--invalid" : "") +
           "\" id=\"" + id + "\" name=\"points." + escape_html(scenario.id) +
           "\" inputmode=\"numeric\" pattern=\"[0-9]*\" autocomplete=\"off\" data-points value=\"" +
           escape_html(value_in(state.draft.allocations, scenario.id)) + "\"" +
           (error ? " aria-invalid=\"true\" aria-describedby=\"" + id + "-error\"" : "") + ">";
    out += " <span class=\"mienskip-stepper\">";
    for (int step : {-5, 5}) {
      out += "<button type=\"button\" class=\"utrecht-button utrecht-button--secondary-action\" data-step=\"" +
             std::to_string(step) + "\" aria-label=\"" + std::to_string(std::abs(step)) + " " + w.points + " " +
             (step < 0 ? w.less : w.more) + " " + w.points_for + " " + title + "\">" + (step < 0 ? "&minus;5" : "+5") +
             "</button>";
    }
    out += "</span></div></div>";
    if (survey.motivation_asked) {
      const std::string mfield = "motivations." + scenario.id;
      const std::string mid = field_id(mfield);
      const FieldError* merror = error_for(state, mfield);
      out += "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"" + mid + "\">" +
             escape_html(survey.motivation_prompt.in(lang)) + " <span class=\"mienskip-visually-hidden\">(" + title +
             ")</span> (" + w.optional + ")</label>";
      out += error_message(merror, mid);
      out += "<textarea class=\"utrecht-textarea" + std::string(merror ? " utrecht-textarea--invalid" : "") + "\" id=\"" +
             mid + "\" name=\"motivation." + escape_html(scenario.id) + "\" rows=\"3\" maxlength=\"" +
             std::to_string(survey.motivation_max_length) + "\"" +
             (merror ? " aria-invalid=\"true\" aria-describedby=\"" + mid + "-error\"" : "") + ">" +
             escape_html(value_in(state.draft.motivations, scenario.id)) + "</textarea></div>";
    }
    out += "</section>";
  }
  out += "<p class=\"mienskip-points-left\" id=\"points-left\" aria-live=\"polite\">" +
         escape_html(with_number(w.divide, survey.budget)) + "</p>";

  if (!survey.demographics.empty()) {
    out += "<h2 class=\"utrecht-heading-2\">" + std::string(w.about_you) + "</h2><p class=\"utrecht-paragraph\">" +
           w.about_you_hint + "</p>";
  }
  for (const auto& question : survey.demographics) {
    const std::string field = "demographics." + question.id;
    const std::string id = field_id(field);
    const FieldError* error = error_for(state, field);
    const std::string chosen = value_in(state.draft.demographics, question.id);
    std::vector<AnswerOption> options = question.options;
    options.push_back({std::string(prefer_not_to_say), prefer_not_to_say_label()});
    if (question.control == "select") {
      out += "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"" + id + "\">" +
             escape_html(question.label.in(lang)) + "</label>" + error_message(error, id) +
             "<select class=\"utrecht-select\" id=\"" + id + "\" name=\"demo." + escape_html(question.id) + "\"" +
             (error ? " aria-invalid=\"true\" aria-describedby=\"" + id + "-error\"" : "") + "><option value=\"\">" +
             w.choose + "</option>";
      for (const auto& option : options) {
        out += "<option value=\"" + escape_html(option.id) + "\"" + (chosen == option.id ? " selected" : "") + ">" +
               escape_html(option.label.in(lang)) + "</option>";
      }
      out += "</select></div>";
    } else {
      out += "<fieldset class=\"utrecht-form-fieldset\"" +
             (error ? " aria-describedby=\"" + id + "-error\"" : std::string()) +
             "><legend class=\"utrecht-form-fieldset__legend\">" + escape_html(question.label.in(lang)) + "</legend>" +
             error_message(error, id);
      bool first = true;
      for (const auto& option : options) {
        // The first radio carries the question's id, so the error summary can link to it.
        const std::string option_id = first ? id : id + "-" + field_id(option.id);
        first = false;
        out += "<div class=\"utrecht-form-field utrecht-form-field--radio\"><input type=\"radio\" "
               "class=\"utrecht-radio-button\" id=\"" + escape_html(option_id) + "\" name=\"demo." +
               escape_html(question.id) + "\" value=\"" + escape_html(option.id) + "\"" +
               (chosen == option.id ? " checked" : "") + "> <label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"" +
               escape_html(option_id) + "\">" + escape_html(option.label.in(lang)) + "</label></div>";
      }
      out += "</fieldset>";
    }
  }
  const std::string disabled = disabled_in(state.preview);
  out += "<div class=\"mienskip-actions\"><button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\" "
         "name=\"action\" value=\"review\"" + disabled + ">" + std::string(w.review) + "</button>";
  // A resident with a code may save; the preview of a survey with codes shows what they get.
  if (!state.code.empty() || (state.preview && stored.requires_code)) {
    out += "<button class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\" name=\"action\" "
           "value=\"save\"" + disabled + ">" + std::string(w.save) + "</button>";
  }
  out += "</div></form>";
  // Enter in a text field submits with the form's first button in document order, which would be a
  // language button in the header; this one comes first, so Enter means "review".
  const std::string default_button = "<button form=\"survey\" type=\"submit\" name=\"action\" value=\"review\" "
                                     "class=\"mienskip-visually-hidden\" tabindex=\"-1\" aria-hidden=\"true\"" +
                                     disabled + ">" + std::string(w.review) + "</button>\n";
  return layout(lang, survey.title.in(lang), language_buttons(lang, state.preview), out, default_button, state.preview);
}

std::string review_page(const store::StoredSurvey& stored, const FormState& state, const ValidResponse& response) {
  const Survey& survey = stored.survey;
  const Language lang = state.language;
  const Words& w = words(lang);
  std::string out = "<h1 class=\"utrecht-heading-1\">" + std::string(w.review_title) + "</h1><p class=\"utrecht-paragraph\">" +
                    w.review_intro + "</p>";
  out += "<table class=\"mienskip-summary\"><thead><tr><th scope=\"col\">" + std::string(w.scenario) +
         "</th><th scope=\"col\">" + w.points + "</th></tr></thead><tbody>";
  for (std::size_t s = 0; s < survey.scenarios.size(); ++s) {
    const auto& scenario = survey.scenarios[s];
    out += "<tr><th scope=\"row\">" + escape_html(scenario.title.in(lang));
    const auto motivation = response.motivations.find(scenario.id);
    if (motivation != response.motivations.end()) {
      out += "<p class=\"utrecht-paragraph\"><i>" + escape_html(motivation->second) + "</i></p>";
    }
    out += "</th><td class=\"mienskip-number\">" + std::to_string(response.points[s]) + "</td></tr>";
  }
  out += "</tbody></table>";
  if (!survey.demographics.empty()) {
    out += "<h2 class=\"utrecht-heading-2\">" + std::string(w.about_you) + "</h2><dl>";
    for (const auto& question : survey.demographics) {
      std::string answer = w.no_answer;
      const auto given = response.demographics.find(question.id);
      if (given != response.demographics.end()) {
        if (given->second == prefer_not_to_say) answer = prefer_not_to_say_label().in(lang);
        for (const auto& option : question.options) {
          if (option.id == given->second) answer = option.label.in(lang);
        }
      }
      out += "<dt><b>" + escape_html(question.label.in(lang)) + "</b></dt><dd>" + escape_html(answer) + "</dd>";
    }
    out += "</dl>";
  }
  out += "<form id=\"survey\" method=\"post\" action=\"/s/" + escape_html(stored.slug) + "/antwoord\">";
  out += hidden("lang", code_of(lang)) + hidden("key", state.key);
  if (!state.code.empty()) out += hidden("code", state.code);
  for (const auto& [id, value] : state.draft.allocations) out += hidden("points." + id, value);
  for (const auto& [id, value] : state.draft.motivations) out += hidden("motivation." + id, value);
  for (const auto& [id, value] : state.draft.demographics) out += hidden("demo." + id, value);
  out += "<div class=\"mienskip-actions\"><button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\" "
         "name=\"action\" value=\"submit\">" + std::string(w.send) + "</button>"
         "<button class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\" name=\"action\" value=\"edit\">" +
         w.change + "</button></div></form>";
  return layout(lang, std::string(w.review_title) + " - " + survey.title.in(lang), language_buttons(lang), out);
}

std::string start_page(const store::StoredSurvey& stored, Language lang, const std::string& typed_code,
                       const std::string& error, bool preview = false) {
  const Survey& survey = stored.survey;
  const Words& w = words(lang);
  std::string out = "<h1 class=\"utrecht-heading-1\">" + escape_html(survey.title.in(lang)) + "</h1>";
  if (!error.empty()) {
    out += "<div class=\"utrecht-alert utrecht-alert--error mienskip-error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>"
           "<div class=\"utrecht-alert__content\"><h2 class=\"utrecht-heading-2\">" + std::string(w.error_title) +
           "</h2><ul class=\"utrecht-unordered-list\"><li><a class=\"utrecht-link\" href=\"#code\">" + escape_html(error) +
           "</a></li></ul></div></div>";
  }
  out += paragraphs(survey.introduction.in(lang));
  if (!stored.open) {
    out += "<div class=\"utrecht-alert utrecht-alert--info\" role=\"status\"><p class=\"utrecht-paragraph\">" +
           std::string(w.closed) + "</p></div>";
  } else if (stored.requires_code) {
    out += "<form" + form_target("/s/" + stored.slug, preview) + " novalidate>" + hidden("lang", code_of(lang)) +
           "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"code\">" + w.code_label +
           "</label><p class=\"utrecht-form-field-description\" id=\"code-hint\">" + w.code_hint + "</p>" +
           (error.empty() ? "" : "<p class=\"utrecht-form-field-error-message\" id=\"code-error\">" + escape_html(error) + "</p>") +
           "<input class=\"utrecht-textbox mienskip-code" + std::string(error.empty() ? "" : " utrecht-textbox--invalid") +
           "\" id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" "
           "aria-describedby=\"code-hint" + std::string(error.empty() ? "" : " code-error") + "\"" +
           (error.empty() ? "" : " aria-invalid=\"true\"") + " value=\"" + escape_html(typed_code) +
           "\"></div><button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\"" +
           disabled_in(preview) + ">" + w.start +
           "</button></form>";
  } else {
    out += "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link utrecht-button-link utrecht-button-link--primary-action\"" +
           href_unless(preview, "/s/" + stored.slug + "/vragenlijst?lang=" + code_of(lang)) + ">" + w.begin + "</a></p>";
  }
  return layout(lang, survey.title.in(lang), language_links(lang, "/s/" + stored.slug, preview), out, "", preview);
}

std::string message_page(const store::StoredSurvey& stored, Language lang, const std::string& title,
                         const std::string& body_html, bool preview = false) {
  return layout(lang, title, language_links(lang, "/s/" + stored.slug, preview),
                "<h1 class=\"utrecht-heading-1\">" + escape_html(title) + "</h1>" + body_html, "", preview);
}

Language page_language(const Request& request) {
  const auto found = request.query.find("lang");
  if (found == request.query.end()) return Language::nl;
  return parse_language(found->second).value_or(Language::nl);
}

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

Response code_entry(SurveyService& surveys, const Request& request) {
  const auto stored_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& stored = *stored_ptr;
  const PostedForm posted = read_form(request);
  const Language lang = posted.language;
  if (!stored.open) return html(409, start_page(stored, lang, "", ""));
  if (!stored.requires_code) return see_other("/s/" + stored.slug + "/vragenlijst?lang=" + code_of(lang));
  std::string hash;
  try {
    hash = surveys.admit(stored, posted.code, request.client);
  } catch (const Error& e) {
    const Words& w = words(lang);
    if (e.code() == error_codes::code_used) {
      return html(409, message_page(stored, lang, w.thanks_title, "<p class=\"utrecht-paragraph\">" + std::string(w.code_used) + "</p>"));
    }
    if (e.code() == error_codes::too_many_requests) return html(429, start_page(stored, lang, posted.code, w.busy));
    if (e.code() != "invalid_code") throw;
    return html(422, start_page(stored, lang, posted.code,
                                lang == Language::nl   ? "Deze code klopt niet. Controleer de code in uw brief."
                                : lang == Language::fy ? "Dizze koade klopt net. Kontrolearje de koade yn jo brief."
                                                       : "This code is not right. Check the code in your letter."));
  }
  FormState state{lang, posted.code, random_token("form-"), {}, {}, {}};
  if (auto saved = surveys.draft(stored, hash)) state.draft = draft_from_saved(*saved);
  return html(200, survey_form(stored, state));
}

Response answer(SurveyService& surveys, const Request& request) {
  const auto stored_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& stored = *stored_ptr;
  PostedForm posted = read_form(request);
  FormState state{posted.switch_to.value_or(posted.language), posted.code, posted.key, posted.draft, {}, {}};
  if (!stored.open) return html(409, start_page(stored, state.language, "", ""));
  if (state.key.size() < 8 || state.key.size() > 100) state.key = random_token("form-");
  std::optional<std::string> hash;
  if (stored.requires_code) {
    try {
      hash = surveys.code_hash(posted.code, request.client);
    } catch (const Error& e) {
      if (e.code() == error_codes::too_many_requests) return html(429, start_page(stored, state.language, "", words(state.language).busy));
      if (e.code() != "invalid_code") throw;
      // The code travels in a hidden field; a wrong one here means a tampered or stale form.
      return html(422, start_page(stored, state.language, "", e.what()));
    }
  }
  if (posted.switch_to || posted.action == "edit") return html(200, survey_form(stored, state));
  if (posted.action == "save" && hash) {
    try {
      surveys.save_draft(stored, *hash, draft_json(stored.survey, posted.draft), request.client);
    } catch (const Error& e) {
      if (e.code() != "invalid_code") throw;
      return html(422, start_page(stored, state.language, "", e.what()));
    }
    state.notice = words(state.language).saved;
    return html(200, survey_form(stored, state));
  }
  if (posted.action != "review" && posted.action != "submit") {
    throw Error(error_codes::bad_request, "Unknown form action.");
  }
  const auto check = check_response(stored.survey, posted.draft, state.language);
  if (!check.response) {
    state.errors = check.errors;
    return html(422, survey_form(stored, state));
  }
  if (posted.action == "review") return html(200, review_page(stored, state, *check.response));
  try {
    surveys.submit(stored, hash, state.key, state.language, *check.response, request.client);
  } catch (const Error& e) {
    if (e.code() == error_codes::invalid_code) return html(422, start_page(stored, state.language, "", e.what()));
    if (e.code() != "code_used") throw;
    const Words& w = words(state.language);
    return html(409, message_page(stored, state.language, w.thanks_title,
                                  "<p class=\"utrecht-paragraph\">" + std::string(w.code_used) + "</p>"));
  }
  return see_other("/s/" + stored.slug + "/bedankt?lang=" + code_of(state.language));
}

}  // namespace

std::string survey_preview_page(const store::StoredSurvey& stored, Language language, PreviewPage page) {
  // As residents will see it once it is open, whether it is a draft, open or closed now.
  store::StoredSurvey survey = stored;
  survey.open = true;
  switch (page) {
    case PreviewPage::start:
      return start_page(survey, language, "", "", true);
    case PreviewPage::thanks:
      return message_page(survey, language, words(language).thanks_title, paragraphs(survey.survey.closing.in(language)),
                          true);
    case PreviewPage::form:
      break;
  }
  FormState state{language, "", random_token("form-"), {}, {}, {}, true};
  return survey_form(survey, state);
}

void add_survey_page_routes(Router& router, SurveyService& surveys) {
  router.add("GET", "/s/{slug}", [&surveys](const Request& request) {
    const auto stored_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& stored = *stored_ptr;
    return html(200, start_page(stored, page_language(request), "", ""));
  });
  router.add("POST", "/s/{slug}", [&surveys](const Request& request) { return code_entry(surveys, request); });
  router.add("GET", "/s/{slug}/vragenlijst", [&surveys](const Request& request) {
    const auto stored_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& stored = *stored_ptr;
    const Language lang = page_language(request);
    if (stored.requires_code || !stored.open) return html(200, start_page(stored, lang, "", ""));
    return html(200, survey_form(stored, FormState{lang, "", random_token("form-"), {}, {}, {}}));
  });
  router.add("POST", "/s/{slug}/antwoord", [&surveys](const Request& request) { return answer(surveys, request); });
  router.add("GET", "/s/{slug}/bedankt", [&surveys](const Request& request) {
    const auto stored_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& stored = *stored_ptr;
    const Language lang = page_language(request);
    return html(200, message_page(stored, lang, words(lang).thanks_title, paragraphs(stored.survey.closing.in(lang))));
  });
}

}  // namespace mienskip::web
