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

// What the service's own role cannot do to the log, whatever SQL it is made to run.
std::string refusal(pqxx::connection& c, const std::string& sql) { return test::sql_refusal(c, sql); }

BOOST_AUTO_TEST_CASE(the_service_role_can_append_and_read_but_not_rewrite) {
  const auto url = test::fresh_database("audit_service_role");
  pqxx::connection service(test::as_service(url));
  for (int i = 0; i < 3; ++i) write(service, "medewerker", "forum.created", "{}");
  BOOST_TEST(store::read_audit_log(service).size() == 3u);
  for (const std::string sql :
       {"DELETE FROM audit_log WHERE chain_position = 3", "UPDATE audit_log SET actor = 'x'", "TRUNCATE audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only", "DROP TRIGGER audit_log_link ON audit_log",
        "CREATE OR REPLACE FUNCTION audit_log_link() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
        "ALTER TABLE audit_log DROP COLUMN entry_hash", "DROP TABLE audit_log",
        "CREATE TABLE audit_log_copy AS SELECT * FROM audit_log"}) {
    const auto refused = refusal(service, sql);
    BOOST_TEST((refused.find("permission denied") != std::string::npos ||
                refused.find("must be owner") != std::string::npos),
               sql + " -> " + refused);
  }
  BOOST_TEST(store::read_audit_log(service).size() == 3u);
  BOOST_TEST(!verify(service).has_value());
}

BOOST_AUTO_TEST_CASE(the_database_clock_dates_every_entry) {
  const auto url = test::fresh_database("audit_clock");
  pqxx::connection service(test::as_service(url));
  const auto refused = refusal(service,
                               "INSERT INTO audit_log (occurred_at, actor, action) "
                               "VALUES ('2026-01-01T00:00:00Z', 'medewerker', 'lottery.seed_entered')");
  BOOST_TEST(refused.find("occurred_at is set by the database clock") != std::string::npos, refused);
  write(service, "medewerker", "lottery.seed_entered", "{}");
  BOOST_TEST(test::query_number(url, "SELECT count(*) FROM audit_log WHERE occurred_at > now() - interval '1 minute'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
