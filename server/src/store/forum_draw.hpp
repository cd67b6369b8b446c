#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/connection>
#include <string>
#include <utility>
#include <vector>

#include "core/base/csv.hpp"
#include "core/crypto/audit_chain.hpp"
#include "store/forum_draw_commitments.hpp"
#include "core/invitations/invitation_draw.hpp"

namespace mienskip::store {

/// A forum's invitation draw as stored: committed, and drawn once a seed was entered. The
/// commitment, its parameters and hashes are the latest version's; `versions` holds them all.
struct StoredDraw {
  DrawParameters parameters;
  std::string register_sha256, exclusion_sha256, commitment;
  std::string committed_by, committed_at;  // ISO 8601 in UTC
  std::string seed_not_before;             // the latest version's waiting time ends here
  bool seed_time_reached = false;          // by the database's clock, when this was read
  std::vector<CommitmentVersion> versions;  // every published version, oldest first
  std::optional<std::string> seed, drawn_by, drawn_at;
  nlohmann::json receipt;       // null until drawn
  std::string current_register_sha256;  // the register as it is now: differs when it was replaced
  long long invitations = 0;
  bool personal_data_deleted = false;  // register rows gone, letters no longer printable (step 7)
  // The letters' codes are derived from the server secret (core letter_code); false for a draw
  // made before that, whose random codes are not kept, so its letters cannot be printed again.
  bool codes_derived = true;
};

/// The forum's draw, or nothing before a commitment. Throws Error `not_found` for no such forum.
std::optional<StoredDraw> find_draw(pqxx::connection& connection, const std::string& slug);

/// A commitment staff publish: the parameters, the reason when it corrects an earlier version,
/// and how long it must be public before the seed may be entered.
struct NewCommitment {
  DrawParameters parameters;
  std::optional<std::string> reason;
  std::chrono::seconds wait{0};
};

/// Publishes the next version of the commitment to the forum's current register and these
/// parameters (earlier versions stay as they are) and audits it (`forum.draw_committed`, with the
/// version, commitment, register hash, parameters, reason and seed_not_before). Throws
/// `no_register`, `already_drawn`, and `commitment_published` when a version exists and no reason
/// for a correction is given.
StoredDraw commit_draw(pqxx::connection& connection, const std::string& slug, const NewCommitment& wanted,
                       const std::string& actor);

/// The register as the draw reads it: only the columns it needs (`id`, then the stratify and
/// household-key columns), rows in register order, with the stored register hash and size.
struct DrawInput {
  CsvTable table;
  std::string register_sha256;
};
DrawInput read_draw_input(pqxx::connection& connection, const std::string& slug, const DrawParameters& parameters);

/// The register's columns and the whole rows at these positions, in the order given (the draw's
/// order), to write the invitations file the receipt's hash is of.
std::pair<std::vector<std::string>, std::vector<std::vector<std::string>>> register_rows_at(
    pqxx::connection& connection, const std::string& slug, const std::vector<std::size_t>& positions);

/// Stores the drawn invitations with their codes' hashes (never the codes), the seed and the receipt, in
/// one transaction, and audits it (`forum.invitations_drawn`: seed, commitment, count, hash of the
/// invitations; never a code or a name). Throws `already_drawn` when another draw came first,
/// `commitment_mismatch` when the register or commitment changed since `draw` was computed,
/// `commitment_too_recent` before the latest commitment's waiting time has passed.
void store_draw(pqxx::connection& connection, const std::string& slug, const InvitationDraw& draw,
                const std::vector<std::string>& code_hashes, const nlohmann::json& receipt, const std::string& actor);

/// The drawn residents in draw order (letter n is rows[n - 1]): the register's columns, each
/// invitation's whole register row and its stratum, and the forum's id the letters' codes are
/// derived with. Throws `no_draw` before the draw, `personal_data_deleted` after,
/// `letter_codes_unavailable` for a draw whose codes were random and are not kept.
struct DrawnInvitations {
  long long forum_id = 0;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> strata;
};
DrawnInvitations read_invitations(pqxx::connection& connection, const std::string& slug);

/// What deleting a forum's personal data removed.
struct DeletedPersonalData {
  long long register_rows = 0;  // residents' records
  long long codes = 0;          // letters that can no longer be printed (their codes' hashes stay, so letters still work)
};

/// Deletes the register's records, so that no letter can be printed any more, once the letters are out
/// (issue 6, step 7), in one transaction, and audits it (`forum.personal_data_deleted`, with the
/// counts). What verification needs stays: the register's hash, size and columns, the
/// commitment, seed and receipt, the invitations' strata and code hashes. Doing it again removes
/// nothing more. Throws `no_draw` before the draw (the register is still needed for it).
DeletedPersonalData delete_personal_data(pqxx::connection& connection, const std::string& slug, const std::string& actor);

/// Audits that staff took the residents' addresses and codes out of the system (`forum.invitations_downloaded`
/// with the format and the number of invitations), and returns the audit log's head with that
/// entry, for the file to carry.
ChainHead audit_invitations_download(pqxx::connection& connection, const std::string& slug, const std::string& format,
                                     std::size_t invitations, const std::string& actor);

}  // namespace mienskip::store
