// The letters' texts as staff send them (PUT .../letters/texts): a JSON document of facts and a
// text per language. Whatever arrives, the check answers with problems or with texts that fill in
// without a fault, that read back as themselves, and whose letters never show a placeholder that
// was written in the text (a line naming a missing fact is left out instead).
#include <nlohmann/json.hpp>

#include "core/invitations/letter_text.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

void check(const nlohmann::json& body) {
  const auto checked = check_letter_texts(body, "Burgerforum Energie");
  fuzz::require(checked.value.has_value() == checked.errors.empty());
  if (!checked.value) return;
  const auto again = check_letter_texts(letter_texts_json(*checked.value), "Burgerforum Energie");
  fuzz::require(again.value && letter_texts_json(*again.value) == letter_texts_json(*checked.value));
  for (const auto& [language, text] : checked.value->texts) {
    const auto filled = fill_letter_text(text, checked.value->facts, language, "Súdwest-Fryslân");
    // Braces in a letter come from a value that holds them (a forum's name, an e-mail address), never from the text.
    const bool braces_in_values = text.forum_name.find('{') != std::string::npos ||
                                  checked.value->facts.email.find('{') != std::string::npos;
    for (const auto& paragraph : filled.paragraphs) {
      fuzz::require(!paragraph.empty() && fuzz::storable_text(paragraph));
      for (const auto& name : letter_placeholders()) {
        fuzz::require(braces_in_values || paragraph.find("{" + name + "}") == std::string::npos);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::text_of(data, size);
  // A whole document, as the API receives it; or, for text that is not JSON, the same bytes as the
  // Dutch body, so that the placeholder reader sees every kind of line.
  const auto document = nlohmann::json::parse(text, nullptr, false);
  if (!document.is_discarded()) {
    check(document);
  } else if (fuzz::storable_text(text)) {
    check({{"facts", {{"phone", "14 0515"}, {"meetings", {"2027-03-06"}}}}, {"texts", {{"nl", {{"body", std::string(text)}}}}}});
  }
  return 0;
}
