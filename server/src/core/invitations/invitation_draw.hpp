#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/base/csv.hpp"
#include "core/crypto/sha256.hpp"

namespace mienskip {

/// What an invitation draw depends on besides the register and the seed.
struct DrawParameters {
  std::size_t count = 0;                     // invitations to send
  std::string stratify_by;                   // register column, or empty for one stratum
  std::map<std::string, double> oversample;  // stratum -> factor (e.g. 1.5 where response is low)
  std::vector<std::string> household_key;    // columns that identify a household (at most one invitation each)
};

/// The draw as planned and done; everything a receipt needs.
struct InvitationDraw {
  std::string register_sha256;
  std::string exclusion_sha256;
  std::string commitment;  // published before the seed is known
  std::string seed;
  std::vector<std::string> strata;
  std::vector<std::size_t> eligible;    // per stratum: register rows not excluded
  std::vector<std::size_t> allocation;  // per stratum: invitations
  std::vector<std::size_t> rows;        // selected register rows (indices), stratum by stratum, in draw order
  std::vector<std::size_t> row_stratum; // per selected row: index into strata
  std::size_t excluded = 0;
};

/// SHA-256 of the register in canonical form: the header and every record, fields trimmed and
/// joined by 0x1F, lines ended by 0x0A, whatever the quoting and line endings of the file.
std::string register_hash(const CsvTable& register_table);

/// register_hash computed record by record, for a register that streams in (a server upload):
/// add the header, then every record in file order, then take `hex()`.
class RegisterHash {
 public:
  void add(const std::vector<std::string>& fields);
  std::string hex() { return digest_.hex(); }

 private:
  Sha256 digest_;
  std::string line_;  // reused, so a million records do not allocate a million lines
};

/// SHA-256 over the canonical text of everything the draw depends on except the seed:
/// "mienskip-draw-v1", the register hash, the parameters and the hash of the sorted exclusion list.
/// Published before the seed is known, it lets anyone check afterwards that nothing was changed.
std::string draw_commitment(const std::string& register_sha256, const std::string& exclusion_sha256,
                            const DrawParameters& parameters);

/// SHA-256 of the excluded ids, sorted and joined by 0x0A.
std::string exclusion_hash(const std::set<std::string>& excluded_ids);

/// Everything the draw fixes and checks before the seed comes into it: the commitment, the strata
/// with their eligible residents and allocation, and the refusals that need no seed. `rows` stays
/// empty. What `mienskip draw commit` runs before it prints a commitment, so that a published
/// commitment is one a draw can follow. Errors: `unknown_variable` (a named column is missing),
/// `invalid_register` (an empty or repeated id), `invalid_draw` (no one to invite, a factor that is
/// not positive, oversampling of a stratum no one is in, a stratum given more invitations than it
/// has eligible residents).
InvitationDraw plan_invitation_draw(const CsvTable& register_table, const std::string& register_sha256,
                                    const std::set<std::string>& excluded_ids, const DrawParameters& parameters);

/// Draws invitations: proportional allocation over strata (largest remainder, after oversampling
/// factors), then per stratum a walk through a DeterministicRandom shuffle keyed by
/// "mienskip-invitation-draw" 0x00 commitment 0x00 seed 0x00 stratum, skipping volunteers whose
/// household already has an invitation. `docs/lottery.md` specifies each step. Errors: those of
/// plan_invitation_draw, and `invalid_draw` (an empty seed; more invitations than households).
InvitationDraw draw_invitations(const CsvTable& register_table, const std::set<std::string>& excluded_ids,
                                const DrawParameters& parameters, const std::string& seed);

/// draw_invitations for a register whose hash is already known: a server keeps the hash of the
/// upload and reads back only the columns the draw needs (id, stratum, household key), so
/// `register_table` may hold just those, with the rows in the register's order.
InvitationDraw draw_invitations_from(const CsvTable& register_table, const std::string& register_sha256,
                                     const std::set<std::string>& excluded_ids, const DrawParameters& parameters,
                                     const std::string& seed);

}  // namespace mienskip
