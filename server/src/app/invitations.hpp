#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/base/field_error.hpp"
#include "core/invitations/letter_address.hpp"
#include "store/forum_draw.hpp"

namespace mienskip::app {

/// The invitation draw of forum `slug` (who gets a letter), from its commitment to the letters.
/// Every step is audited in the store; what is downloaded is audited here.

/// The forum's draw as committed (and drawn, once it is). Throws Error `no_commitment` before a
/// commitment is published.
store::StoredDraw invitation_draw(pqxx::connection& connection, const std::string& slug);

/// Publishes the next version of the commitment to a draw, `body` as staff sent it: the parameters
/// (core/invitations/invitation_parameters, checked against the uploaded register) and, for a
/// correction of a published version, `"reason"` (one line, at most 500 characters). The seed may
/// be entered once it has been public for `wait`. Returns the stored draw, or the problems per
/// field with nothing stored. Throws Error `no_register` before a register is uploaded,
/// `commitment_published` for a second version without a reason, `already_drawn`.
struct DrawCommitment {
  std::optional<store::StoredDraw> draw;
  std::vector<FieldError> errors;
};
DrawCommitment commit_to_invitation_draw(pqxx::connection& connection, const std::string& slug, const nlohmann::json& body,
                                         std::chrono::seconds wait, const std::string& actor);

/// Draws the invitations with the public `seed` text (core/crypto/public_seed) against the
/// published commitment, the one way staff's route and `mienskip forum demo` both do it: the
/// register is read back, the draw recomputed and checked against the commitment, the receipt
/// made over the invitations file and every letter's code derived with `secret` (letter_code), of
/// which only the hash is stored. Throws `invalid_seed`, `no_commitment`, `already_drawn`,
/// `commitment_too_recent` (the latest commitment's waiting time has not passed), `commitment_mismatch` (the register was replaced, or the inputs differ from what was committed), `not_found`.
store::StoredDraw draw_invitations(pqxx::connection& connection, const std::string& slug, const std::string& seed,
                                   const std::string& secret, const std::string& actor);

/// The mail-merge file: the drawn invitations as CSV (core/invitations/invitation_receipt) with
/// each letter's code, derived again with `secret` (letter_code), and the audit log's head after
/// this download's own audit entry (`csv`).
std::string invitations_csv_download(pqxx::connection& connection, const std::string& slug, const std::string& secret,
                                     const std::string& actor);

/// Which register columns make the letters' address block: a column (or none) per role as staff
/// chose them, or, when they chose nothing, the columns the register's names suggest.
struct AddressChoice {
  std::optional<AddressMapping> chosen;
};

/// The printable letters (app/invitation_letters_view) in `language` ("nl", "fy" or "en"; Error
/// `invalid_option` otherwise), each with its address block and code, in the forum's saved letter
/// texts (app/letter_texts), residents signing up at `sign_up_url`; audited as a download
/// (`letters_nl`, `letters_fy`, `letters_en`). Throws `no_address_columns`
/// when the columns leave a role a deliverable address needs.
std::string invitation_letters_download(pqxx::connection& connection, const std::string& slug, const std::string& language,
                                        const AddressChoice& address, const std::string& sign_up_url,
                                        const std::string& secret, const std::string& actor);

/// What staff see beside the address-block control: the register's columns, the column per role,
/// whether they were suggested, the roles a deliverable address still lacks, and the first
/// letter's block and greeting as they will be printed (none while roles are missing).
struct AddressPreview {
  std::vector<std::string> columns;
  AddressMapping mapping;
  bool suggested = false;
  std::vector<AddressRole> missing;
  std::optional<AddressBlock> example;
  std::string greeting;
};
AddressPreview letter_address_preview(pqxx::connection& connection, const std::string& slug, const std::string& language,
                                      const AddressChoice& address);

/// Deletes the register's records (store::delete_personal_data), after which no letter can be printed, and returns
/// what was deleted with the draw as it is after.
struct PersonalDataDeletion {
  store::DeletedPersonalData deleted;
  store::StoredDraw draw;
};
PersonalDataDeletion delete_invitation_personal_data(pqxx::connection& connection, const std::string& slug,
                                                     const std::string& actor);

}  // namespace mienskip::app
