#include "app/templates/page_texts.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "app/templates/page_files.hpp"

namespace mienskip::app {

const std::map<std::string, std::map<std::string, nlohmann::json>>& page_catalogues() {
  static const auto catalogues = [] {
    std::map<std::string, std::map<std::string, nlohmann::json>> out;
    for (const auto& file : embedded_page_texts()) {
      // "survey/fy.json": family "survey", language "fy".
      const auto slash = file.name.find('/');
      const auto dot = file.name.rfind('.');
      out[file.name.substr(0, slash)][file.name.substr(slash + 1, dot - slash - 1)] = nlohmann::json::parse(file.text);
    }
    return out;
  }();
  return catalogues;
}

const nlohmann::json& page_texts(const std::string& family, Language language) {
  const std::string code(language_code(language));
  const auto found = page_catalogues().find(family);
  if (found == page_catalogues().end()) throw std::logic_error("there are no page texts '" + family + "'");
  const auto texts = found->second.find(code);
  if (texts == found->second.end()) throw std::logic_error("the page texts '" + family + "' have no language " + code);
  return texts->second;
}

std::string fill_in(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find("\n\n", start);
    std::string part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty()) out.push_back(std::move(part));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

std::string language_name(Language language) {
  return language == Language::fy ? "Frysk" : language == Language::en ? "English" : "Nederlands";
}

}  // namespace mienskip::app
