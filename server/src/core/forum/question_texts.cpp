#include "core/forum/question_texts.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

constexpr std::size_t max_label_characters = 100;
constexpr std::size_t max_help_characters = 400;

struct Reader {
  QuestionTextsReading reading;
  std::vector<FieldError> errors;

  bool strict() const { return reading == QuestionTextsReading::strict; }
  void add(const std::string& field, const std::string& code, const std::string& message) {
    if (strict()) errors.push_back({field, code, message});
  }
  // Problems with the texts themselves are refused either way: saved texts passed this check.
  void refuse(const std::string& field, const std::string& code, const std::string& message) {
    errors.push_back({field, code, message});
  }

  void check_keys(const nlohmann::json& object, const std::vector<std::string>& known, const std::string& field) {
    for (const auto& [key, value] : object.items()) {
      if (std::find(known.begin(), known.end(), key) == known.end()) refuse(field + "." + key, "unknown_field", "Not a field of a question.");
    }
  }

  // {"nl": text, "fy": text, "en": text}, each trimmed; empty ones left out.
  Wording wording(const nlohmann::json& value, const std::string& field, std::size_t max_characters, bool lines) {
    Wording out;
    if (value.is_null()) return out;
    if (!value.is_object()) {
      refuse(field, "not_text", "Give the words per language: {\"fy\": \"...\"}.");
      return out;
    }
    for (const auto& [language, text] : value.items()) {
      const std::string at = field + "." + language;
      if (!parse_language(language)) {
        refuse(at, "unknown_language", "The sign-up page is in nl, fy and en.");
      } else if (!text.is_string()) {
        refuse(at, "not_text", "This must be text.");
      } else if (auto words = trim(text.get<std::string>()); std::any_of(words.begin(), words.end(), [lines](char c) {
                   return (static_cast<unsigned char>(c) < 0x20 && !(lines && c == '\n')) || c == 0x7f;
                 })) {
        refuse(at, "control_characters", lines ? "No tabs or control characters." : "Keep this on one line.");
      } else if (utf8_length(words).value_or(0) > max_characters) {
        refuse(at, "too_long", "This is longer than " + std::to_string(max_characters) + " characters.");
      } else if (!words.empty()) {
        out[language] = std::move(words);
      }
    }
    return out;
  }

  void values(const nlohmann::json& list, const QuotaCategory& category, const std::string& field, QuestionText& text) {
    if (list.is_null()) return;
    if (!list.is_array()) return refuse(field, "not_list", "The values are a list.");
    for (std::size_t v = 0; v < list.size(); ++v) {
      const std::string at = field + "[" + std::to_string(v) + "]";
      const auto& item = list[v];
      if (!item.is_object() || !item.contains("value") || !item["value"].is_string()) {
        refuse(at, "not_text", "A value is {\"value\", \"label\"}.");
        continue;
      }
      check_keys(item, {"value", "label"}, at);
      const auto name = item["value"].get<std::string>();
      const bool known = std::find(category.values.begin(), category.values.end(), name) != category.values.end();
      auto label = wording(item.value("label", nlohmann::json()), at + ".label", max_label_characters, false);
      if (!known) add(at + ".value", "unknown_value", "'" + category.name + "' has no value '" + name + "'.");
      else if (text.values.count(name)) add(at + ".value", "duplicate_value", "This value is worded twice.");
      else text.values[name] = std::move(label);
    }
  }

  void question(const nlohmann::json& item, const std::vector<QuotaCategory>& categories, const std::string& field,
                QuestionTexts& texts) {
    if (!item.is_object() || !item.contains("category") || !item["category"].is_string()) {
      return refuse(field, "not_text", "A question is {\"category\", \"label\", \"help\", \"values\"}.");
    }
    check_keys(item, {"category", "label", "help", "values"}, field);
    const auto name = item["category"].get<std::string>();
    const auto category = std::find_if(categories.begin(), categories.end(), [&](const auto& c) { return c.name == name; });
    QuestionText text;
    text.label = wording(item.value("label", nlohmann::json()), field + ".label", max_label_characters, false);
    text.help = wording(item.value("help", nlohmann::json()), field + ".help", max_help_characters, true);
    if (category == categories.end()) return add(field + ".category", "unknown_category", "There is no quota category '" + name + "'.");
    values(item.value("values", nlohmann::json()), *category, field + ".values", text);
    if (texts.count(name)) return add(field + ".category", "duplicate_category", "This category is worded twice.");
    texts[name] = std::move(text);
  }
};

const std::string* found(const Wording& wording, Language language) {
  const auto it = wording.find(std::string(language_code(language)));
  return it == wording.end() ? nullptr : &it->second;
}

nlohmann::json wording_json(const Wording& wording) {
  auto out = nlohmann::json::object();
  for (const auto& [language, text] : wording) out[language] = text;
  return out;
}

}  // namespace

Checked<QuestionTexts> check_question_texts(const nlohmann::json& body, const std::vector<QuotaCategory>& categories,
                                            QuestionTextsReading reading) {
  Reader reader{reading, {}};
  QuestionTexts texts;
  if (!body.is_object() || !body.contains("questions") || !body["questions"].is_array()) {
    return {std::nullopt, {{"questions", "not_list", "Send {\"questions\": [...]}."}}};
  }
  reader.check_keys(body, {"questions"}, "");
  const auto& questions = body["questions"];
  if (questions.size() > 100) return {std::nullopt, {{"questions", "too_many", "At most 100 questions."}}};
  for (std::size_t q = 0; q < questions.size(); ++q) {
    reader.question(questions[q], categories, "questions[" + std::to_string(q) + "]", texts);
  }
  if (!reader.errors.empty()) return {std::nullopt, std::move(reader.errors)};
  return {std::move(texts), {}};
}

nlohmann::json question_texts_json(const QuestionTexts& texts, const std::vector<QuotaCategory>& categories) {
  auto questions = nlohmann::json::array();
  for (const auto& category : categories) {
    const auto it = texts.find(category.name);
    const QuestionText empty;
    const auto& text = it == texts.end() ? empty : it->second;
    auto values = nlohmann::json::array();
    for (const auto& value : category.values) {
      const auto worded = text.values.find(value);
      values.push_back({{"value", value}, {"label", worded == text.values.end() ? nlohmann::json::object() : wording_json(worded->second)}});
    }
    questions.push_back({{"category", category.name}, {"label", wording_json(text.label)}, {"help", wording_json(text.help)}, {"values", values}});
  }
  return {{"questions", questions}};
}

std::string question_label(const QuestionTexts& texts, const std::string& category, Language language) {
  const auto it = texts.find(category);
  const auto* words = it == texts.end() ? nullptr : found(it->second.label, language);
  return words ? *words : category;
}

std::string question_help(const QuestionTexts& texts, const std::string& category, Language language) {
  const auto it = texts.find(category);
  const auto* words = it == texts.end() ? nullptr : found(it->second.help, language);
  return words ? *words : "";
}

std::string value_label(const QuestionTexts& texts, const std::string& category, const std::string& value, Language language) {
  const auto it = texts.find(category);
  if (it == texts.end()) return value;
  const auto worded = it->second.values.find(value);
  const auto* words = worded == it->second.values.end() ? nullptr : found(worded->second, language);
  return words ? *words : value;
}

}  // namespace mienskip
