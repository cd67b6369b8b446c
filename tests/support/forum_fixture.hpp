#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace mienskip::test {

/// A burgerforum of 45 seats in Súdwest-Fryslân with age and gender quotas, as staff send it.
nlohmann::json forum_body(const std::string& slug = "energie");

/// A register extract as a municipality exports it: Dutch Excel (semicolons, CRLF, a byte order
/// mark), quoted fields, spaces around values, Frisian names. Columns: id, voornaam, achternaam,
/// straat, huisnummer, postcode (ten), woonplaats (Snits, Boalsert), geboortejaar, wijk (Noord,
/// Súd). `variant` shifts ids and names, for a second, different file.
std::string register_csv(int rows, int variant = 0);

}  // namespace mienskip::test
