#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "support/staff_session.hpp"

namespace mienskip::test {

/// A burgerforum of 45 seats in Súdwest-Fryslân with age and gender quotas, as staff send it.
nlohmann::json forum_body(const std::string& slug = "energie");

/// A register extract as a municipality exports it: Dutch Excel (semicolons, CRLF, a byte order
/// mark), quoted fields, spaces around values, Frisian names. Columns: id, voornaam, achternaam,
/// straat, huisnummer, postcode (ten), woonplaats (Snits, Boalsert), geboortejaar, wijk (Noord,
/// Súd). `variant` shifts ids and names, for a second, different file.
std::string register_csv(int rows, int variant = 0);

/// POST /api/admin/forums with `body` as `admin`; fails the test unless the forum is created.
void create_forum(std::uint16_t port, const Login& admin, const nlohmann::json& body = forum_body());

/// `csv` as the register of the forum `energie`, uploaded as `admin`; fails the test when refused.
void upload_register(std::uint16_t port, const Login& admin, const std::string& csv);

/// The invitation draw of the forum `energie` as staff make it: the commitment to `parameters`,
/// then the draw with the public `seed`; fails the test when either is refused.
void commit_and_draw(std::uint16_t port, const Login& admin, const nlohmann::json& parameters, const std::string& seed);

/// Logs the admin in and creates the forum `body` with `csv` as its register; the admin's session.
Login forum_with_register(std::uint16_t port, const std::string& csv, const nlohmann::json& body = forum_body());

/// The demo forum `energie` (`mienskip forum demo`) with two staff who hold no municipality-wide
/// role, each with `password`: the forum's manager (demo_manager) and its caller (demo_caller).
inline const std::string demo_manager = "forum@sudwestfryslan.nl";
inline const std::string demo_caller = "beller@sudwestfryslan.nl";
void demo_forum_with_staff(const std::string& database_url, const std::string& password);

/// The demo forum `slug` (`mienskip forum demo`) taken from sign-up to a drawn panel by `manager`:
/// sign-up closed, the LEXIMIN selection run and fixed, the panel drawn with number 417. The panel
/// as POST .../panel answers it; fails the test when a step is refused.
nlohmann::json draw_demo_panel(std::uint16_t port, const Login& manager, const std::string& slug = "energie");

}  // namespace mienskip::test
