#include "web/public/forum_sign_up_pages.hpp"

#include <Poco/Exception.h>

#include <chrono>
#include <memory>

#include "core/base/error.hpp"
#include "core/base/form_body.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/survey/survey.hpp"
#include "store/forum_volunteers.hpp"
#include "store/forums.hpp"
#include "web/http/attempt_limiter.hpp"
#include "web/public/html.hpp"
#include "web/public/resident_page.hpp"

namespace mienskip::web {

namespace {

// The words of the page; the forum's name, municipality and quota questions come from staff.
struct Words {
  const char* skip;
  const char* languages;
  const char* municipality;  // "Gemeente {m}"
  const char* introduction;
  const char* not_yet;
  const char* closed;
  const char* error_title;
  const char* code_label;
  const char* code_hint;
  const char* questions;
  const char* questions_hint;
  const char* contact;
  const char* contact_hint;
  const char* name;
  const char* email;
  const char* phone;
  const char* optional;
  const char* privacy_title;
  const char* privacy;  // "{m}" = municipality
  const char* consent;
  const char* submit;
  const char* code_missing;
  const char* code_wrong;
  const char* code_used;
  const char* no_consent;
  const char* quotas_changed;
  const char* busy;
  const char* thanks_title;
  const char* thanks;
  const char* not_found_title;
  const char* not_found;
};

const Words dutch{
    "Naar de inhoud", "Taal", "Gemeente {m}",
    "U hebt een brief gekregen met een uitnodiging voor dit burgerforum. Wilt u meedoen? Meld u hier aan met de code uit "
    "uw brief. Uit alle aanmeldingen wordt door loting een groep gekozen die zo goed mogelijk lijkt op alle inwoners. "
    "Daarom stellen we een paar vragen over u.",
    "U kunt zich nog niet aanmelden. Probeer het later nog eens met de code uit uw brief.",
    "De aanmelding is gesloten. U kunt zich niet meer aanmelden.", "Er ging iets mis", "Uw code",
    "De code staat in de brief die u kreeg, bijvoorbeeld K7QM-X2PA-9RTD.", "Over u",
    "Met deze vragen kiezen we een groep die lijkt op alle inwoners.", "Hoe bereiken we u?",
    "Vul minstens een e-mailadres of een telefoonnummer in. Zo laten we u weten of u bent gekozen.", "Naam",
    "E-mailadres", "Telefoonnummer", "niet verplicht", "Wat doen we met uw gegevens?",
    "Wat we bewaren: uw antwoorden op de vragen hierboven en uw naam, e-mailadres en telefoonnummer.\n\n"
    "Waarom: om het burgerforum door loting samen te stellen en om u te laten weten of u bent gekozen. Bij de loting "
    "gebruiken we uw antwoorden onder een nummer (zoals V0001), nooit met uw naam.\n\n"
    "Hoe lang: uw naam, e-mailadres en telefoonnummer verwijderen we zodra het burgerforum is samengesteld.\n\n"
    "Verwijderen: wilt u dat we uw gegevens eerder verwijderen, of wilt u zich afmelden? Neem contact op met de "
    "gemeente {m}.",
    "Ik geef toestemming om deze gegevens hiervoor te gebruiken.", "Aanmelden", "Vul de code uit uw brief in.",
    "Deze code klopt niet. Controleer de code in uw brief.",
    "Met deze brief heeft zich al iemand aangemeld. Iedere brief geeft één aanmelding.",
    "Geef toestemming om uw aanmelding te bewaren. Zonder toestemming kunnen we u niet meenemen in de loting.",
    "De vragen zijn net veranderd. Beantwoord ze opnieuw.",
    "Te veel verkeerde codes geprobeerd. Wacht tien minuten en probeer het dan opnieuw.", "Bedankt voor uw aanmelding!",
    "Als de aanmelding is gesloten, kiezen we door loting uit alle aanmeldingen de leden van het burgerforum. Daarna "
    "laten we u weten of u bent gekozen, via het e-mailadres of telefoonnummer dat u gaf.",
    "Niet gevonden", "Dit burgerforum bestaat niet. Controleer het adres in uw brief."};
// Frisian: to be read by a native speaker before the first mailing (as the letters' text).
const Words frisian{
    "Nei de ynhâld", "Taal", "Gemeente {m}",
    "Jo hawwe in brief krigen mei in útnoeging foar dit boargerforum. Wolle jo meidwaan? Meld jo hjir oan mei de koade út "
    "jo brief. Út alle oanmeldingen wurdt troch lotting in groep keazen dy't sa goed mooglik liket op alle ynwenners. "
    "Dêrom stelle wy in pear fragen oer jo.",
    "Jo kinne jo noch net oanmelde. Besykje it letter nochris mei de koade út jo brief.",
    "De oanmelding is sletten. Jo kinne jo net mear oanmelde.", "Der gie wat mis", "Jo koade",
    "De koade stiet yn de brief dy't jo krigen hawwe, bygelyks K7QM-X2PA-9RTD.", "Oer jo",
    "Mei dizze fragen kieze wy in groep dy't liket op alle ynwenners.", "Hoe berikke wy jo?",
    "Folje teminsten in e-mailadres of in telefoannûmer yn. Sa litte wy jo witte oft jo keazen binne.", "Namme",
    "E-mailadres", "Telefoannûmer", "net ferplichte", "Wat dogge wy mei jo gegevens?",
    "Wat wy bewarje: jo antwurden op de fragen hjirboppe en jo namme, e-mailadres en telefoannûmer.\n\n"
    "Wêrom: om it boargerforum troch lotting gear te stallen en om jo witte te litten oft jo keazen binne. By de lotting "
    "brûke wy jo antwurden ûnder in nûmer (lykas V0001), nea mei jo namme.\n\n"
    "Hoe lang: jo namme, e-mailadres en telefoannûmer smite wy fuort sa gau as it boargerforum gearstald is.\n\n"
    "Fuortsmite: wolle jo dat wy jo gegevens earder fuortsmite, of wolle jo jo ôfmelde? Nim kontakt op mei de "
    "gemeente {m}.",
    "Ik jou tastimming om dizze gegevens hjirfoar te brûken.", "Oanmelde", "Folje de koade út jo brief yn.",
    "Dizze koade klopt net. Kontrolearje de koade yn jo brief.",
    "Mei dizze brief hat ien him of har al oanmeld. Elke brief jout ien oanmelding.",
    "Jou tastimming om jo oanmelding te bewarjen. Sûnder tastimming kinne wy jo net meinimme yn de lotting.",
    "De fragen binne krekt feroare. Beantwurdzje se opnij.",
    "Tefolle ferkearde koades besocht. Wachtsje tsien minuten en besykje it dan opnij.", "Tankewol foar jo oanmelding!",
    "As de oanmelding sletten is, kieze wy troch lotting út alle oanmeldingen de leden fan it boargerforum. Dêrnei "
    "litte wy jo witte oft jo keazen binne, fia it e-mailadres of telefoannûmer dat jo opjûn hawwe.",
    "Net fûn", "Dit boargerforum bestiet net. Kontrolearje it adres yn jo brief."};
const Words english{
    "Skip to content", "Language", "Municipality of {m}",
    "You received a letter inviting you to this citizens' assembly. Would you like to take part? Sign up here with the "
    "code from your letter. From everyone who signs up, a group that resembles all residents as closely as possible is "
    "chosen by lot. That is why we ask a few questions about you.",
    "You cannot sign up yet. Please try again later with the code from your letter.",
    "Sign-up is closed. You can no longer sign up.", "Something went wrong", "Your code",
    "The code is in the letter you received, for example K7QM-X2PA-9RTD.", "About you",
    "With these questions we choose a group that resembles all residents.", "How can we reach you?",
    "Enter at least an email address or a phone number. That is how we let you know whether you were chosen.", "Name",
    "Email address", "Phone number", "optional", "What do we do with your details?",
    "What we keep: your answers to the questions above and your name, email address and phone number.\n\n"
    "Why: to form the citizens' assembly by lot and to let you know whether you were chosen. The lottery uses your "
    "answers under a number (such as V0001), never with your name.\n\n"
    "How long: we delete your name, email address and phone number as soon as the citizens' assembly is complete.\n\n"
    "Deletion: would you like us to delete your details sooner, or to withdraw? Contact the municipality of {m}.",
    "I agree that these details are used for this.", "Sign up", "Enter the code from your letter.",
    "This code is not right. Check the code in your letter.",
    "Someone has already signed up with this letter. Each letter gives one sign-up.",
    "Please agree to us keeping your sign-up. Without your agreement we cannot include you in the lottery.",
    "The questions have just changed. Please answer them again.",
    "Too many wrong codes were tried. Please wait ten minutes and try again.", "Thank you for signing up!",
    "Once sign-up has closed, the members of the citizens' assembly are chosen by lot from everyone who signed up. "
    "After that we let you know whether you were chosen, by the email address or phone number you gave.",
    "Not found", "This citizens' assembly does not exist. Check the address in your letter."};

const Words& words(Language language) {
  return language == Language::fy ? frisian : language == Language::en ? english : dutch;
}

const char* language_name(Language language) {
  return language == Language::fy ? "Frysk" : language == Language::en ? "English" : "Nederlands";
}

std::string code_of(Language language) { return std::string(language_code(language)); }

std::string with_municipality(const char* pattern, const std::string& municipality) {
  std::string text = pattern;
  for (auto at = text.find("{m}"); at != std::string::npos; at = text.find("{m}", at + municipality.size())) {
    text.replace(at, 3, municipality);
  }
  return text;
}

std::string paragraphs(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find("\n\n", start);
    const std::string part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty()) out += "<p class=\"utrecht-paragraph\">" + escape_html(part) + "</p>";
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

Response html(int status, std::string body) {
  return Response{status, "text/html; charset=utf-8", std::move(body), {{"Cache-Control", "no-store"}}};
}

// The frame of the survey pages (resident_page), with links to the page in each language.
std::string layout(Language language, const std::string& slug, const std::string& title, const std::string& main) {
  const Words& w = words(language);
  std::string languages = "<ul class=\"mienskip-languages\">";
  for (Language l : {Language::nl, Language::fy, Language::en}) {
    languages += "<li><a class=\"utrecht-link\" lang=\"" + code_of(l) + "\" hreflang=\"" + code_of(l) + "\" href=\"/f/" +
                 escape_html(slug) + "?lang=" + code_of(l) + "\"" + (l == language ? " aria-current=\"true\"" : "") +
                 ">" + language_name(l) + "</a></li>";
  }
  languages += "</ul>";
  return resident_page({code_of(language), title, w.skip, w.languages, languages, main});
}

std::string heading(const store::StoredForum& forum, Language language) {
  return "<h1 class=\"utrecht-heading-1\">" + escape_html(forum.settings.name) + "</h1><p class=\"utrecht-paragraph\">" +
         escape_html(with_municipality(words(language).municipality, forum.settings.municipality)) + "</p>";
}

std::string notice_page(const store::StoredForum& forum, Language language, const char* notice) {
  return layout(language, forum.settings.slug, forum.settings.name,
                heading(forum, language) + "<div class=\"utrecht-alert utrecht-alert--info\" role=\"status\">"
                                           "<p class=\"utrecht-paragraph\">" + notice + "</p></div>");
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

const FieldError* error_for(const Entry& entry, const std::string& field) {
  for (const auto& e : entry.errors) {
    if (e.field == field) return &e;
  }
  return nullptr;
}

// The HTML id a field's error summary links to.
std::string anchor(const store::StoredForum& forum, const std::string& field) {
  const auto& categories = forum.settings.categories;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    if (field == "answers." + categories[c].name) return "answer-" + std::to_string(c);
  }
  return field;
}

std::string error_message(const FieldError* error, const std::string& id) {
  if (!error) return "";
  return "<p class=\"utrecht-form-field-error-message\" id=\"" + id + "-error\">" + escape_html(error->message) + "</p>";
}

std::string described_by(const std::string& hint, const FieldError* error, const std::string& id) {
  std::string ids = hint;
  if (error) ids += (ids.empty() ? "" : " ") + id + "-error";
  return ids.empty() ? "" : " aria-describedby=\"" + ids + "\"" + (error ? " aria-invalid=\"true\"" : "");
}

std::string textbox(const Entry& entry, const std::string& id, const std::string& label, const std::string& value,
                    const std::string& type, const std::string& autocomplete, const std::string& hint_id = "") {
  const FieldError* error = error_for(entry, id);
  return "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"" + id + "\">" + label +
         "</label>" + error_message(error, id) + "<input class=\"utrecht-textbox" +
         std::string(error ? " utrecht-textbox--invalid" : "") + "\" id=\"" + id + "\" name=\"" + id + "\" type=\"" +
         type + "\" autocomplete=\"" + autocomplete + "\"" + described_by(hint_id, error, id) + " value=\"" +
         escape_html(value) + "\"></div>";
}

std::string sign_up_form(const store::StoredForum& forum, const Entry& entry) {
  const Language lang = entry.language;
  const Words& w = words(lang);
  const auto& slug = forum.settings.slug;
  std::string out = heading(forum, lang);
  if (!entry.errors.empty()) {
    out += "<div class=\"utrecht-alert utrecht-alert--error mienskip-error-summary\" role=\"alert\" tabindex=\"-1\" "
           "autofocus aria-labelledby=\"error-summary-title\"><div class=\"utrecht-alert__content\">"
           "<h2 class=\"utrecht-heading-2\" id=\"error-summary-title\">" + std::string(w.error_title) +
           "</h2><ul class=\"utrecht-unordered-list\">";
    for (const auto& e : entry.errors) {
      out += "<li><a class=\"utrecht-link\" href=\"#" + escape_html(anchor(forum, e.field)) + "\">" +
             escape_html(e.message) + "</a></li>";
    }
    out += "</ul></div></div>";
  }
  out += paragraphs(w.introduction);
  out += "<form method=\"post\" action=\"/f/" + escape_html(slug) + "\" novalidate>"
         "<input type=\"hidden\" name=\"lang\" value=\"" + code_of(lang) + "\">";
  {
    const FieldError* error = error_for(entry, "code");
    out += "<div class=\"utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"code\">" + std::string(w.code_label) +
           "</label><p class=\"utrecht-form-field-description\" id=\"code-hint\">" + w.code_hint + "</p>" +
           error_message(error, "code") + "<input class=\"utrecht-textbox mienskip-code" +
           std::string(error ? " utrecht-textbox--invalid" : "") +
           "\" id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\"" +
           described_by("code-hint", error, "code") + " value=\"" + escape_html(entry.code) + "\"></div>";
  }
  out += "<h2 class=\"utrecht-heading-2\">" + std::string(w.questions) + "</h2><p class=\"utrecht-paragraph\">" +
         w.questions_hint + "</p>";
  const auto& categories = forum.settings.categories;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    const auto& category = categories[c];
    const std::string id = "answer-" + std::to_string(c);
    const FieldError* error = error_for(entry, "answers." + category.name);
    const auto chosen = entry.answers.find(category.name);
    out += "<fieldset class=\"utrecht-form-fieldset\"" + (error ? " aria-describedby=\"" + id + "-error\"" : std::string()) +
           "><legend class=\"utrecht-form-fieldset__legend\">" + escape_html(category.name) + "</legend>" +
           error_message(error, id);
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      // The first option carries the question's id, so the error summary can link to it.
      const std::string option_id = v == 0 ? id : id + "-" + std::to_string(v);
      const bool checked = chosen != entry.answers.end() && chosen->second == category.values[v];
      out += "<div class=\"utrecht-form-field utrecht-form-field--radio\"><input type=\"radio\" "
             "class=\"utrecht-radio-button\" id=\"" + option_id + "\" name=\"" + id + "\" value=\"" +
             escape_html(category.values[v]) + "\"" + (checked ? " checked" : "") +
             "> <label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"" + option_id + "\">" +
             escape_html(category.values[v]) + "</label></div>";
    }
    out += "</fieldset>";
  }
  out += "<h2 class=\"utrecht-heading-2\">" + std::string(w.contact) + "</h2><p class=\"utrecht-paragraph\" "
         "id=\"contact-hint\">" + w.contact_hint + "</p>";
  out += textbox(entry, "name", std::string(w.name) + " (" + w.optional + ")", entry.contact.name, "text", "name");
  out += textbox(entry, "email", w.email, entry.contact.email, "email", "email", "contact-hint");
  out += textbox(entry, "phone", w.phone, entry.contact.phone, "tel", "tel", "contact-hint");
  out += "<h2 class=\"utrecht-heading-2\">" + std::string(w.privacy_title) + "</h2><div id=\"privacy\">" +
         paragraphs(with_municipality(w.privacy, forum.settings.municipality)) + "</div>";
  {
    const FieldError* error = error_for(entry, "consent");
    out += error_message(error, "consent") + "<div class=\"utrecht-form-field utrecht-form-field--checkbox\">" +
           "<input type=\"checkbox\" class=\"utrecht-checkbox\" id=\"consent\" name=\"consent\" value=\"yes\"" +
           (entry.consent ? " checked" : "") + described_by("privacy", error, "consent") +
           "> <label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"consent\">" + w.consent +
           "</label></div>";
  }
  out += "<div class=\"mienskip-actions\"><button class=\"utrecht-button utrecht-button--primary-action\" "
         "type=\"submit\">" + std::string(w.submit) + "</button></div></form>";
  return layout(lang, slug, forum.settings.name, out);
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
  const Words& w = words(lang);
  return html(404, layout(lang, request.params.at("slug"), w.not_found_title,
                          "<h1 class=\"utrecht-heading-1\">" + std::string(w.not_found_title) +
                              "</h1><p class=\"utrecht-paragraph\">" + w.not_found + "</p>"));
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
    if (!state.open()) return html(200, closed_page(forum, state, entry.language));
    return html(200, sign_up_form(forum, entry));
  }

  Response sign_up(const Request& request) {
    auto connection = database_.acquire();
    const auto forum = forum_or_not_found(*connection, request.params.at("slug"));
    Entry entry = read_entry(request, forum);
    const Words& w = words(entry.language);
    const auto state = store::find_sign_up(*connection, forum.settings.slug);
    if (!state.open()) return html(409, closed_page(forum, state, entry.language));
    if (code_attempts_.blocked(request.client)) {
      entry.errors.push_back({"code", "too_many_requests", w.busy});
      return html(429, sign_up_form(forum, entry));
    }
    const auto code = normalise_invitation_code(entry.code);
    if (trim(entry.code).empty()) {
      entry.errors.push_back({"code", "required", w.code_missing});
    } else if (!code) {
      code_attempts_.record_failure(request.client);
      entry.errors.push_back({"code", "invalid_code", w.code_wrong});
    }
    const auto answers = check_volunteer_answers(forum.settings.categories, entry.answers, entry.language);
    entry.errors.insert(entry.errors.end(), answers.begin(), answers.end());
    const auto contact = check_volunteer_contact(entry.contact, true, entry.language);
    entry.errors.insert(entry.errors.end(), contact.begin(), contact.end());
    if (!entry.consent) entry.errors.push_back({"consent", "no_consent", w.no_consent});
    if (!entry.errors.empty()) return html(422, sign_up_form(forum, entry));
    try {
      store::sign_up(*connection, forum.settings.slug,
                     {0, invitation_code_hash(secret_, *code), entry.answers, entry.contact});
    } catch (const Error& e) {
      if (e.code() == error_codes::sign_up_closed) return html(409, closed_page(forum, store::find_sign_up(*connection, forum.settings.slug), entry.language));
      if (e.code() == error_codes::unknown_code) {
        code_attempts_.record_failure(request.client);
        entry.errors.push_back({"code", "unknown_code", w.code_wrong});
        return html(422, sign_up_form(forum, entry));
      }
      if (e.code() == error_codes::already_signed_up) {
        entry.errors.push_back({"code", "already_signed_up", w.code_used});
        return html(409, sign_up_form(forum, entry));
      }
      if (e.code() != "invalid_volunteer") throw;
      entry.answers.clear();
      entry.errors.push_back({"answers." + forum.settings.categories.front().name, "invalid_volunteer", w.quotas_changed});
      return html(409, sign_up_form(forum, entry));
    }
    Response done = html(303, "");
    done.headers.push_back({"Location", "/f/" + forum.settings.slug + "/bedankt?lang=" + code_of(entry.language)});
    return done;
  }

  Response thanks(const Request& request) {
    auto connection = database_.acquire();
    const auto forum = forum_or_not_found(*connection, request.params.at("slug"));
    const Language lang = page_language(request);
    const Words& w = words(lang);
    return html(200, layout(lang, forum.settings.slug, w.thanks_title,
                            heading(forum, lang) + "<h2 class=\"utrecht-heading-2\">" + w.thanks_title + "</h2>" +
                                paragraphs(w.thanks)));
  }

 private:
  static std::string closed_page(const store::StoredForum& forum, const store::SignUpState& state, Language language) {
    return notice_page(forum, language, state.drawn ? words(language).closed : words(language).not_yet);
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
