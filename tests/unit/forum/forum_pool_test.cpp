// The pool a burgerforum's panel is selected from: written as the two files the verification page
// publishes, read back as `mienskip select` reads them, and the published lottery that draws the
// same panel as a second run of the solver.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/forum/forum_pool.hpp"
#include "core/panel/panel_selection.hpp"
#include "core/panel/published_lottery.hpp"

using namespace mienskip;

namespace {

std::vector<QuotaCategory> categories() {
  return {{"Woonplaats, dorp", {"Snits", "\"De\" Lemmer"}, {1, 1}, {3, 3}, {}, {}},
          {"Geslacht", {"vrouw", "man"}, {2, 2}, {2, 2}, {}, {}}};
}

std::vector<ForumVolunteer> volunteers(int n) {
  std::vector<ForumVolunteer> list;
  for (int i = 1; i <= n; ++i) {
    list.push_back({"V000" + std::to_string(i),
                    {{"Woonplaats, dorp", i % 3 ? "Snits" : "\"De\" Lemmer"}, {"Geslacht", i % 2 ? "vrouw" : "man"}}});
  }
  return list;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_pool_files_and_lottery)

BOOST_AUTO_TEST_CASE(the_files_are_foundation_csv_with_quoting_where_needed) {
  const auto files = forum_pool_files(categories(), volunteers(2));
  BOOST_TEST(files.features_csv ==
             "feature,value,min,max\n"
             "\"Woonplaats, dorp\",Snits,1,3\n"
             "\"Woonplaats, dorp\",\"\"\"De\"\" Lemmer\",1,3\n"
             "Geslacht,vrouw,2,2\n"
             "Geslacht,man,2,2\n");
  BOOST_TEST(files.candidates_csv ==
             "id,\"Woonplaats, dorp\",Geslacht\n"
             "V0001,Snits,vrouw\n"
             "V0002,Snits,man\n");
}

// The files are public and opened in spreadsheets: a quota name or value that starts like a formula
// gets an apostrophe there (core/base/csv_cell), and the reader takes it off again, so the pool, its hash
// and the panel are what staff typed.
BOOST_AUTO_TEST_CASE(formula_like_names_and_values_are_text_in_the_files_and_read_back_as_typed) {
  const std::vector<QuotaCategory> quotas = {{"=Leeftijd", {"-25", "25+", "'=x"}, {0, 0, 0}, {2, 2, 2}, {}, {}}};
  std::vector<ForumVolunteer> list;
  for (const char* value : {"-25", "25+", "'=x", "-25"}) {
    list.push_back({"V" + std::to_string(list.size() + 1), {{"=Leeftijd", value}}});
  }
  const auto files = forum_pool_files(quotas, list);
  BOOST_TEST(files.features_csv ==
             "feature,value,min,max\n"
             "'=Leeftijd,'-25,0,2\n"
             "'=Leeftijd,25+,0,2\n"
             "'=Leeftijd,''=x,0,2\n");
  BOOST_TEST(files.candidates_csv == "id,'=Leeftijd\nV1,'-25\nV2,25+\nV3,''=x\nV4,'-25\n");
  const auto pool = read_pool_files(files);
  BOOST_TEST(pool.categories.at(0).name == "=Leeftijd");
  BOOST_TEST(pool.categories.at(0).values == quotas[0].values, boost::test_tools::per_element());
  BOOST_TEST((pool.values == std::vector<std::vector<int>>{{0}, {1}, {2}, {0}}));
  // The hash is of the contents as typed: the same as for files written without apostrophes.
  const std::vector<QuotaCategory> two = {{"=Leeftijd", {"-25", "25+"}, {0, 0}, {2, 2}, {}, {}}};
  const std::vector<ForumVolunteer> three = {{"V1", {{"=Leeftijd", "-25"}}}, {"V2", {{"=Leeftijd", "25+"}}},
                                             {"V3", {{"=Leeftijd", "-25"}}}};
  const auto plain = read_foundation_pool(
      parse_csv("feature,value,min,max\n=Leeftijd,-25,0,2\n=Leeftijd,25+,0,2\n", "features.csv"),
      parse_csv("id,=Leeftijd\nV1,-25\nV2,25+\nV3,-25\n", "candidates.csv"));
  BOOST_TEST(plain.input_sha256 == forum_pool(two, three).input_sha256);
}

BOOST_AUTO_TEST_CASE(the_pool_reads_back_with_ids_values_and_a_hash_of_its_contents) {
  const auto pool = forum_pool(categories(), volunteers(3));
  BOOST_TEST(pool.ids == (std::vector<std::string>{"V0001", "V0002", "V0003"}), boost::test_tools::per_element());
  BOOST_TEST(pool.categories[0].values[1] == "\"De\" Lemmer");
  BOOST_TEST(pool.values[2] == (std::vector<int>{1, 0}), boost::test_tools::per_element());
  BOOST_TEST(pool.input_sha256.size() == 64u);
  auto other = volunteers(3);
  other[2].answers["Geslacht"] = "man";
  BOOST_TEST(forum_pool(categories(), other).input_sha256 != pool.input_sha256);
}

BOOST_AUTO_TEST_CASE(answers_the_quotas_lack_and_an_empty_pool_are_refused) {
  auto unknown = volunteers(2);
  unknown[1].answers["Geslacht"] = "anders";
  try {
    forum_pool(categories(), unknown);
    BOOST_FAIL("an unknown answer was accepted");
  } catch (const Error& e) {
    BOOST_TEST(e.code() == "unknown_value");
    BOOST_TEST(std::string(e.what()).find("anders") != std::string::npos, e.what());
  }
  auto missing = volunteers(2);
  missing[0].answers.erase("Geslacht");
  BOOST_CHECK_THROW(forum_pool(categories(), missing), Error);
  try {
    forum_pool(categories(), {});
    BOOST_FAIL("an empty pool was accepted");
  } catch (const Error& e) {
    BOOST_TEST(e.code() == "empty_pool");
  }
}

BOOST_AUTO_TEST_CASE(the_published_lottery_draws_what_the_solver_draws_for_every_ticket) {
  const auto pool = forum_pool(categories(), volunteers(9));
  SelectionOptions options;
  const auto outcome = select_panel(pool, 4, options);
  const auto published = nlohmann::json::parse(selection_json(pool, outcome, "test").dump());
  const auto types = group_types(pool);
  const auto lottery = published_lottery(published, pool, types);
  BOOST_TEST(lottery.first == outcome.lottery->first, boost::test_tools::per_element());
  BOOST_TEST(lottery.count == outcome.lottery->count, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(lottery.panels.size() == outcome.lottery->panels.size());
  for (int number : {0, 1, 250, 499, 500, 998, 999}) {
    options.lottery_number = number;
    const auto drawn = select_panel(pool, 4, options);
    BOOST_TEST(panel_for_ticket(pool, types, lottery, number) == drawn.panel, boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(a_lottery_of_other_inputs_is_refused) {
  const auto pool = forum_pool(categories(), volunteers(9));
  const auto published = selection_json(pool, select_panel(pool, 4, {}), "test");
  auto other = volunteers(9);
  other[0].answers["Geslacht"] = "man";
  const auto other_pool = forum_pool(categories(), other);
  try {
    published_lottery(published, other_pool, group_types(other_pool));
    BOOST_FAIL("a lottery of other inputs was accepted");
  } catch (const Error& e) {
    BOOST_TEST(e.code() == "invalid_selection");
  }
}

BOOST_AUTO_TEST_SUITE_END()
