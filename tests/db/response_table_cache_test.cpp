// The results' kept tables of responses (store::ResponseTableCache): after any change in the
// database the kept table is exactly what a fresh read gives (responses_table of
// responses_for_export), new responses are appended, anything else reloads, and memory is bounded.
#include <boost/test/unit_test.hpp>
#include <atomic>
#include <fstream>
#include <pqxx/pqxx>
#include <sstream>
#include <thread>

#include "core/base/error.hpp"
#include "core/survey/response_export.hpp"
#include "store/response_table_cache.hpp"
#include "store/surveys.hpp"
#include "support/reference_data.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using Refresh = store::ResponseTableCache::Refresh;

namespace {

nlohmann::json energy_template() { return test::survey_template_json("sudwest-fryslan-energiestrategie.json"); }

const std::string& conninfo() {
  static const std::string value = test::fresh_database("response_table_cache");
  return value;
}

// An open survey (no codes), so responses can be added freely.
store::StoredSurvey open_survey(pqxx::connection& c, const std::string& slug) {
  store::create_survey(c, slug, energy_template(), false, "test");
  return *store::find_survey(c, slug);
}

// A response whose motivation has `line_breaks` line breaks, so the rows after it start further
// down in the export file (the table's line numbers must go on from there).
std::string add_response(pqxx::connection& c, const store::StoredSurvey& survey, int n, int line_breaks = 0) {
  std::string motivation = "Reden " + std::to_string(n);
  for (int i = 0; i < line_breaks; ++i) motivation += "\nen nog een regel";
  const nlohmann::json answers = {
      {"allocations", {{survey.survey.scenarios[0].id, 100 - n}, {survey.survey.scenarios[1].id, n}}},
      {"motivations", {{survey.survey.scenarios[0].id, motivation}}},
      {"demographics", {{"age", n % 2 ? "25-34" : "65-74"}, {"area", "snits"}}}};
  return store::submit_response(c, survey, std::nullopt, "key-" + survey.slug + "-" + std::to_string(n), Language::nl,
                                answers)
      .response_id;
}

CsvTable fresh_table(pqxx::connection& c, const std::string& slug) {
  const auto exported = store::survey_export(c, slug);
  return responses_table(exported.survey.survey, exported.responses, "responses.csv");
}

// What the cache gives for `slug` now, and how it got it.
std::pair<Refresh, CsvTable> viewed(store::ResponseTableCache& cache, pqxx::connection& c, const std::string& slug) {
  CsvTable copy;
  const auto refresh = cache.view(c, slug, [&](const Survey&, const CsvTable& table) { copy = table; });
  return {refresh, copy};
}

void expect_equal(const CsvTable& kept, const CsvTable& fresh) {
  BOOST_TEST(kept.file_name == fresh.file_name);
  BOOST_TEST(kept.header == fresh.header);
  BOOST_TEST_REQUIRE(kept.rows.size() == fresh.rows.size());
  BOOST_TEST(kept.rows == fresh.rows);
  BOOST_TEST(kept.row_lines == fresh.row_lines);
}

void execute(pqxx::connection& c, const std::string& sql) {
  pqxx::work work(c);
  work.exec(sql);
  work.commit();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(response_table_cache)

BOOST_AUTO_TEST_CASE(new_responses_are_appended_as_a_fresh_read_has_them) {
  pqxx::connection c(conninfo());
  const auto survey = open_survey(c, "cache-append");
  store::ResponseTableCache cache;
  // No responses yet: an empty table with the export's header.
  auto [first, empty] = viewed(cache, c, survey.slug);
  BOOST_TEST((first == Refresh::reloaded));
  BOOST_TEST(empty.rows.empty());
  expect_equal(empty, fresh_table(c, survey.slug));
  // The first responses onto the empty table, then more after a motivation over three lines.
  add_response(c, survey, 1);
  add_response(c, survey, 2, 2);
  auto [second, two] = viewed(cache, c, survey.slug);
  BOOST_TEST((second == Refresh::appended));
  expect_equal(two, fresh_table(c, survey.slug));
  BOOST_TEST(two.row_lines == (std::vector<long>{2, 3}));
  for (int n = 3; n <= 5; ++n) add_response(c, survey, n, n == 4 ? 1 : 0);
  auto [third, five] = viewed(cache, c, survey.slug);
  BOOST_TEST((third == Refresh::appended));
  expect_equal(five, fresh_table(c, survey.slug));
  BOOST_TEST(five.row_lines == (std::vector<long>{2, 3, 6, 7, 9}));
  // Nothing new: the kept table as it is; and another server's cache, empty, reads the same.
  auto [fourth, same] = viewed(cache, c, survey.slug);
  BOOST_TEST((fourth == Refresh::unchanged));
  expect_equal(same, five);
  store::ResponseTableCache other;
  expect_equal(viewed(other, c, survey.slug).second, five);
}

BOOST_AUTO_TEST_CASE(a_changed_or_removed_response_or_an_edited_definition_reloads) {
  pqxx::connection c(conninfo());
  const auto survey = open_survey(c, "cache-reload");
  for (int n = 1; n <= 4; ++n) add_response(c, survey, n);
  store::ResponseTableCache cache;
  BOOST_TEST((viewed(cache, c, survey.slug).first == Refresh::reloaded));

  // Corrected by hand: count and highest id stay the same, the changes counter (0012) does not.
  const long long first_id = test::query_number(
      conninfo(), "SELECT min(id) FROM responses WHERE survey_id = " + std::to_string(survey.id));
  execute(c, "UPDATE responses SET answers = jsonb_set(answers, '{demographics,area}', '\"boalsert\"') WHERE id = " +
                 std::to_string(first_id));
  auto [updated, after_update] = viewed(cache, c, survey.slug);
  BOOST_TEST((updated == Refresh::reloaded));
  expect_equal(after_update, fresh_table(c, survey.slug));
  const int area = after_update.column("area");
  BOOST_TEST(after_update.rows[0][static_cast<std::size_t>(area)] == "boalsert");

  // Removed (a resident's request): fewer rows.
  execute(c, "DELETE FROM responses WHERE id = " + std::to_string(first_id));
  auto [removed, after_delete] = viewed(cache, c, survey.slug);
  BOOST_TEST((removed == Refresh::reloaded));
  BOOST_TEST(after_delete.rows.size() == 3u);
  expect_equal(after_delete, fresh_table(c, survey.slug));

  // A corrected text of the definition: the columns' source changed, so everything is read again.
  auto definition = energy_template();
  definition["title"]["nl"] = definition["title"]["nl"].get<std::string>() + " (verbeterd)";
  store::replace_survey_definition(c, survey.slug, definition, "test");
  BOOST_TEST((viewed(cache, c, survey.slug).first == Refresh::reloaded));
  BOOST_TEST((viewed(cache, c, survey.slug).first == Refresh::unchanged));

  // Gone: not_found, and nothing kept of it.
  BOOST_CHECK_EXCEPTION(cache.view(c, "bestaat-niet", [](const Survey&, const CsvTable&) {}), Error,
                        [](const Error& e) { return e.code() == "not_found"; });
  BOOST_TEST(cache.surveys_kept() == 1u);
}

BOOST_AUTO_TEST_CASE(a_response_committed_late_with_a_lower_id_reloads) {
  pqxx::connection c(conninfo());
  pqxx::connection slow(conninfo());
  const auto survey = open_survey(c, "cache-late");
  add_response(c, survey, 1);
  store::ResponseTableCache cache;
  viewed(cache, c, survey.slug);
  // One submission takes its id (and its time) first but commits last.
  pqxx::work late(slow);
  late.exec_params(
      "INSERT INTO responses (public_id, survey_id, idempotency_key, eligibility_checked, language, answers) "
      "VALUES ('r-late', $1, 'key-late-1', false, 'nl', '{\"demographics\": {\"area\": \"snits\"}}')",
      survey.id);
  add_response(c, survey, 2);
  BOOST_TEST((viewed(cache, c, survey.slug).first == Refresh::appended));
  late.commit();
  // Its id is below the highest kept one, so the count no longer adds up: read again, in order.
  auto [refresh, table] = viewed(cache, c, survey.slug);
  BOOST_TEST((refresh == Refresh::reloaded));
  BOOST_TEST(table.rows.size() == 3u);
  BOOST_TEST(table.rows[1][0] == "r-late");
  expect_equal(table, fresh_table(c, survey.slug));
}

BOOST_AUTO_TEST_CASE(the_least_recently_viewed_surveys_are_dropped_beyond_the_bound) {
  pqxx::connection c(conninfo());
  const auto a = open_survey(c, "cache-bound-a");
  const auto b = open_survey(c, "cache-bound-b");
  for (int n = 1; n <= 3; ++n) {
    add_response(c, a, n);
    add_response(c, b, n);
  }
  store::ResponseTableCache cache(4);
  viewed(cache, c, a.slug);
  BOOST_TEST(cache.responses_kept() == 3u);
  viewed(cache, c, b.slug);  // 6 would exceed 4: a, viewed longest ago, goes
  BOOST_TEST(cache.surveys_kept() == 1u);
  BOOST_TEST(cache.responses_kept() == 3u);
  BOOST_TEST((viewed(cache, c, b.slug).first == Refresh::unchanged));
  BOOST_TEST((viewed(cache, c, a.slug).first == Refresh::reloaded));
  // One survey over the bound on its own is still kept: the one being viewed always is.
  store::ResponseTableCache tiny(1);
  viewed(tiny, c, a.slug);
  BOOST_TEST((viewed(tiny, c, a.slug).first == Refresh::unchanged));
}

BOOST_AUTO_TEST_CASE(views_from_many_threads_while_responses_arrive_end_as_a_fresh_read) {
  pqxx::connection c(conninfo());
  const auto survey = open_survey(c, "cache-threads");
  store::ResponseTableCache cache;
  std::vector<std::thread> viewers;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    viewers.emplace_back([&] {
      pqxx::connection own(conninfo());
      for (int i = 0; i < 15; ++i) {
        cache.view(own, survey.slug, [&](const Survey&, const CsvTable& table) {
          // Every view sees whole rows in order: line numbers rise with the rows.
          for (std::size_t r = 1; r < table.rows.size(); ++r) {
            if (table.row_lines[r] <= table.row_lines[r - 1] || table.rows[r].size() != table.header.size()) ++failures;
          }
        });
      }
    });
  }
  for (int n = 1; n <= 30; ++n) add_response(c, survey, n, n % 7 == 0 ? 1 : 0);
  for (auto& viewer : viewers) viewer.join();
  BOOST_TEST(failures == 0);
  expect_equal(viewed(cache, c, survey.slug).second, fresh_table(c, survey.slug));
}

BOOST_AUTO_TEST_SUITE_END()
