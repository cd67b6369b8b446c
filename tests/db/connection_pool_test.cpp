#include <boost/test/unit_test.hpp>
#include <pqxx/pqxx>
#include <set>
#include <thread>

#include "core/base/error.hpp"
#include "store/connection_pool.hpp"
#include "support/test_database.hpp"

using mienskip::store::ConnectionPool;
using namespace std::chrono_literals;

namespace {

int backend_pid(pqxx::connection& c) {
  pqxx::nontransaction tx(c);
  return tx.exec1("SELECT pg_backend_pid()")[0].as<int>();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(connection_pool)

BOOST_AUTO_TEST_CASE(never_opens_more_than_its_size) {
  ConnectionPool pool(mienskip::test::fresh_database("pool_bounded"), 3, 10s);
  std::mutex mutex;
  std::set<int> pids;
  std::atomic<int> in_use{0};
  std::atomic<int> most_in_use{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      for (int round = 0; round < 5; ++round) {
        auto lease = pool.acquire();
        const int now = ++in_use;
        int seen = most_in_use.load();
        while (now > seen && !most_in_use.compare_exchange_weak(seen, now)) {
        }
        const int pid = backend_pid(*lease);
        std::this_thread::sleep_for(5ms);
        --in_use;
        std::lock_guard lock(mutex);
        pids.insert(pid);
      }
    });
  }
  for (auto& t : threads) t.join();
  BOOST_TEST(most_in_use.load() <= 3);
  BOOST_TEST(most_in_use.load() >= 2);  // the threads really did run at once
  BOOST_TEST(pids.size() <= 3u);
  BOOST_TEST(pool.open_connections() <= 3u);
}

BOOST_AUTO_TEST_CASE(a_busy_pool_answers_service_busy_after_the_timeout) {
  ConnectionPool pool(mienskip::test::fresh_database("pool_busy"), 1, 200ms);
  auto held = pool.acquire();
  const auto started = std::chrono::steady_clock::now();
  BOOST_CHECK_EXCEPTION(pool.acquire(), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "service_busy"; });
  const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  BOOST_TEST(waited.count() >= 190);
}

BOOST_AUTO_TEST_CASE(a_returned_connection_is_reused) {
  ConnectionPool pool(mienskip::test::fresh_database("pool_reuse"), 2, 1s);
  int first = 0;
  {
    auto lease = pool.acquire();
    first = backend_pid(*lease);
  }
  auto again = pool.acquire();
  BOOST_TEST(backend_pid(*again) == first);
  BOOST_TEST(pool.open_connections() == 1u);
}

BOOST_AUTO_TEST_CASE(a_killed_connection_is_replaced) {
  const auto url = mienskip::test::fresh_database("pool_killed");
  ConnectionPool pool(url, 1, 1s);
  int killed = 0;
  {
    auto lease = pool.acquire();
    killed = backend_pid(*lease);
    pqxx::connection admin(url);
    pqxx::nontransaction tx(admin);
    tx.exec1("SELECT pg_terminate_backend(" + std::to_string(killed) + ")");
    std::this_thread::sleep_for(100ms);
    BOOST_CHECK_THROW(backend_pid(*lease), pqxx::broken_connection);
  }
  auto lease = pool.acquire();
  const int replacement = backend_pid(*lease);
  BOOST_TEST(replacement != killed);
}

BOOST_AUTO_TEST_CASE(an_unreachable_database_is_reported_and_frees_its_slot) {
  ConnectionPool pool("host=/nonexistent/socket/dir dbname=x connect_timeout=2", 1, 1s);
  for (int attempt = 0; attempt < 2; ++attempt) {
    BOOST_CHECK_EXCEPTION(pool.acquire(), mienskip::Error, [](const mienskip::Error& e) {
      return e.code() == "database_unavailable" &&
             std::string(e.what()).find("nonexistent") == std::string::npos;
    });
  }
  BOOST_TEST(pool.open_connections() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
