#include "app/invitation_letters_view.hpp"

#include <Poco/Base64Encoder.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "app/qr_svg.hpp"
#include "core/invitations/letter_link.hpp"

#include "app/templates/page_template.hpp"

namespace mienskip::app {

namespace {

// The QR code as an image the page carries itself (an SVG in a data: address): the letter needs
// nothing from elsewhere when chromium prints it, and the template escapes it as any other text.
std::string qr_image(const std::string& link) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(0);
  encoder << qr_svg(link);
  encoder.close();
  return out.str();
}

// Each letter holds only what differs per resident; the template finds the rest (the forum, the
// paragraphs, the labels) in the page around it, as Mustache looks names up outwards.
nlohmann::json letter_data(const LetterPage& page, const InvitationLetter& letter) {
  auto lines = nlohmann::json::array();
  for (std::size_t i = 0; i < letter.address_lines.size(); ++i) {
    lines.push_back({{"text", letter.address_lines[i]}, {"first", i == 0}});
  }
  return {{"lines", lines},
          {"greeting", letter_greeting(page.language, letter.addressee)},
          {"code", letter.code},
          {"qr", qr_image(letter_sign_up_link(page.sign_up_url, page.language, letter.code))}};
}

}  // namespace

std::string invitation_letters_html(const LetterPage& page, const std::vector<InvitationLetter>& letters) {
  const auto& words = letter_words(page.language);
  auto items = nlohmann::json::array();
  for (const auto& letter : letters) items.push_back(letter_data(page, letter));
  const nlohmann::json data = {{"language", page.language},
                               {"title", words.title},
                               {"forum", page.text.forum_name},
                               {"paragraphs", page.text.paragraphs},
                               {"code_label", words.code_label},
                               {"address_label", words.address_label},
                               {"scan_label", words.scan_label},
                               {"sign_up_url", page.sign_up_url},
                               {"closing", words.closing},
                               {"signature", page.text.signature},
                               {"municipality", page.municipality},
                               {"letters", items}};
  return render_page_template("invitation_letters", data);
}

}  // namespace mienskip::app
