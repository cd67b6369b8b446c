#include "core/invitations/invitation_letters.hpp"

#include "core/base/html_escape.hpp"

namespace mienskip {

namespace {

struct LetterWords {
  const char* title;        // the page title: "Uitnodigingsbrieven"
  const char* greeting;      // without a name
  const char* dear;         // before a name: "Beste "
  const char* chosen;       // "... {forum} of the municipality {municipality}."
  const char* of_municipality;
  const char* what;
  const char* how;
  const char* code_label;
  const char* address_label;
  const char* privacy;
  const char* closing;
  const char* signature;
};

// Frisian after the municipality's own plain-language letters; a native speaker should read it
// before the first real mailing (docs/burgerforum.md says so).
const LetterWords& words(const std::string& language) {
  static const LetterWords dutch{
      "Uitnodigingsbrieven",
      "Beste bewoner,",
      "Beste ",
      "U bent door loting gekozen om mee te doen aan het ",
      " van de gemeente ",
      "In een burgerforum denken inwoners samen na en geven zij de gemeenteraad advies. Iedereen kan "
      "meedoen: u hoeft nergens verstand van te hebben. Onder de inwoners die zich aanmelden, wijst een "
      "tweede loting de leden aan, zo dat het forum lijkt op de hele gemeente.",
      "Wilt u meedoen? Meld u dan aan op de website hieronder, met uw persoonlijke code.",
      "Uw persoonlijke code",
      "Aanmelden op",
      "De code is alleen voor u en kan één keer worden gebruikt. Wij gebruiken uw gegevens alleen voor "
      "deze loting en verwijderen ze daarna.",
      "Met vriendelijke groet,",
      "Het college van burgemeester en wethouders"};
  static const LetterWords frisian{
      "Útnoegingsbrieven",
      "Bêste bewenner,",
      "Bêste ",
      "Jo binne troch lotting keazen om mei te dwaan oan it ",
      " fan de gemeente ",
      "Yn in boargerforum tinke ynwenners tegearre nei en jouwe se de gemeenteried advys. Elkenien kin "
      "meidwaan: jo hoege der neat fan te witten. Under de ynwenners dy't harren oanmelde, wiist in "
      "twadde lotting de leden oan, sa dat it forum liket op de hiele gemeente.",
      "Wolle jo meidwaan? Meld jo dan oan op de webside hjirûnder, mei jo persoanlike koade.",
      "Jo persoanlike koade",
      "Oanmelde op",
      "De koade is allinnich foar jo en kin ien kear brûkt wurde. Wy brûke jo gegevens allinnich foar "
      "dizze lotting en smite se dêrnei fuort.",
      "Mei freonlike groetnis,",
      "It kolleezje fan boargemaster en wethâlders"};
  return language == "fy" ? frisian : dutch;
}

}  // namespace

bool is_letter_language(const std::string& language) { return language == "nl" || language == "fy"; }

std::string letter_greeting(const std::string& language, const std::string& addressee) {
  const auto& w = words(language);
  return addressee.empty() ? std::string(w.greeting) : w.dear + addressee + ",";
}

std::string invitation_letters_html(const LetterSettings& settings, const std::vector<InvitationLetter>& letters) {
  const auto& w = words(settings.language);
  const std::string forum = escape_html(settings.forum_name);
  const std::string municipality = escape_html(settings.municipality);
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(settings.language == "fy" ? "fy" : "nl") +
                     "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + w.title + " — " + forum + "</title>\n"
                     R"(<style>
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #111; }
.letter { box-sizing: border-box; width: 210mm; min-height: 297mm; padding: 20mm 22mm 20mm 25mm; break-after: page; }
.letter:last-child { break-after: auto; }
/* Where the window of a Dutch C5/6 envelope shows the address. */
.address { margin: 30mm 0 24mm 0; min-height: 28mm; font-style: normal; }
.code { font-family: "DejaVu Sans Mono", monospace; font-size: 18pt; letter-spacing: 0.08em; font-weight: bold; }
.signup { font-weight: bold; word-break: break-all; }
h1 { font-size: 13pt; margin: 0 0 6mm 0; }
@media screen { body { background: #ddd; } .letter { background: #fff; margin: 8mm auto; } }
</style>
</head>
<body>
<main>
)";
  for (const auto& letter : letters) {
    html += "<article class=\"letter\">\n<address class=\"address\">";
    for (std::size_t i = 0; i < letter.address_lines.size(); ++i) {
      html += (i ? "<br>" : "") + escape_html(letter.address_lines[i]);
    }
    html += "</address>\n<h1>" + forum + "</h1>\n<p>" +
            escape_html(letter_greeting(settings.language, letter.addressee)) + "</p>\n<p>" + w.chosen + forum + w.of_municipality +
            municipality + ".</p>\n<p>" + w.what + "</p>\n<p>" + w.how + "</p>\n<p>" + w.code_label +
            ":<br><span class=\"code\">" + escape_html(letter.code) + "</span></p>\n<p>" + w.address_label +
            ":<br><span class=\"signup\">" + escape_html(settings.signup_address) + "</span></p>\n<p>" + w.privacy +
            "</p>\n<p>" + w.closing + "<br>" + w.signature + "<br>" + municipality + "</p>\n</article>\n";
  }
  html += "</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace mienskip
