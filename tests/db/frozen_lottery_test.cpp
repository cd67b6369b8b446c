// Issue 18, "published means frozen", held by the database itself: whatever SQL the service's own
// role is made to run, a published commitment is never changed or removed, versions are dated by
// the database's clock and numbered without gaps, a correction carries its reason, and the seed is
// entered once, not before the latest version's waiting time, with no version after it. Likewise
// every selection run is kept and a finished one frozen, and the panel is drawn only from the
// fixed run, once its waiting time is over.
#include <boost/test/unit_test.hpp>
#include <pqxx/pqxx>

#include "support/test_database.hpp"

using namespace mienskip;

namespace {

std::string refusal(pqxx::connection& c, const std::string& sql) { return test::sql_refusal(c, sql); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A forum and its (empty) draw row, as the service makes them; returns the forum's id as text.
std::string forum(pqxx::connection& service) {
  pqxx::work work(service);
  const auto id = work.exec1("INSERT INTO forums (slug, name, municipality, panel_size, categories, created_by, "
                             "quotas_changed_by) VALUES ('energie', 'F', 'M', 3, '[]', 'a', 'a') RETURNING id")[0]
                      .as<std::string>();
  work.exec0("INSERT INTO forum_draws (forum_id) VALUES (" + id + ")");
  work.commit();
  return id;
}

// The INSERT the store makes, with the version, reason and waiting time given.
std::string publish(const std::string& forum_id, int version, const std::string& reason, const std::string& wait) {
  return "INSERT INTO forum_draw_commitments (forum_id, version, parameters, register_sha256, exclusion_sha256, "
         "commitment, reason, committed_by, seed_not_before) VALUES (" + forum_id + ", " + std::to_string(version) +
         ", '{}', repeat('a', 64), repeat('b', 64), repeat('" + std::to_string(version) + "', 64), " + reason +
         ", 'medewerker', now() + interval '" + wait + "')";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(draw_commitments)

BOOST_AUTO_TEST_CASE(a_published_version_is_never_changed_or_removed) {
  const auto url = test::fresh_database("draw_commitments_frozen");
  pqxx::connection service(test::as_service(url));
  const auto id = forum(service);
  BOOST_TEST_REQUIRE(refusal(service, publish(id, 1, "NULL", "0 seconds")) == "");
  for (const std::string sql :
       {"UPDATE forum_draw_commitments SET commitment = repeat('f', 64)", "DELETE FROM forum_draw_commitments",
        "TRUNCATE forum_draw_commitments", "ALTER TABLE forum_draw_commitments DISABLE TRIGGER forum_draw_commitment_frozen",
        "DROP TRIGGER forum_draw_seed_once ON forum_draws", "DROP TABLE forum_draw_commitments"}) {
    const auto refused = refusal(service, sql);
    BOOST_TEST((contains(refused, "permission denied") || contains(refused, "must be owner")), sql + " -> " + refused);
  }
  BOOST_TEST(test::query_text(url, "SELECT commitment FROM forum_draw_commitments") == std::string(64, '1'));
}

BOOST_AUTO_TEST_CASE(versions_are_dated_by_the_database_numbered_without_gaps_and_corrections_give_a_reason) {
  const auto url = test::fresh_database("draw_commitments_versions");
  pqxx::connection service(test::as_service(url));
  const auto id = forum(service);
  const auto backdated = refusal(service, "INSERT INTO forum_draw_commitments (forum_id, version, parameters, register_sha256, "
                                          "exclusion_sha256, commitment, committed_by, committed_at, seed_not_before) VALUES (" +
                                              id + ", 1, '{}', repeat('a', 64), repeat('b', 64), repeat('c', 64), 'm', "
                                              "'2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')");
  BOOST_TEST(contains(backdated, "set by the database clock"), backdated);
  BOOST_TEST(contains(refusal(service, publish(id, 1, "NULL", "-1 hour")), "before its own publication"));
  BOOST_TEST(contains(refusal(service, publish(id, 2, "'x'", "0 seconds")), "without gaps"));
  BOOST_TEST_REQUIRE(refusal(service, publish(id, 1, "NULL", "0 seconds")) == "");
  BOOST_TEST(contains(refusal(service, publish(id, 2, "NULL", "0 seconds")), "check"));
  BOOST_TEST(contains(refusal(service, publish(id, 1, "'x'", "0 seconds")), "without gaps"));
  BOOST_TEST(refusal(service, publish(id, 2, "'the register was incomplete'", "0 seconds")) == "");
  BOOST_TEST(test::query_number(url, "SELECT count(*) FROM forum_draw_commitments WHERE committed_at = seed_not_before") == 2);
}

BOOST_AUTO_TEST_CASE(the_seed_is_entered_once_after_the_waiting_time_and_freezes_the_commitment) {
  const auto url = test::fresh_database("draw_commitments_seed");
  pqxx::connection service(test::as_service(url));
  const auto id = forum(service);
  const std::string seed = "UPDATE forum_draws SET seed = '1 2 3', drawn_by = 'm', drawn_at = now(), receipt = '{}' "
                           "WHERE forum_id = " + id;
  BOOST_TEST(contains(refusal(service, seed), "may not be entered before"));  // nothing committed yet
  BOOST_TEST_REQUIRE(refusal(service, publish(id, 1, "NULL", "1 hour")) == "");
  BOOST_TEST(contains(refusal(service, seed), "may not be entered before"));
  // A correction starts its own waiting time; without one the seed can go in, dated by the database.
  BOOST_TEST_REQUIRE(refusal(service, publish(id, 2, "'wrong oversampling'", "0 seconds")) == "");
  BOOST_TEST(contains(refusal(service, "UPDATE forum_draws SET seed = '1 2 3', drawn_by = 'm', drawn_at = now() - "
                                       "interval '2 hours', receipt = '{}' WHERE forum_id = " + id),
                      "set by the database clock"));
  BOOST_TEST(refusal(service, seed) == "");
  BOOST_TEST(contains(refusal(service, "UPDATE forum_draws SET seed = '4 5 6' WHERE forum_id = " + id), "entered once"));
  BOOST_TEST(contains(refusal(service, publish(id, 3, "'after the fact'", "0 seconds")), "the commitment is final"));
  // Nor can the row holding the seed be deleted and made again with another seed.
  for (const std::string sql : {"DELETE FROM forum_draws", "UPDATE forum_invitations SET position = 0",
                                "DELETE FROM forum_invitations", "UPDATE forum_register_rows SET fields = '{}'"}) {
    const auto refused = refusal(service, sql);
    BOOST_TEST(contains(refused, "permission denied"), sql + " -> " + refused);
  }
  BOOST_TEST(test::query_text(url, "SELECT seed FROM forum_draws") == "1 2 3");
  BOOST_TEST(test::query_number(url, "SELECT count(*) FROM forum_draw_commitments") == 2);
}

// Once drawn, the register cannot be refilled: its rows may be deleted (the personal data, after
// the forum) but none added or changed, so letters printed again go to the residents drawn; and no
// invitation can be added, before or after, except in the transaction that enters the seed.
BOOST_AUTO_TEST_CASE(the_register_and_the_invitations_are_fixed_by_the_draw) {
  const auto url = test::fresh_database("draw_register_fixed");
  pqxx::connection service(test::as_service(url));
  const auto id = forum(service);
  const std::string add_row = "INSERT INTO forum_register_rows (forum_id, position, line, person_id, fields) VALUES (" +
                              id + ", 0, 2, 'BSN1', '{BSN1,Anna}')";
  const std::string add_other = "INSERT INTO forum_register_rows (forum_id, position, line, person_id, fields) VALUES (" +
                                id + ", 0, 2, 'BSN9', '{BSN9,Vriend}')";
  const std::string add_summary = "INSERT INTO forum_registers (forum_id, columns, row_count, sha256, uploaded_by) VALUES (" +
                                  id + ", '{id,naam}', 1, repeat('a', 64), 'medewerker')";
  const std::string add_invitation = "INSERT INTO forum_invitations (forum_id, draw_order, position, stratum, code_hash) "
                                     "VALUES (" + id + ", 2, 0, '', 'chosen')";
  BOOST_TEST_REQUIRE(refusal(service, add_row) == "");  // before the draw, as an upload does
  BOOST_TEST_REQUIRE(refusal(service, add_summary) == "");
  BOOST_TEST(contains(refusal(service, add_invitation), "only with the seed of their draw"));
  BOOST_TEST_REQUIRE(refusal(service, publish(id, 1, "NULL", "0 seconds")) == "");
  // The draw as the store writes it: invitations, then the seed, in one transaction.
  BOOST_TEST_REQUIRE(refusal(service, "INSERT INTO forum_invitations (forum_id, draw_order, position, stratum, code_hash) "
                                      "VALUES (" + id + ", 1, 0, '', 'drawn'); UPDATE forum_draws SET seed = '1 2 3', "
                                      "drawn_by = 'm', drawn_at = now(), receipt = '{}' WHERE forum_id = " + id) == "");
  BOOST_TEST(contains(refusal(service, add_invitation), "only with the seed of their draw"));
  BOOST_TEST(contains(refusal(service, "DELETE FROM forum_register_rows; " + add_other), "it is fixed"));
  BOOST_TEST(contains(refusal(service, "UPDATE forum_registers SET sha256 = repeat('f', 64)"), "it is fixed"));
  BOOST_TEST(contains(refusal(service, "DELETE FROM forum_registers; " + add_summary), "it is fixed"));
  BOOST_TEST(test::query_text(url, "SELECT person_id FROM forum_register_rows") == "BSN1");
  BOOST_TEST(test::query_number(url, "SELECT count(*) FROM forum_invitations") == 1);
  // Deleting the personal data is what may still happen.
  BOOST_TEST(refusal(service, "DELETE FROM forum_register_rows WHERE forum_id = " + id) == "");
  BOOST_TEST(test::query_number(url, "SELECT count(*) FROM forum_register_rows") == 0);
}

// A run as the store starts it, and its outcome.
std::string start_run(const std::string& forum_id, int run) {
  return "INSERT INTO forum_selection_runs (forum_id, run, algorithm, panel_size, volunteers, input_sha256, started_by) "
         "VALUES (" + forum_id + ", " + std::to_string(run) + ", 'leximin', 3, 10, repeat('a', 64), 'medewerker')";
}
std::string finish_run(const std::string& forum_id, int run) {
  return "UPDATE forum_selection_runs SET outcome = 'done', result_sha256 = repeat('" + std::to_string(run) +
         "', 64), minimum_probability = 0.3, finished_at = now() WHERE forum_id = " + forum_id +
         " AND run = " + std::to_string(run);
}
std::string fix_run(const std::string& forum_id, int run, const std::string& wait) {
  return "INSERT INTO forum_selection_fixed (forum_id, run, input_sha256, result_sha256, fixed_by, number_not_before) "
         "VALUES (" + forum_id + ", " + std::to_string(run) + ", repeat('a', 64), repeat('" + std::to_string(run) +
         "', 64), 'medewerker', now() + interval '" + wait + "')";
}
std::string draw_panel(const std::string& forum_id, int run) {
  return "INSERT INTO forum_panels (forum_id, selection_run, lottery_number, input_sha256, members, drawn_by) VALUES (" +
         forum_id + ", " + std::to_string(run) + ", 417, repeat('a', 64), '[]', 'medewerker')";
}

BOOST_AUTO_TEST_CASE(every_selection_run_is_kept_and_a_finished_one_frozen) {
  const auto url = test::fresh_database("frozen_selection_runs");
  pqxx::connection service(test::as_service(url));
  const auto id = forum(service);
  BOOST_TEST_REQUIRE(refusal(service, start_run(id, 1)) == "");
  BOOST_TEST_REQUIRE(refusal(service, finish_run(id, 1)) == "");
  for (const std::string sql : {"DELETE FROM forum_selection_runs", "TRUNCATE forum_selection_runs",
                                "UPDATE forum_selection_runs SET result_sha256 = repeat('f', 64)",
                                "UPDATE forum_selection_runs SET outcome = 'failed'"}) {
    const auto refused = refusal(service, sql);
    BOOST_TEST(!refused.empty(), sql);
  }
  BOOST_TEST_REQUIRE(refusal(service, start_run(id, 2)) == "");
  // A running run gets only its outcome, dated now.
  BOOST_TEST(contains(refusal(service, "UPDATE forum_selection_runs SET input_sha256 = repeat('b', 64) WHERE run = 2"),
                      "only gets its outcome"));
  BOOST_TEST(contains(refusal(service, "UPDATE forum_selection_runs SET outcome = 'done', finished_at = now() - "
                                       "interval '1 hour' WHERE run = 2"),
                      "only gets its outcome"));
  BOOST_TEST(test::query_text(url, "SELECT string_agg(run || ':' || coalesce(outcome, '-'), ' ' ORDER BY run) "
                                   "FROM forum_selection_runs") == "1:done 2:-");
}

BOOST_AUTO_TEST_CASE(the_panel_is_drawn_from_the_fixed_run_after_its_waiting_time_and_nothing_runs_after_the_fix) {
  const auto url = test::fresh_database("frozen_selection_fixed");
  pqxx::connection service(test::as_service(url));
  const auto id = forum(service);
  BOOST_TEST_REQUIRE(refusal(service, start_run(id, 1)) == "");
  BOOST_TEST(contains(refusal(service, fix_run(id, 1, "0 seconds")), "only the latest run, done"));  // still running
  BOOST_TEST_REQUIRE(refusal(service, finish_run(id, 1)) == "");
  BOOST_TEST(contains(refusal(service, draw_panel(id, 1)), "from the fixed selection run"));
  BOOST_TEST_REQUIRE(refusal(service, start_run(id, 2)) == "");
  BOOST_TEST_REQUIRE(refusal(service, finish_run(id, 2)) == "");
  BOOST_TEST(contains(refusal(service, fix_run(id, 1, "0 seconds")), "only the latest run, done"));  // not the latest
  BOOST_TEST_REQUIRE(refusal(service, fix_run(id, 2, "1 hour")) == "");
  BOOST_TEST(contains(refusal(service, start_run(id, 3)), "no new run"));
  for (const std::string sql : {"DELETE FROM forum_selection_fixed", "UPDATE forum_selection_fixed SET run = 1",
                                "UPDATE forum_selection_fixed SET number_not_before = now()"}) {
    const auto refused = refusal(service, sql);
    BOOST_TEST(contains(refused, "permission denied"), sql + " -> " + refused);
  }
  BOOST_TEST(contains(refusal(service, draw_panel(id, 2)), "may not be entered before"));
  BOOST_TEST(test::query_number(url, "SELECT count(*) FROM forum_panels") == 0);
}

BOOST_AUTO_TEST_CASE(a_panel_once_drawn_is_never_changed) {
  const auto url = test::fresh_database("frozen_panel");
  pqxx::connection service(test::as_service(url));
  const auto id = forum(service);
  for (const auto& sql : {start_run(id, 1), finish_run(id, 1), fix_run(id, 1, "0 seconds"), draw_panel(id, 1)}) {
    BOOST_TEST_REQUIRE(refusal(service, sql) == "", sql);
  }
  for (const std::string sql : {"UPDATE forum_panels SET lottery_number = 12", "DELETE FROM forum_panels",
                                "UPDATE forum_panel_rounds SET seed = 'x'", "DELETE FROM forum_panel_rounds"}) {
    const auto refused = refusal(service, sql);
    BOOST_TEST(contains(refused, "permission denied"), sql + " -> " + refused);
  }
  BOOST_TEST(test::query_number(url, "SELECT lottery_number FROM forum_panels") == 417);
}

BOOST_AUTO_TEST_SUITE_END()
