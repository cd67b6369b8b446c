#include "web/public/resident_page.hpp"

#include <nlohmann/json.hpp>

#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"

namespace mienskip::web {

std::vector<LanguageChoice> language_links(Language current, const std::string& path, bool preview,
                                           const std::vector<Language>& offered) {
  std::vector<LanguageChoice> choices;
  for (Language language : offered) {
    choices.push_back({language, language == current,
                       preview ? "" : path + "?lang=" + std::string(language_code(language)), false, false});
  }
  return choices;
}

std::vector<LanguageChoice> language_buttons(Language current, bool preview) {
  std::vector<LanguageChoice> choices;
  for (Language language : {Language::nl, Language::fy, Language::en}) {
    choices.push_back({language, language == current, "", true, preview});
  }
  return choices;
}

std::string resident_page(const ResidentPage& page) {
  nlohmann::json languages = nlohmann::json::array();
  for (const auto& choice : page.languages) {
    // An empty string would count as a value in Mustache; no target is false.
    languages.push_back({{"code", std::string(language_code(choice.language))},
                         {"name", app::language_name(choice.language)},
                         {"current", choice.current},
                         {"href", choice.href.empty() ? nlohmann::json(false) : nlohmann::json(choice.href)},
                         {"button", choice.button},
                         {"disabled", choice.disabled}});
  }
  return app::render_page_template("layout", {{"language", std::string(language_code(page.language))},
                                         {"title", page.title},
                                         {"frame", app::page_texts("frame", page.language)},
                                         {"languages", languages},
                                         {"survey_script", page.survey_script},
                                         {"preview", page.preview},
                                         {"first", page.first},
                                         {"main", page.main}});
}

std::string code_of(Language language) { return std::string(language_code(language)); }

Language page_language(const Request& request) {
  const auto found = request.query.find("lang");
  if (found == request.query.end()) return Language::nl;
  return parse_language(found->second).value_or(Language::nl);
}

Response html_page(int status, std::string body) {
  return Response{status, "text/html; charset=utf-8", std::move(body), {}};
}

Response see_other(const std::string& location) {
  Response response = html_page(303, "");
  response.headers.push_back({"Location", location});
  return response;
}

}  // namespace mienskip::web
