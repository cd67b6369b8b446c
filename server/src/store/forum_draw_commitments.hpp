#pragma once

#include <chrono>
#include <optional>
#include <pqxx/transaction_base>
#include <string>
#include <vector>

#include "core/invitations/invitation_draw.hpp"

namespace mienskip::store {

/// One published version of the commitment to a forum's invitation draw (migration 0018). Versions
/// are never changed or removed: a correction is the next version, with its reason.
struct CommitmentVersion {
  int version = 1;
  DrawParameters parameters;
  std::string register_sha256, exclusion_sha256, commitment;
  std::optional<std::string> reason;          // none for the first version
  std::string committed_by, committed_at;     // ISO 8601 in UTC, by the database's clock
  std::string seed_not_before;                // the earliest moment the seed may be entered
};

/// Every version of forum `forum_id`'s commitment, oldest first; empty before the first.
std::vector<CommitmentVersion> read_commitment_versions(pqxx::transaction_base& tx, long long forum_id);

/// Whether the seed may be entered now by the database's clock: the latest version has been public
/// for its waiting time. False before any commitment.
bool seed_time_reached(pqxx::transaction_base& tx, long long forum_id);

/// Throws Error `commitment_too_recent`, in words staff understand: the seed is entered only once
/// the latest commitment has been public for its waiting time (the database refuses it too).
[[noreturn]] void refuse_seed_before_its_time(const CommitmentVersion& latest);

/// Publishes the next version, dated by the database and open for a seed after `wait`. The caller
/// holds the forum's row lock and has checked that no seed was entered; the database refuses a
/// version after the seed all the same.
void insert_commitment_version(pqxx::transaction_base& tx, long long forum_id, const CommitmentVersion& version,
                               std::chrono::seconds wait);

}  // namespace mienskip::store
