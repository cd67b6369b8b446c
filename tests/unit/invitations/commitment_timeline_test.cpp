// What the verification page may claim about a draw's commitment (issue 18), from its times alone.
#include <boost/test/unit_test.hpp>

#include "core/base/error.hpp"
#include "core/base/netherlands_time.hpp"
#include "core/invitations/commitment_timeline.hpp"

using namespace mienskip;

BOOST_AUTO_TEST_SUITE(commitment_timeline_claims)

BOOST_AUTO_TEST_CASE(utc_seconds_counts_from_the_epoch) {
  BOOST_TEST(utc_seconds("1970-01-01T00:00:00Z") == 0);
  BOOST_TEST(utc_seconds("2026-12-06T20:15:30Z") == 1796588130);  // date -u -d 2026-12-06T20:15:30Z +%s
  BOOST_TEST(utc_seconds("2026-12-06T20:15Z") == 1796588100);
  BOOST_CHECK_THROW(utc_seconds("2026-12-06 20:15:30"), Error);
}

BOOST_AUTO_TEST_CASE(before_the_seed_the_claim_follows_the_waiting_time) {
  const std::vector<CommitmentMoment> one = {{1, "2026-12-01T09:00:00Z"}};
  const auto waiting = commitment_timeline(one, std::nullopt, false);
  BOOST_TEST((waiting.claim == CommitmentClaim::waiting));
  BOOST_TEST(waiting.corrections == 0);
  BOOST_TEST(waiting.latest_version == 1);
  BOOST_TEST((commitment_timeline(one, std::nullopt, true).claim == CommitmentClaim::seed_may_be_entered));
}

BOOST_AUTO_TEST_CASE(after_the_seed_it_says_how_long_the_latest_version_had_been_public) {
  const std::vector<CommitmentMoment> three = {{1, "2026-12-01T09:00:00Z"},
                                               {2, "2026-12-01T10:00:00Z"},
                                               {3, "2026-12-02T08:30:00Z"}};
  const auto drawn = commitment_timeline(three, std::string("2026-12-03T11:45:10Z"), true);
  BOOST_TEST((drawn.claim == CommitmentClaim::seed_entered));
  BOOST_TEST(drawn.latest_version == 3);
  BOOST_TEST(drawn.corrections == 2);
  BOOST_TEST(drawn.public_seconds == 86400 + 3 * 3600 + 15 * 60 + 10);  // from version 3, not version 1
  const auto parts = duration_parts(drawn.public_seconds);
  BOOST_TEST(parts.days == 1);
  BOOST_TEST(parts.hours == 3);
  BOOST_TEST(parts.minutes == 15);
  BOOST_TEST(duration_parts(-5).minutes == 0);
  BOOST_CHECK_THROW(commitment_timeline({}, std::nullopt, false), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
