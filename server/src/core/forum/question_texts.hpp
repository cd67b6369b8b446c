#pragma once

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/forum/forum_settings.hpp"
#include "core/panel/pool.hpp"
#include "core/survey/survey.hpp"

namespace mienskip {

/// Words in the languages of the sign-up page, by language code ("nl", "fy", "en"); a language
/// without words has none here.
using Wording = std::map<std::string, std::string>;

/// How one quota question reads on the sign-up page: staff's wording of the category, a help text
/// (such as which villages an area holds) and each value's wording. The category's and values'
/// own names stay what the lottery counts and what a resident's answer is stored as; they are also
/// the words in a language staff gave none for.
struct QuestionText {
  Wording label;
  Wording help;
  std::map<std::string, Wording> values;  // by the value's own name
};

/// By the category's own name.
using QuestionTexts = std::map<std::string, QuestionText>;

/// How unknown categories and values are treated: refused in what staff send (`strict`), passed
/// over in what was saved before the quotas changed (`drop_unknown`).
enum class QuestionTextsReading { strict, drop_unknown };

/// Reads {"questions": [{"category", "label": {"nl"|"fy"|"en": text}, "help": {...},
/// "values": [{"value", "label": {...}}]}]} against the forum's `categories`, every problem under
/// its field (`questions[0].label.fy`): unknown_field, unknown_category, unknown_value,
/// unknown_language, duplicate_category, duplicate_value, not_text, control_characters (a label on
/// one line; a help text may have line breaks), too_long (a label 100 characters, a help 400).
/// Empty texts are no wording.
Checked<QuestionTexts> check_question_texts(const nlohmann::json& body, const std::vector<QuotaCategory>& categories,
                                            QuestionTextsReading reading = QuestionTextsReading::strict);

/// The form check_question_texts reads, in the order of `categories` (every category and value,
/// with empty objects where staff gave no wording).
nlohmann::json question_texts_json(const QuestionTexts& texts, const std::vector<QuotaCategory>& categories);

/// The question as a resident reading `language` sees it: staff's wording, else the category's name.
std::string question_label(const QuestionTexts& texts, const std::string& category, Language language);

/// The question's help text in `language`; empty when staff gave none in that language.
std::string question_help(const QuestionTexts& texts, const std::string& category, Language language);

/// A value as a resident reading `language` sees it: staff's wording, else the value's name.
std::string value_label(const QuestionTexts& texts, const std::string& category, const std::string& value,
                        Language language);

}  // namespace mienskip
