#include <boost/test/unit_test.hpp>
#include <pqxx/pqxx>
#include <thread>

#include "core/base/error.hpp"
#include "store/migrator.hpp"
#include "support/test_database.hpp"

using namespace mienskip::store;
using mienskip::test::fresh_database;
using mienskip::test::Schema;

namespace {

bool table_exists(pqxx::connection& c, const std::string& table) {
  pqxx::read_transaction tx(c);
  return tx.exec1("SELECT to_regclass(" + tx.quote(table) + ") IS NOT NULL")[0].as<bool>();
}

long long count_rows(pqxx::connection& c, const std::string& table) {
  pqxx::read_transaction tx(c);
  return tx.exec1("SELECT count(*) FROM " + table)[0].as<long long>();
}

std::vector<Migration> builtin_plus(const std::string& file_name, const std::string& sql) {
  std::vector<MigrationFile> files = embedded_migrations();
  files.push_back({file_name, sql});
  return parse_migrations(files);
}

std::string next_file(const std::string& name) {
  char number[8];
  std::snprintf(number, sizeof number, "%04zu", builtin_migrations().size() + 1);
  return std::string(number) + "_" + name + ".sql";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(migrates_an_empty_database_once) {
  pqxx::connection c(fresh_database("migrations_once", Schema::empty));
  const auto& known = builtin_migrations();

  const auto before = migration_status(c, known);
  BOOST_TEST(before.applied == 0u);
  BOOST_TEST(before.pending.size() == known.size());
  BOOST_TEST(!before.current());

  const auto applied = apply_migrations(c, known);
  BOOST_TEST(applied.size() == known.size());
  BOOST_TEST(applied.front() == "0001_audit_log");
  BOOST_TEST(migration_status(c, known).current());
  BOOST_TEST(count_rows(c, "schema_migrations") == static_cast<long long>(known.size()));

  BOOST_TEST(apply_migrations(c, known).empty());
  BOOST_TEST(count_rows(c, "schema_migrations") == static_cast<long long>(known.size()));
}

BOOST_AUTO_TEST_CASE(a_failing_migration_leaves_nothing_behind) {
  pqxx::connection c(fresh_database("migrations_failing", Schema::empty));
  const auto known = builtin_plus(next_file("broken"), "CREATE TABLE half_done (id int); SELECT 1/0;");
  BOOST_CHECK_THROW(apply_migrations(c, known), pqxx::sql_error);
  // One transaction: not even the migrations before the broken one were kept.
  BOOST_TEST(!table_exists(c, "audit_log"));
  BOOST_TEST(!table_exists(c, "half_done"));
  BOOST_TEST(!table_exists(c, "schema_migrations"));
}

BOOST_AUTO_TEST_CASE(an_edited_migration_is_refused_and_nothing_changes) {
  pqxx::connection c(fresh_database("migrations_edited", Schema::empty));
  apply_migrations(c, builtin_migrations());

  std::vector<MigrationFile> files = embedded_migrations();
  files[0].sql += "\n-- an innocent-looking edit\n";
  files.push_back({next_file("later"), "CREATE TABLE later (id int);"});
  const auto edited = parse_migrations(files);

  BOOST_CHECK_EXCEPTION(apply_migrations(c, edited), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "migration_edited"; });
  BOOST_CHECK_EXCEPTION(migration_status(c, edited), mienskip::Error,
                        [](const mienskip::Error& e) { return e.code() == "migration_edited"; });
  BOOST_TEST(!table_exists(c, "later"));
}

BOOST_AUTO_TEST_CASE(new_migrations_are_applied_after_the_old_ones) {
  pqxx::connection c(fresh_database("migrations_new", Schema::migrated));
  const auto known = builtin_plus(next_file("later"), "CREATE TABLE later (id int);");
  const auto applied = apply_migrations(c, known);
  BOOST_TEST_REQUIRE(applied.size() == 1u);
  BOOST_TEST(applied[0] == next_file("later").substr(0, next_file("later").size() - 4));
  BOOST_TEST(table_exists(c, "later"));
}

BOOST_AUTO_TEST_CASE(concurrent_migrators_apply_each_migration_once) {
  const auto url = fresh_database("migrations_concurrent", Schema::empty);
  // A slow migration widens the window in which the others must wait for the advisory lock.
  const auto known = builtin_plus(next_file("slow"), "SELECT pg_sleep(0.3); CREATE TABLE slow (id int);");
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  std::atomic<std::size_t> applied_total{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      try {
        pqxx::connection c(url);
        applied_total += apply_migrations(c, known).size();
      } catch (const std::exception&) {
        ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  BOOST_TEST(failures.load() == 0);
  BOOST_TEST(applied_total.load() == known.size());
  pqxx::connection c(url);
  BOOST_TEST(count_rows(c, "schema_migrations") == static_cast<long long>(known.size()));
}

BOOST_AUTO_TEST_CASE(the_audit_log_is_append_only) {
  pqxx::connection c(fresh_database("migrations_audit", Schema::migrated));
  {
    pqxx::work tx(c);
    tx.exec0("INSERT INTO audit_log (actor, action, subject) VALUES ('test', 'forum.create', 'f1')");
    tx.commit();
  }
  for (const std::string statement :
       {"UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
    pqxx::work tx(c);
    BOOST_CHECK_THROW(tx.exec0(statement), pqxx::sql_error);
  }
  BOOST_TEST(count_rows(c, "audit_log") == 1);
}

// Issue 18: a database from before derived letter codes keeps no plain-text code after migrating.
// Its letters already sent still sign up (the hash stays); they can no longer be printed, which
// the store says as `letter_codes_unavailable` (codes_derived false), and a draw whose codes were
// deleted stays marked as such.
BOOST_AUTO_TEST_CASE(upgrading_removes_the_letter_codes_stored_before_they_were_derived) {
  pqxx::connection c(fresh_database("migrations_letter_codes", Schema::empty));
  std::vector<Migration> before;
  for (const auto& m : builtin_migrations()) {
    if (m.version < 17) before.push_back(m);
  }
  apply_migrations(c, before);
  {
    pqxx::work tx(c);
    for (const std::string slug : {"kept", "deleted"}) {
      const auto id = tx.exec1("INSERT INTO forums (slug, name, municipality, panel_size, categories, created_by, "
                               "quotas_changed_by) VALUES ('" + slug + "', 'F', 'M', 3, '[]', 'a', 'a') RETURNING id")[0]
                          .as<long long>();
      tx.exec0("INSERT INTO forum_draws (forum_id, parameters, register_sha256, exclusion_sha256, commitment, committed_by, "
               "seed, drawn_by, drawn_at, receipt) VALUES (" + std::to_string(id) + ", '{}', repeat('a', 64), "
               "repeat('b', 64), repeat('c', 64), 'a', '1 2 3', 'a', now(), '{}')");
      tx.exec0("INSERT INTO forum_invitations (forum_id, draw_order, position, stratum, code, code_hash) VALUES (" +
               std::to_string(id) + ", 1, 0, 'x', " + (slug == "kept" ? "'K7QM-X2PA-9RTD'" : "NULL") + ", '" + slug + "')");
    }
    tx.commit();
  }
  apply_migrations(c, builtin_migrations());
  pqxx::read_transaction tx(c);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM information_schema.columns WHERE table_name = 'forum_invitations' "
                      "AND column_name = 'code'")[0].as<long long>() == 0);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM forum_invitations")[0].as<long long>() == 2);
  BOOST_TEST(tx.exec1("SELECT string_agg(f.slug || ':' || d.codes_derived || ':' || (d.personal_data_deleted_at IS NOT NULL), "
                      "' ' ORDER BY f.slug) FROM forum_draws d JOIN forums f ON f.id = d.forum_id")[0]
                 .as<std::string>() == "deleted:false:true kept:false:false");
  // Migration 0018: the commitment each draw kept becomes its version 1, and the draw stays drawn.
  BOOST_TEST(tx.exec1("SELECT count(*) FROM forum_draw_commitments WHERE version = 1 AND commitment = repeat('c', 64) "
                      "AND reason IS NULL AND seed_not_before = committed_at")[0].as<long long>() == 2);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM forum_draws WHERE seed = '1 2 3'")[0].as<long long>() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
