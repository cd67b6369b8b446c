#include "app/invitation_letters_view.hpp"

#include <nlohmann/json.hpp>

#include "app/templates/page_template.hpp"

namespace mienskip::app {

namespace {

// Each letter holds only what differs per resident; the template finds the rest (the forum, the
// paragraphs, the labels) in the page around it, as Mustache looks names up outwards.
nlohmann::json letter_data(const std::string& language, const InvitationLetter& letter) {
  auto lines = nlohmann::json::array();
  for (std::size_t i = 0; i < letter.address_lines.size(); ++i) {
    lines.push_back({{"text", letter.address_lines[i]}, {"first", i == 0}});
  }
  return {{"lines", lines}, {"greeting", letter_greeting(language, letter.addressee)}, {"code", letter.code}};
}

}  // namespace

std::string invitation_letters_html(const LetterPage& page, const std::vector<InvitationLetter>& letters) {
  const auto& words = letter_words(page.language);
  auto items = nlohmann::json::array();
  for (const auto& letter : letters) items.push_back(letter_data(page.language, letter));
  const nlohmann::json data = {{"language", page.language},
                               {"title", words.title},
                               {"forum", page.text.forum_name},
                               {"paragraphs", page.text.paragraphs},
                               {"code_label", words.code_label},
                               {"address_label", words.address_label},
                               {"sign_up_url", page.sign_up_url},
                               {"closing", words.closing},
                               {"signature", page.text.signature},
                               {"municipality", page.municipality},
                               {"letters", items}};
  return render_page_template("invitation_letters", data);
}

}  // namespace mienskip::app
