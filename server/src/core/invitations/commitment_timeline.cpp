#include "core/invitations/commitment_timeline.hpp"

#include <stdexcept>

#include "core/base/netherlands_time.hpp"

namespace mienskip {

CommitmentTimeline commitment_timeline(const std::vector<CommitmentMoment>& versions,
                                       const std::optional<std::string>& seed_entered_at, bool seed_time_reached) {
  if (versions.empty()) throw std::invalid_argument("a commitment timeline needs a published version");
  CommitmentTimeline timeline;
  const auto& latest = versions.back();
  timeline.latest_version = latest.version;
  timeline.corrections = static_cast<int>(versions.size()) - 1;
  if (seed_entered_at) {
    timeline.claim = CommitmentClaim::seed_entered;
    // The database refuses a seed before its time, so this is never negative for a draw made
    // under migration 0018; a draw from before it is shown as its times are.
    timeline.public_seconds = utc_seconds(*seed_entered_at) - utc_seconds(latest.committed_at);
  } else {
    timeline.claim = seed_time_reached ? CommitmentClaim::seed_may_be_entered : CommitmentClaim::waiting;
  }
  return timeline;
}

DurationParts duration_parts(long long seconds) {
  if (seconds < 0) seconds = 0;
  return {seconds / 86400, seconds % 86400 / 3600, seconds % 3600 / 60};
}

}  // namespace mienskip
