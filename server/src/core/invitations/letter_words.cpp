#include "core/invitations/letter_words.hpp"

#include <array>

namespace mienskip {

namespace {

// The default bodies. A line naming a fact is on its own, so that it can go while the fact is not
// known (fill_letter_text). The Frisian follows the municipality's own plain-language letters; a
// native speaker should read it before the first real mailing (docs/burgerforum.md says so), and
// staff can now correct it in the app.
constexpr const char* dutch_body =
    "U bent door loting gekozen om mee te doen aan het {forum} van de gemeente {gemeente}.\n"
    "\n"
    "In een burgerforum denken inwoners samen na en geven zij de gemeenteraad advies. Iedereen kan meedoen: u hoeft "
    "nergens verstand van te hebben. Onder de inwoners die zich aanmelden, wijst een tweede loting de leden aan, zo dat "
    "het forum lijkt op de hele gemeente.\n"
    "\n"
    "Het forum komt bijeen op {bijeenkomsten}.\n"
    "U krijgt een vergoeding van {vergoeding} per bijeenkomst.\n"
    "\n"
    "Wilt u meedoen? Meld u dan aan op de website hieronder, met uw persoonlijke code.\n"
    "Dat kan tot en met {antwoorddatum}.\n"
    "\n"
    "Geen internet, of hebt u vragen? Bel ons op {telefoon}; wij kunnen u ook telefonisch aanmelden.\n"
    "U kunt ook mailen naar {email}.\n"
    "\n"
    "De code is alleen voor u en kan één keer worden gebruikt. Wij gebruiken uw gegevens alleen voor deze loting en "
    "verwijderen ze daarna.";

constexpr const char* frisian_body =
    "Jo binne troch lotting keazen om mei te dwaan oan it {forum} fan de gemeente {gemeente}.\n"
    "\n"
    "Yn in boargerforum tinke ynwenners tegearre nei en jouwe se de gemeenteried advys. Elkenien kin meidwaan: jo "
    "hoege der neat fan te witten. Under de ynwenners dy't harren oanmelde, wiist in twadde lotting de leden oan, sa "
    "dat it forum liket op de hiele gemeente.\n"
    "\n"
    "It forum komt byinoar op {bijeenkomsten}.\n"
    "Jo krije in fergoeding fan {vergoeding} per gearkomste.\n"
    "\n"
    "Wolle jo meidwaan? Meld jo dan oan op de webside hjirûnder, mei jo persoanlike koade.\n"
    "Dat kin oant en mei {antwoorddatum}.\n"
    "\n"
    "Gjin ynternet, of hawwe jo fragen? Skilje ús op {telefoon}; wy kinne jo ek per telefoan oanmelde.\n"
    "Jo kinne ek maile nei {email}.\n"
    "\n"
    "De koade is allinnich foar jo en kin ien kear brûkt wurde. Wy brûke jo gegevens allinnich foar dizze lotting en "
    "smite se dêrnei fuort.";

constexpr const char* english_body =
    "You have been chosen by lot to take part in the {forum} of the municipality of {gemeente}.\n"
    "\n"
    "In a citizens' assembly, residents think things through together and advise the municipal council. Anyone can "
    "take part: you do not need to know anything about the subject. Among the residents who sign up, a second lottery "
    "chooses the members, so that the assembly resembles the whole municipality.\n"
    "\n"
    "The assembly meets on {bijeenkomsten}.\n"
    "You receive an allowance of {vergoeding} per meeting.\n"
    "\n"
    "Would you like to take part? Then sign up on the website below, with your personal code.\n"
    "You can do so until {antwoorddatum}.\n"
    "\n"
    "No internet, or any questions? Call us on {telefoon}; we can also sign you up by phone.\n"
    "You can also e-mail {email}.\n"
    "\n"
    "The code is for you alone and can be used once. We use your details only for this lottery and delete them "
    "afterwards.";

const LetterWords dutch{"Uitnodigingsbrieven", "Beste bewoner,", "Beste ", "Uw persoonlijke code", "Aanmelden op",
                        "Of scan deze code met de camera van uw telefoon: uw persoonlijke code is dan al ingevuld.",
                        "Met vriendelijke groet,", "Het college van burgemeester en wethouders", dutch_body,
                        {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
                        {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"},
                        " en "};
const LetterWords frisian{"Útnoegingsbrieven", "Bêste bewenner,", "Bêste ", "Jo persoanlike koade", "Oanmelde op",
                          "Of scan dizze koade mei de kamera fan jo telefoan: jo persoanlike koade stiet der dan al yn.",
                          "Mei freonlike groetnis,", "It kolleezje fan boargemaster en wethâlders", frisian_body,
                          {"snein", "moandei", "tiisdei", "woansdei", "tongersdei", "freed", "sneon"},
                          {"jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus",
                           "septimber", "oktober", "novimber", "desimber"},
                          " en "};
const LetterWords english{"Invitation letters", "Dear resident,", "Dear ", "Your personal code", "Sign up at",
                          "Or scan this code with your phone's camera: your personal code is then filled in for you.",
                          "Kind regards,", "The Municipal Executive", english_body,
                          {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
                          {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"},
                          " and "};

}  // namespace

const std::vector<std::string>& letter_languages() {
  static const std::vector<std::string> languages{"nl", "fy", "en"};
  return languages;
}

bool is_letter_language(const std::string& language) { return language == "nl" || language == "fy" || language == "en"; }

const LetterWords& letter_words(const std::string& language) {
  if (language == "fy") return frisian;
  if (language == "en") return english;
  return dutch;
}

std::string letter_greeting(const std::string& language, const std::string& addressee) {
  const auto& w = letter_words(language);
  return addressee.empty() ? std::string(w.greeting) : w.dear + addressee + ",";
}

}  // namespace mienskip
