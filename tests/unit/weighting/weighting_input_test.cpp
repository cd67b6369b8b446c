#include <boost/test/unit_test.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/weighting/sample.hpp"

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

BOOST_AUTO_TEST_CASE(a_repeated_id_is_refused_where_it_repeats_first) {
  BOOST_CHECK_EXCEPTION(prepare("id,age,gender,S1\na,young,man,100\nb,old,man,100\nc,old,vrouw,100\n b ,young,man,100\n"
                                "a,old,man,100\n"),
                        Error, [](const Error& e) {
                          BOOST_TEST_INFO(e.what());
                          return e.code() == "invalid_respondents" && e.where().row == 5 && e.where().column == "id" &&
                                 std::string(e.what()).find("id 'b' appears twice (also on line 3)") != std::string::npos;
                        });
  // Many distinct ids (more than the table's first size) are all accepted.
  std::string many = "id,age,gender,S1\n";
  for (int i = 0; i < 5000; ++i) many += "r-" + std::to_string(i) + (i % 2 ? ",young,man,100\n" : ",old,vrouw,100\n");
  BOOST_TEST(prepare(many).ids.size() == 5000u);
}

BOOST_AUTO_TEST_CASE(missing_answers_keep_drop_or_stop) {
  const std::string data = "id,age,gender,S1\na,young,man,100\nb,NA,man,100\nc,old,,100\nd,old,vrouw,100\ne,young,vrouw,100\n";
  SampleOptions drop;
  drop.missing = MissingAnswers::drop;
  const auto dropped = prepare(data, margins_text, drop);
  BOOST_TEST(dropped.dropped_ids == (std::vector<std::string>{"b", "c"}), boost::test_tools::per_element());
  BOOST_TEST(dropped.ids.size() == 3u);
  BOOST_TEST(dropped.margins[0].categories.size() == 2u);
  SampleOptions strict;
  strict.missing = MissingAnswers::error;
  BOOST_CHECK_EXCEPTION(prepare(data, margins_text, strict), Error, [](const Error& e) {
    return e.code() == "missing_answer" && e.where().row == 3;
  });
}

// Kept (the default): each skipped question gets a last category "(no answer)" whose population is
// the skippers' share of the respondents (1 of 5 here) of the total; the other categories share
// the rest as the population does (600:400 of 800).
BOOST_AUTO_TEST_CASE(a_respondent_who_skips_a_weighting_question_is_kept_in_a_no_answer_category) {
  const auto s = prepare("id,age,gender,S1\na,young,man,100\nb,NA,man,100\nc,old,,100\nd,old,vrouw,100\ne,young,vrouw,100\n");
  BOOST_TEST(s.ids.size() == 5u);
  BOOST_TEST(s.dropped_ids.empty());
  BOOST_TEST(s.kept_with_missing == 2);
  BOOST_TEST(s.skipped == (std::vector<long>{1, 1}), boost::test_tools::per_element());
  BOOST_TEST(s.no_answer == (std::vector<int>{2, 2}), boost::test_tools::per_element());
  BOOST_TEST(s.margins[0].categories == (std::vector<std::string>{"young", "old", "(no answer)"}),
             boost::test_tools::per_element());
  BOOST_TEST(s.margins[0].population == (std::vector<double>{480, 320, 200}), boost::test_tools::per_element());
  BOOST_TEST(s.margins[1].population == (std::vector<double>{400, 400, 200}), boost::test_tools::per_element());
  BOOST_TEST(s.codes[0][1] == 2);  // b skipped age
  BOOST_TEST(s.codes[1][2] == 2);  // c skipped gender
  BOOST_TEST(s.codes[0][2] == 1);  // and answered age: old
  BOOST_TEST(*s.population_total == 1000);
  // A question nobody skipped gets no such category.
  const auto complete = prepare("id,age,gender,S1\na,young,man,100\nb,,man,100\nc,old,vrouw,100\n");
  BOOST_TEST(complete.no_answer == (std::vector<int>{2, -1}), boost::test_tools::per_element());
  BOOST_TEST(complete.margins[1].categories.size() == 2u);
  // The name is the Sample's own: a margin that already uses it is refused, not merged.
  BOOST_CHECK_EXCEPTION(prepare("id,age,gender,S1\na,young,man,100\nb,,man,100\nc,old,vrouw,100\n",
                                std::string(margins_text) + "age,(no answer),5\n"),
                        Error, [](const Error& e) { return has_code(e, "invalid_margins"); });
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
                                SampleOptions{{}, {"S1", "S2"}, "", MissingAnswers::keep}),
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

// Found by the fuzzer (tests/fuzz/margins): figures that are numbers each but add up beyond a
// double made the total infinite, and rescaling by it turned every weight into NaN.
BOOST_AUTO_TEST_CASE(margins_whose_total_is_too_large_to_compute_with_are_refused) {
  BOOST_CHECK_EXCEPTION(parse_margins(parse_csv("variable,category,population_count\nage,young,10\n"
                                                "gender,man,1e308\ngender,vrouw,1e308\n",
                                                "m.csv")),
                        Error, [](const Error& e) {
                          BOOST_TEST_INFO(e.what());
                          return has_code(e, "invalid_margins") && e.where().file == "m.csv" &&
                                 std::string(e.what()).find("the population of 'gender' adds up to more than") !=
                                     std::string::npos;
                        });
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

// The file `mienskip survey export` writes, as it is: response_id, points_<scenario>, the other
// export columns ignored, prefer_not_to_say missing.
const std::string export_header =
    "response_id,submitted_at,language,points_zon,points_wind,motivation_zon,motivation_wind,age,gender,weight\n";

BOOST_AUTO_TEST_CASE(reads_the_survey_export_as_it_is) {
  const auto s = prepare(export_header +
                         "r-1,2026-11-25T18:31:05Z,nl,60,40,\"Goed, dichtbij\",,young,man,\n"
                         "r-2,2026-11-25T18:32:05Z,fy,100,0,12,,old,vrouw,\n"
                         "r-3,2026-11-25T18:33:05Z,en,0,100,,,old,man,\n"
                         "r-4,2026-11-25T18:34:05Z,nl,50,50,,,young,vrouw,\n");
  BOOST_TEST(s.ids == (std::vector<std::string>{"r-1", "r-2", "r-3", "r-4"}), boost::test_tools::per_element());
  // Reported under the scenario id; the numeric-looking motivation and the weight are not scenarios.
  BOOST_TEST(s.scenarios == (std::vector<std::string>{"zon", "wind"}), boost::test_tools::per_element());
  BOOST_TEST(s.points[0][1] == 100);
  BOOST_TEST(s.points[1][2] == 100);
  BOOST_TEST(s.points_total_not_100 == 0);
}

BOOST_AUTO_TEST_CASE(prefer_not_to_say_is_a_missing_answer) {
  const std::string data = export_header +
                           "r-1,t,nl,60,40,,,young,man,\n"
                           "r-2,t,nl,60,40,,,prefer_not_to_say,man,\n"
                           "r-3,t,nl,60,40,,,old,,\n"
                           "r-4,t,nl,60,40,,,old,vrouw,\n"
                           "r-5,t,nl,60,40,,,young,vrouw,\n";
  const auto s = prepare(data);
  BOOST_TEST(s.skipped == (std::vector<long>{1, 1}), boost::test_tools::per_element());
  SampleOptions strict;
  strict.missing = MissingAnswers::error;
  BOOST_CHECK_EXCEPTION(prepare(data, margins_text, strict), Error, [](const Error& e) {
    return e.code() == "missing_answer" && e.where().file == "r.csv" && e.where().row == 3 &&
           e.where().column == "age";
  });
}

BOOST_AUTO_TEST_CASE(export_errors_name_the_export_column) {
  BOOST_CHECK_EXCEPTION(prepare(export_header + "r-1,t,nl,60,40,,,young,man,\nr-1,t,nl,50,50,,,old,vrouw,\n"), Error,
                        [](const Error& e) {
                          return e.code() == "invalid_respondents" && e.where().row == 3 &&
                                 e.where().column == "response_id";
                        });
  BOOST_CHECK_EXCEPTION(prepare(export_header + "r-1,t,nl,60,40,,,young,man,\nr-2,t,nl,x,50,,,old,vrouw,\n"), Error,
                        [](const Error& e) {
                          return e.code() == "invalid_points" && e.where().row == 3 &&
                                 e.where().column == "points_zon";
                        });
  BOOST_CHECK_EXCEPTION(prepare("nummer,age,gender,S1\na,young,man,100\n"), Error,
                        [](const Error& e) { return e.code() == "unknown_variable"; });
}

BOOST_AUTO_TEST_CASE(scenarios_may_be_named_without_the_points_prefix) {
  SampleOptions options;
  options.scenarios = {"wind"};
  const auto s = prepare(export_header + "r-1,t,nl,60,40,,,young,man,\nr-2,t,nl,0,100,,,old,vrouw,\n", margins_text,
                         options);
  BOOST_TEST(s.scenarios == (std::vector<std::string>{"wind"}), boost::test_tools::per_element());
  BOOST_TEST(s.points[0][1] == 100);
}

BOOST_AUTO_TEST_CASE(the_excel_variant_of_the_export_is_read_too) {
  const auto s = prepare(
      "\xEF\xBB\xBFresponse_id;submitted_at;language;points_zon;points_wind;motivation_zon;motivation_wind;age;"
      "gender;weight\r\n"
      "r-1;t;nl;60;40;\"'=1+1; ja\";;young;man;\r\n"
      "r-2;t;nl;100;0;;;old;vrouw;\r\n"
      "r-3;t;nl;50;50;;;old;man;\r\n");
  BOOST_TEST(s.ids.size() == 3u);
  BOOST_TEST(s.scenarios == (std::vector<std::string>{"zon", "wind"}), boost::test_tools::per_element());
  BOOST_TEST(s.points[1][2] == 50);
}

BOOST_AUTO_TEST_SUITE_END()
