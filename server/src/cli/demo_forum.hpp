#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/forum/forum_volunteers.hpp"

namespace mienskip::cli {

/// The demo burgerforum a newcomer finds after `deploy/run.sh`: everything in it is made up, and
/// the same on every machine except the letter codes (random, keyed with the server's secret).

/// The forum as staff would send it to POST /api/admin/forums: a panel of 30 with quotas for age,
/// gender, area (groups of villages) and education.
nlohmann::json demo_forum_body(const std::string& slug);

/// A register extract of `residents` fictional residents aged 16 and over, in households, as a
/// municipality would export it (id, voornaam, achternaam, straat, huisnummer, postcode,
/// woonplaats, geboortejaar, geslacht). Surnames and streets are invented words ("Foarbyldsma",
/// "Demowei") and postcodes start with 0, which no Dutch postcode does, so no row can be a real
/// person's; the villages are the municipality's own. Deterministic: the same text every time.
std::string demo_register_csv(std::size_t residents);

/// The draw's parameters as staff send them: `invitations` letters, stratified by village, at most
/// one per household.
nlohmann::json demo_draw_parameters(std::size_t invitations);

/// What the demo's letters name (PUT .../letters/texts): a reply date, phone, e-mail, meeting
/// dates and allowance, all made up (the phone number is the municipalities' shared 14 + area code).
nlohmann::json demo_letter_texts();

/// The demo's quota questions in Frisian and English with help texts (PUT .../questions).
nlohmann::json demo_question_texts();

/// The public seed of the demo draw, written down here so anyone can redo the draw.
constexpr const char* demo_seed = "burgerforum-demo: trekking 1 2 3 4 5 6 (fictief)";

/// A volunteer of the demo: which invitation (index in draw order) answered, with what.
struct DemoVolunteer {
  std::size_t invitation = 0;
  std::map<std::string, std::string> answers;  // by quota category, as the sign-up page sends them
  VolunteerContact contact;
};

/// `count` of the invited residents (their register rows under `columns`, in draw order) who
/// sign up, chosen the way self-selection skews a real response: older and higher-educated
/// residents answer more often. Age, gender and area come from their register row, education is
/// made up per resident. Deterministic for the same rows. Throws Error `invalid_demo` when fewer
/// residents were invited than `count`.
std::vector<DemoVolunteer> demo_volunteers(const std::vector<std::string>& columns,
                                           const std::vector<std::vector<std::string>>& rows, std::size_t count);

}  // namespace mienskip::cli
