#include <boost/test/unit_test.hpp>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/weighting_input.hpp"

using namespace mienskip;

namespace {

const char* margins_text =
    "variable,category,population_count\n"
    "age,young,600\nage,old,400\n"
    "gender,man,500\ngender,vrouw,500\n";

Sample prepare(const std::string& respondents, const std::string& margins = margins_text,
               SampleOptions options = {}) {
  return prepare_sample(parse_csv(respondents, "r.csv"), parse_margins(parse_csv(margins, "m.csv")), options);
}

bool has_code(const Error& e, const std::string& code) { return e.code() == code; }

}  // namespace

BOOST_AUTO_TEST_SUITE(weighting_input)

BOOST_AUTO_TEST_CASE(codes_respondents_and_finds_scenario_columns) {
  const auto s = prepare("id,age,gender,village,S1,S2\n"
                         "a,young,man,Dorp 1,60,40\n"
                         "b, old ,vrouw,Dorp 2,100,0\n"
                         "c,old,man,Dorp 1,50,40\n");
  BOOST_TEST(s.ids == (std::vector<std::string>{"a", "b", "c"}), boost::test_tools::per_element());
  BOOST_TEST(s.scenarios == (std::vector<std::string>{"S1", "S2"}), boost::test_tools::per_element());
  BOOST_TEST(s.codes[0][1] == 1);  // " old " trimmed
  BOOST_TEST(s.codes[1][1] == 1);
  BOOST_TEST(s.points[0][1] == 100);
  BOOST_TEST(s.points_total_not_100 == 1);  // c gave 90
  BOOST_TEST(*s.population_total == 1000);
}

BOOST_AUTO_TEST_CASE(an_unknown_label_is_refused_with_its_place) {
  BOOST_CHECK_EXCEPTION(prepare("id,age,gender,S1\na,young,man,100\nb,75+,man,100\n"), Error, [](const Error& e) {
    return e.code() == "unknown_category" && e.where().row == 3 && e.where().column == "age" &&
           std::string(e.what()).find("'75+'") != std::string::npos;
  });
}

BOOST_AUTO_TEST_CASE(missing_answers_drop_the_respondent_or_stop) {
  const std::string data = "id,age,gender,S1\na,young,man,100\nb,NA,man,100\nc,old,,100\nd,old,vrouw,100\ne,young,vrouw,100\n";
  const auto s = prepare(data);
  BOOST_TEST(s.dropped_ids == (std::vector<std::string>{"b", "c"}), boost::test_tools::per_element());
  BOOST_TEST(s.ids.size() == 3u);
  SampleOptions strict;
  strict.missing_is_error = true;
  BOOST_CHECK_EXCEPTION(prepare(data, margins_text, strict), Error, [](const Error& e) {
    return e.code() == "missing_answer" && e.where().row == 3;
  });
}

BOOST_AUTO_TEST_CASE(a_category_with_population_but_no_respondents_is_refused) {
  BOOST_CHECK_EXCEPTION(prepare("id,age,gender,S1\na,young,man,100\nb,young,vrouw,100\n"), Error,
                        [](const Error& e) {
                          return e.code() == "empty_category" && std::string(e.what()).find("old") != std::string::npos;
                        });
}

BOOST_AUTO_TEST_CASE(differing_margin_totals_are_rescaled_with_a_warning) {
  const auto s = prepare("id,age,gender,S1\na,young,man,100\nb,old,vrouw,100\n",
                         "variable,category,population_count\nage,young,600\nage,old,400\n"
                         "gender,man,510\ngender,vrouw,510\n");
  BOOST_TEST(s.margins[1].population[0] == 500.0);
  BOOST_TEST(s.raw_margin_totals[1] == 1020.0);
  BOOST_TEST_REQUIRE(s.warnings.size() == 1u);
  BOOST_TEST(s.warnings[0].find("gender") != std::string::npos);
  // Within 0.5%: rescaled silently.
  const auto quiet = prepare("id,age,gender,S1\na,young,man,100\nb,old,vrouw,100\n",
                             "variable,category,population_count\nage,young,600\nage,old,400\n"
                             "gender,man,501\ngender,vrouw,501\n");
  BOOST_TEST(quiet.warnings.empty());
}

BOOST_AUTO_TEST_CASE(bad_points_and_bad_margins_are_refused) {
  BOOST_CHECK_EXCEPTION(prepare("id,age,gender,S1,S2\na,young,man,100,0\nb,old,vrouw,-5,105\n", margins_text,
                                SampleOptions{{}, {"S1", "S2"}, "", false}),
                        Error, [](const Error& e) { return has_code(e, "invalid_points") && e.where().column == "S1"; });
  BOOST_CHECK_EXCEPTION(parse_margins(parse_csv("variable,category,population_count\nage,young,many\n", "m.csv")),
                        Error, [](const Error& e) { return has_code(e, "invalid_margins") && e.where().row == 2; });
  BOOST_CHECK_EXCEPTION(parse_margins(parse_csv("variable,category,population_count\nage,young,1\nage,young,2\n", "m.csv")),
                        Error, [](const Error& e) { return has_code(e, "invalid_margins"); });
  BOOST_CHECK_EXCEPTION(parse_margins(parse_csv("variable,category,count\nage,young,1\n", "m.csv")), Error,
                        [](const Error& e) { return has_code(e, "invalid_margins"); });
  BOOST_CHECK_EXCEPTION(prepare("id,age,S1\na,young,100\n"), Error,
                        [](const Error& e) { return has_code(e, "unknown_variable"); });
  BOOST_CHECK_EXCEPTION(prepare("id,age,gender,S1\na,young,man,100\na,old,vrouw,100\n"), Error,
                        [](const Error& e) { return has_code(e, "invalid_respondents") && e.where().row == 3; });
}

BOOST_AUTO_TEST_CASE(shares_instead_of_counts_leave_the_population_size_unknown) {
  const auto s = prepare("id,age,S1\na,young,100\nb,old,100\n", "variable,category,share\nage,young,0.6\nage,old,0.4\n");
  BOOST_TEST(!s.population_total.has_value());
  BOOST_TEST(s.margins[0].population[0] == 0.6);
}

BOOST_AUTO_TEST_CASE(domains_follow_the_margin_order_and_skip_missing_labels) {
  SampleOptions options;
  options.by = "age";
  const auto s = prepare("id,age,gender,S1\na,old,man,100\nb,young,vrouw,100\nc,old,vrouw,100\n", margins_text, options);
  BOOST_TEST(s.domain_labels == (std::vector<std::string>{"young", "old"}), boost::test_tools::per_element());
  BOOST_TEST(s.domain_of == (std::vector<int>{1, 0, 1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
