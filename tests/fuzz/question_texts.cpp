// The sign-up page's wording of the quota questions as staff send it (PUT .../questions), read
// against fixed categories: whatever arrives, problems or wording that reads back as itself, and
// every label the page would show is one line of storable text, the value's own name where staff
// gave none.
#include <nlohmann/json.hpp>

#include "core/forum/question_texts.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

const std::vector<QuotaCategory> categories{{"Leeftijd", {"16-34", "35-64", "65+"}, {1, 1, 1}, {2, 2, 2}, {}, {}},
                                            {"Gebied", {"Ferwerderadiel", "Dokkum"}, {1, 1}, {3, 3}, {}, {}}};

void check(const nlohmann::json& body, QuestionTextsReading reading) {
  const auto checked = check_question_texts(body, categories, reading);
  fuzz::require(checked.value.has_value() == checked.errors.empty());
  if (!checked.value) return;
  const auto written = question_texts_json(*checked.value, categories);
  const auto again = check_question_texts(written, categories);
  fuzz::require(again.value && question_texts_json(*again.value, categories) == written);
  for (const auto language : {Language::nl, Language::fy, Language::en}) {
    for (const auto& category : categories) {
      const auto label = question_label(*checked.value, category.name, language);
      fuzz::require(!label.empty() && fuzz::storable_text(label) && label.find('\n') == std::string::npos);
      for (const auto& value : category.values) {
        const auto shown = value_label(*checked.value, category.name, value, language);
        fuzz::require(!shown.empty() && fuzz::storable_text(shown) && shown.find('\n') == std::string::npos);
      }
      fuzz::require(fuzz::storable_text(question_help(*checked.value, category.name, language)));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto document = nlohmann::json::parse(fuzz::text_of(data, size), nullptr, false);
  if (document.is_discarded()) return 0;
  check(document, QuestionTextsReading::strict);
  check(document, QuestionTextsReading::drop_unknown);
  return 0;
}
