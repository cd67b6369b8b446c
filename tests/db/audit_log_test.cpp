// The audit log's hash chain as the database builds it, checked by the C++ verifier: intact under
// concurrent writers, and broken where a superuser edits or deletes behind Mienskip's back.
#include <boost/test/unit_test.hpp>
#include <pqxx/pqxx>
#include <thread>

#include "core/crypto/audit_chain.hpp"
#include "store/audit_log.hpp"
#include "support/test_database.hpp"

using namespace mienskip;

namespace {

void write(pqxx::connection& c, const std::string& actor, const std::string& action, const std::string& details) {
  pqxx::work work(c);
  work.exec_params("INSERT INTO audit_log (actor, action, subject, details) VALUES ($1, $2, 'forum:1', $3::jsonb)", actor,
                   action, details);
  work.commit();
}

// As a database superuser could, with the append-only trigger switched off.
void tamper(pqxx::connection& c, const std::string& sql) {
  pqxx::work work(c);
  work.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
  work.exec(sql);
  work.exec("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
  work.commit();
}

std::optional<std::string> verify(pqxx::connection& c) { return first_chain_break(store::read_audit_log(c)); }

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_log_chain)

BOOST_AUTO_TEST_CASE(entries_written_by_many_writers_form_one_chain) {
  const auto url = test::fresh_database("audit_chain_concurrent");
  std::vector<std::thread> writers;
  for (int t = 0; t < 8; ++t) {
    writers.emplace_back([&, t] {
      pqxx::connection c(url);
      for (int i = 0; i < 20; ++i) {
        write(c, "Súdwest-Fryslân medewerker " + std::to_string(t), "lottery.seed_entered",
              "{\"seed\": \"lotto " + std::to_string(i) + "\", \"note\": \"ûnderstreekje – ✓\"}");
      }
    });
  }
  for (auto& w : writers) w.join();
  pqxx::connection c(url);
  const auto entries = store::read_audit_log(c);
  BOOST_TEST(entries.size() == 160u);
  BOOST_TEST(entries.back().position == 160);
  const auto broken = verify(c);
  BOOST_TEST(!broken.has_value(), broken.value_or(""));
}

BOOST_AUTO_TEST_CASE(an_edited_entry_is_found) {
  const auto url = test::fresh_database("audit_chain_edited");
  pqxx::connection c(url);
  for (int i = 0; i < 5; ++i) write(c, "test", "survey.created", "{\"n\": " + std::to_string(i) + "}");
  BOOST_TEST(!verify(c).has_value());
  tamper(c, "UPDATE audit_log SET details = '{\"n\": 42}' WHERE chain_position = 3");
  const auto broken = verify(c);
  BOOST_TEST_REQUIRE(broken.has_value());
  BOOST_TEST(broken->find("entry 3 (survey.created") == 0u, *broken);
  BOOST_TEST(broken->find("was changed") != std::string::npos, *broken);
}

BOOST_AUTO_TEST_CASE(a_deleted_entry_is_found) {
  const auto url = test::fresh_database("audit_chain_deleted");
  pqxx::connection c(url);
  for (int i = 0; i < 5; ++i) write(c, "test", "survey.created", "{}");
  tamper(c, "DELETE FROM audit_log WHERE chain_position = 2");
  BOOST_TEST(verify(c).value() == "entries 2 to 2 are missing: they were deleted");
}

BOOST_AUTO_TEST_SUITE_END()
