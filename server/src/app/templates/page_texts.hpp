#pragma once

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/survey/survey.hpp"

namespace mienskip::app {

/// The words of a family of pages in one language: server/texts/<family>/<language>.json,
/// compiled into the binary. Each is a JSON object of named texts, the same names in every
/// language (a unit test checks that); a placeholder in a text is written `{name}` and filled in
/// with fill_in. Families: frame (every resident page), survey, forum_sign_up, verification, each
/// in nl, fy and en. An unknown family or language throws std::logic_error.
const nlohmann::json& page_texts(const std::string& family, Language language);

/// Every catalogue: family -> language code -> texts.
const std::map<std::string, std::map<std::string, nlohmann::json>>& page_catalogues();

/// `text` with every `{name}` replaced by values[name] (as plain text: escaping is the template's).
std::string fill_in(std::string text, const std::map<std::string, std::string>& values);

/// The paragraphs of a plain text: its parts between blank lines ("\n\n"), empty ones left out.
std::vector<std::string> paragraphs_of(const std::string& text);

/// The name of a language in that language, for the language choice: Nederlands, Frysk, English.
std::string language_name(Language language);

}  // namespace mienskip::app
