// The attempt limiter: blocking after too many failures within the window, and memory that stays
// bounded (without scanning) however many distinct clients fail.
#include "app/attempt_limiter.hpp"

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <string>

using mienskip::app::AttemptLimiter;
using namespace std::chrono_literals;

BOOST_AUTO_TEST_SUITE(attempt_limiter)

BOOST_AUTO_TEST_CASE(blocks_after_too_many_failures_within_the_window) {
  AttemptLimiter limiter(3, 600s);
  const auto start = AttemptLimiter::Clock::time_point{} + 1000h;
  limiter.record_failure("10.0.0.1", start);
  limiter.record_failure("10.0.0.1", start + 1s);
  BOOST_TEST(!limiter.blocked("10.0.0.1", start + 2s));
  limiter.record_failure("10.0.0.1", start + 2s);
  BOOST_TEST(limiter.blocked("10.0.0.1", start + 3s));
  BOOST_TEST(!limiter.blocked("10.0.0.2", start + 3s));  // only that client
  // The first failure leaves the window: two remain, and one more blocks again.
  BOOST_TEST(!limiter.blocked("10.0.0.1", start + 600s));
  limiter.record_failure("10.0.0.1", start + 600s);
  BOOST_TEST(limiter.blocked("10.0.0.1", start + 600s));
  BOOST_TEST(!limiter.blocked("10.0.0.1", start + 601s));  // the one of start + 1s left too
  BOOST_TEST(!limiter.blocked("10.0.0.1", start + 1200s));
}

// An attacker cycling through more addresses than the limiter keeps must neither grow its memory
// nor make every failure walk all the others (the old limiter scanned the whole map under its mutex
// once it held 100,000 clients, for every further failure).
BOOST_AUTO_TEST_CASE(memory_is_bounded_by_default) {
  AttemptLimiter limiter(20, 600s);
  const auto now = AttemptLimiter::Clock::time_point{} + 1000h;
  for (int i = 0; i < 101'000; ++i) limiter.record_failure("client " + std::to_string(i), now);
  BOOST_TEST(limiter.size() <= 100'000u);
}

// Beyond its bound the limiter forgets the client whose last failure is oldest, not one that is
// failing right now.
BOOST_AUTO_TEST_CASE(beyond_the_bound_the_least_recently_failing_client_is_forgotten) {
  AttemptLimiter limiter(2, 600s, 3);
  const auto now = AttemptLimiter::Clock::time_point{} + 1000h;
  for (const char* client : {"a", "b", "c"}) limiter.record_failure(client, now);
  limiter.record_failure("a", now + 1s);  // blocks a, and makes b the least recent
  BOOST_TEST(limiter.blocked("a", now + 2s));
  limiter.record_failure("d", now + 3s);
  BOOST_TEST(limiter.size() == 3u);
  limiter.record_failure("b", now + 4s);  // b was forgotten: this is its first failure again
  BOOST_TEST(!limiter.blocked("b", now + 5s));
  BOOST_TEST(limiter.blocked("a", now + 5s));  // c went instead (the least recent by then)
  limiter.record_failure("c", now + 6s);
  BOOST_TEST(!limiter.blocked("c", now + 7s));
  BOOST_TEST(limiter.size() == 3u);
}

// Clients whose failures have all left the window are dropped as new failures come in, so a quiet
// limiter does not keep yesterday's clients.
BOOST_AUTO_TEST_CASE(clients_whose_failures_expired_are_dropped) {
  AttemptLimiter limiter(5, 600s);
  const auto now = AttemptLimiter::Clock::time_point{} + 1000h;
  for (int i = 0; i < 10; ++i) limiter.record_failure("old " + std::to_string(i), now);
  for (int i = 0; i < 10; ++i) limiter.record_failure("new " + std::to_string(i), now + 601s);
  BOOST_TEST(limiter.size() == 10u);
}

// A client keeps at most its last `max_failures` failures: a flood from one client costs no more
// memory than a few failures.
BOOST_AUTO_TEST_CASE(a_client_keeps_only_its_last_failures) {
  AttemptLimiter limiter(3, 600s);
  const auto now = AttemptLimiter::Clock::time_point{} + 1000h;
  for (int i = 0; i < 1000; ++i) limiter.record_failure("a", now + std::chrono::milliseconds(i));
  BOOST_TEST(limiter.blocked("a", now + 2s));
  // Its last three failures were within the last second, so the block lasts until they are 600 s old.
  BOOST_TEST(limiter.blocked("a", now + 600s));
  BOOST_TEST(!limiter.blocked("a", now + 601s));
}

// One IPv6 connection has a whole /64 to try from: it counts as one client.
BOOST_AUTO_TEST_CASE(an_ipv6_network_counts_as_one_client) {
  using mienskip::app::limited_client;
  BOOST_TEST(limited_client("2001:db8:1:2::1") == limited_client("2001:db8:1:2:ffff:ffff:ffff:ffff"));
  BOOST_TEST(limited_client("2001:db8:1:2::1") == "ipv6 /64 20010db800010002");
  BOOST_TEST(limited_client("2001:db8:1:2::1") != limited_client("2001:db8:1:3::1"));
  BOOST_TEST(limited_client("192.0.2.7") == "192.0.2.7");
  BOOST_TEST(limited_client("192.0.2.7") != limited_client("192.0.2.8"));
  BOOST_TEST(limited_client("::ffff:192.0.2.7") != limited_client("::ffff:192.0.2.8"));
  BOOST_TEST(limited_client("not an address") == "not an address");
}

// The limiter applies that itself, so no caller can count a /64 as 2^64 clients by passing the
// address as it came (the invitation-code limits of the survey and the sign-up once did).
BOOST_AUTO_TEST_CASE(the_limiter_counts_an_ipv6_network_as_one_client) {
  AttemptLimiter limiter(2, 600s);
  const auto now = AttemptLimiter::Clock::time_point{} + 1000h;
  limiter.record_failure("2001:db8:1:2::1", now);
  limiter.record_failure("2001:db8:1:2::2", now);
  BOOST_TEST(limiter.blocked("2001:db8:1:2:ffff::9", now + 1s));
  BOOST_TEST(!limiter.blocked("2001:db8:1:3::1", now + 1s));
  BOOST_TEST(limiter.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
