#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mienskip {

/// When one version of a commitment was published (a UTC timestamp as the store writes it).
struct CommitmentMoment {
  int version = 1;
  std::string committed_at;
};

/// What the verification page may say about a draw's commitment, decided from the times alone
/// (issue 18): it says no more than these show. A commitment only protects the draw if the seed
/// could not be known when it was published; the times show how long it was public before the
/// seed was entered, not when the seed became known, so that is what the page states.
enum class CommitmentClaim {
  waiting,             // the seed may not be entered yet: until `seed_not_before`
  seed_may_be_entered, // the waiting time is over and no seed was entered
  seed_entered,        // the seed was entered `public_seconds` after the latest version was published
};

struct CommitmentTimeline {
  CommitmentClaim claim = CommitmentClaim::waiting;
  int latest_version = 0;
  int corrections = 0;                  // versions after the first
  long long public_seconds = 0;         // latest version published -> seed entered (seed_entered only)
};

/// Decides the claim from every version (oldest first, at least one), the moment the seed was
/// entered if it was, and whether the database's clock has passed the latest `seed_not_before`.
/// Throws Error `invalid_timestamp` for a time that is not UTC as the store writes it.
CommitmentTimeline commitment_timeline(const std::vector<CommitmentMoment>& versions,
                                       const std::optional<std::string>& seed_entered_at, bool seed_time_reached);

/// A span of time in whole days, hours and minutes (rounded down), to word it.
struct DurationParts {
  long long days = 0, hours = 0, minutes = 0;
};
DurationParts duration_parts(long long seconds);

}  // namespace mienskip
