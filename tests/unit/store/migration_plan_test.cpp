#include <boost/test/unit_test.hpp>

#include "core/base/error.hpp"
#include "core/crypto/sha256.hpp"
#include "store/migration_plan.hpp"
#include "store/migrator.hpp"

using namespace mienskip::store;

namespace {

std::vector<Migration> three() {
  return parse_migrations({{"0002_surveys.sql", "CREATE TABLE s ();"},
                           {"0001_forums.sql", "CREATE TABLE f ();"},
                           {"0003_responses.sql", "CREATE TABLE r ();"}});
}

AppliedMigration applied(const Migration& m) { return {m.version, m.name, m.checksum}; }

std::string code_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const mienskip::Error& e) {
    return e.code();
  }
  return "no error";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(migration_plan)

BOOST_AUTO_TEST_CASE(parses_and_orders_files_by_version) {
  const auto migrations = three();
  BOOST_TEST(migrations.size() == 3u);
  BOOST_TEST(migrations[0].version == 1);
  BOOST_TEST(migrations[0].name == "forums");
  BOOST_TEST(migrations[2].name == "responses");
  BOOST_TEST(migrations[1].checksum == mienskip::sha256_hex("CREATE TABLE s ();"));
}

BOOST_AUTO_TEST_CASE(refuses_bad_names_and_duplicate_versions) {
  BOOST_TEST(code_of([] { parse_migrations({{"1_forums.sql", ""}}); }) == "migration_invalid");
  BOOST_TEST(code_of([] { parse_migrations({{"0001_Forums.sql", ""}}); }) == "migration_invalid");
  BOOST_TEST(code_of([] { parse_migrations({{"0001_forums.txt", ""}}); }) == "migration_invalid");
  BOOST_TEST(code_of([] {
               parse_migrations({{"0001_forums.sql", "a"}, {"0001_surveys.sql", "b"}});
             }) == "migration_invalid");
}

BOOST_AUTO_TEST_CASE(everything_is_pending_on_an_empty_database) {
  const auto pending = pending_migrations(three(), {});
  BOOST_TEST(pending.size() == 3u);
  BOOST_TEST(pending[0].version == 1);
  BOOST_TEST(pending[2].version == 3);
}

BOOST_AUTO_TEST_CASE(only_new_migrations_are_pending) {
  const auto known = three();
  const auto pending = pending_migrations(known, {applied(known[0]), applied(known[1])});
  BOOST_TEST(pending.size() == 1u);
  BOOST_TEST(pending[0].name == "responses");
  BOOST_TEST(pending_migrations(known, {applied(known[0]), applied(known[1]), applied(known[2])})
                 .empty());
}

BOOST_AUTO_TEST_CASE(an_edited_migration_is_refused) {
  const auto known = three();
  auto edited = applied(known[0]);
  edited.checksum = mienskip::sha256_hex("CREATE TABLE f (id int);");
  BOOST_TEST(code_of([&] { pending_migrations(known, {edited}); }) == "migration_edited");
}

BOOST_AUTO_TEST_CASE(a_database_newer_than_the_program_is_refused) {
  const auto known = three();
  const AppliedMigration future{4, "votes", "abc"};
  BOOST_TEST(code_of([&] { pending_migrations(known, {future}); }) == "migration_unknown");
}

BOOST_AUTO_TEST_CASE(a_new_migration_numbered_below_an_applied_one_is_refused) {
  const auto known = three();
  BOOST_TEST(code_of([&] { pending_migrations(known, {applied(known[0]), applied(known[2])}); }) ==
             "migration_out_of_order");
}

BOOST_AUTO_TEST_CASE(the_builtin_migrations_are_well_formed) {
  const auto& builtin = builtin_migrations();
  BOOST_TEST_REQUIRE(!builtin.empty());
  for (std::size_t i = 0; i < builtin.size(); ++i) {
    BOOST_TEST(builtin[i].version == static_cast<int>(i) + 1);
    BOOST_TEST(!builtin[i].sql.empty());
  }
}

BOOST_AUTO_TEST_SUITE_END()
