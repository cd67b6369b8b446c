// Representativeness in plain words (core/report/representativeness_words) from diagnostics built by hand,
// and the Dutch numbers and dates the council report writes (core/report/number_text, netherlands_time).
#include "core/report/representativeness_words.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>

#include "core/base/error.hpp"
#include "core/base/netherlands_time.hpp"
#include "core/report/number_text.hpp"

using namespace mienskip;

namespace {

CategoryComparison category(const std::string& id, double sample_share, double population_share,
                            double weighted_share) {
  CategoryComparison c;
  c.category = id;
  c.sample_share = sample_share;
  c.population_share = population_share;
  c.weighted_share = weighted_share;
  c.difference_pp = 100 * (sample_share - population_share);
  c.representation_ratio = sample_share / population_share;
  return c;
}

VariableComparison variable(const std::string& id, std::vector<CategoryComparison> categories) {
  VariableComparison v;
  v.variable = id;
  v.categories = std::move(categories);
  return v;
}

WeightingLabels labels() {
  WeightingLabels l;
  l.variables.push_back({"age",
                         {"Wat is uw leeftijd?", "Hoe âld binne jo?", "How old are you?"},
                         {{"16-34", {"16 tot en met 34 jaar", "", "16 to 34 years"}},
                          {"35-64", {"35 tot en met 64 jaar", "", "35 to 64 years"}},
                          {"65-plus", {"65 jaar en ouder", "", "65 years and older"}}}});
  l.variables.push_back({"gender",
                         {"Wat is uw geslacht?", "", "What is your gender?"},
                         {{"man", {"Man", "", "Man"}}, {"vrouw", {"Vrouw", "", "Woman"}}}});
  return l;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(representativeness_in_words)

BOOST_AUTO_TEST_CASE(a_group_that_took_part_more_is_told_with_both_shares_in_both_languages) {
  Representativeness r;
  r.variables.push_back(variable("age", {category("16-34", 0.20, 0.26, 0.26), category("35-64", 0.49, 0.50, 0.50),
                                         category("65-plus", 0.31, 0.24, 0.24)}));
  const auto words = representativeness_words(r, 1376, 1048.3, labels());
  BOOST_TEST_REQUIRE(words.nl.size() == 3u);
  BOOST_TEST_REQUIRE(words.en.size() == 3u);
  // Largest difference first: 65+ is 7 points over, 16-34 is 6 under.
  BOOST_TEST(words.nl[0] ==
             "Inwoners in de groep \xE2\x80\x98"
             "65 jaar en ouder\xE2\x80\x99 deden vaker mee dan hun aandeel in de "
             "bevolking (31% van de antwoorden, 24% van de inwoners); gewogen telt de groep voor 24%.");
  BOOST_TEST(words.nl[1] ==
             "Inwoners in de groep \xE2\x80\x98"
             "16 tot en met 34 jaar\xE2\x80\x99 deden minder vaak mee dan hun "
             "aandeel in de bevolking (20% van de antwoorden, 26% van de inwoners); gewogen telt de groep voor 26%.");
  BOOST_TEST(words.en[0] ==
             "Residents in the group \xE2\x80\x98"
             "65 years and older\xE2\x80\x99 took part more often than their "
             "share of the population would suggest (31% of responses, 24% of residents); weighted, the group counts "
             "for 24%.");
  BOOST_TEST(words.nl[2] ==
             "Door de weging tellen de 1.376 antwoorden statistisch als ongeveer 1.050; de onzekerheidsmarges bij de "
             "resultaten houden daar rekening mee.");
  BOOST_TEST(words.en[2] ==
             "Because of the weighting, the 1,376 responses count statistically as about 1,050; the margins of "
             "uncertainty in the results take this into account.");
}

BOOST_AUTO_TEST_CASE(weighting_that_does_not_reach_the_population_says_so) {
  Representativeness r;
  // Bounded weights left the youngest at 10% where the population has 13%.
  r.variables.push_back(variable("age", {category("16-34", 0.07, 0.13, 0.10), category("35-64", 0.60, 0.57, 0.59),
                                         category("65-plus", 0.33, 0.30, 0.31)}));
  const auto words = representativeness_words(r, 500, 300, labels());
  BOOST_TEST(words.nl[0] ==
             "Inwoners in de groep \xE2\x80\x98"
             "16 tot en met 34 jaar\xE2\x80\x99 deden minder vaak mee dan hun "
             "aandeel in de bevolking (7% van de antwoorden, 13% van de inwoners); gewogen telt de groep voor 10%, nog niet "
             "naar haar aandeel.");
  BOOST_TEST(words.en[0].find("weighted, the group counts for 10%, short of its share.") != std::string::npos);
}

// Issue 19: a difference is told from 3 points, or from an absolute standardised difference of 0.1
// (which names a small group that is much rarer among the responses). The earlier rule wanted 3
// points and a fifth of the share, and so left 58.7% men against 49.6% unnamed.
BOOST_AUTO_TEST_CASE(a_difference_is_told_from_three_points_or_a_standardised_difference_of_a_tenth) {
  Representativeness r;
  r.variables.push_back(variable("gender", {category("man", 0.587, 0.496, 0.496), category("vrouw", 0.413, 0.504, 0.504)}));
  // 16-34: 2,1 points and standardised 0,077: not told. 65+: 1,3 points but 1,5% against 0,2%,
  // standardised 0,142: told. 35-64: 3,4 points: told.
  r.variables.push_back(variable("age", {category("16-34", 0.091, 0.07, 0.07), category("35-64", 0.894, 0.928, 0.928),
                                         category("65-plus", 0.015, 0.002, 0.002)}));
  BOOST_TEST(noticeably_different(r.variables[0].categories[0]));
  BOOST_TEST(standardised_difference(r.variables[0].categories[0]) ==
                 0.091 / std::sqrt((0.587 * 0.413 + 0.496 * 0.504) / 2), boost::test_tools::tolerance(1e-12));
  BOOST_TEST(!noticeably_different(r.variables[1].categories[0]));
  BOOST_TEST(standardised_difference(r.variables[1].categories[0]) == 0.0772, boost::test_tools::tolerance(0.001));
  BOOST_TEST(noticeably_different(r.variables[1].categories[1]));
  BOOST_TEST(noticeably_different(r.variables[1].categories[2]));
  BOOST_TEST(standardised_difference(r.variables[1].categories[2]) == 0.1420, boost::test_tools::tolerance(0.001));
  const auto words = representativeness_words(r, 800, 790, labels());
  // Men and women 9,1 points first (either order), then 35-64 (3,4), then 65+ (1,3).
  BOOST_TEST_REQUIRE(words.nl.size() == 5u);
  const auto& men = words.nl[0].find("Man") != std::string::npos ? words.nl[0] : words.nl[1];
  BOOST_TEST(men.find("\xE2\x80\x98Man\xE2\x80\x99 deden vaker mee") != std::string::npos, men);
  BOOST_TEST(men.find("(59% van de antwoorden, 50% van de inwoners)") != std::string::npos, men);
  BOOST_TEST(words.nl[2].find("35 tot en met 64 jaar") != std::string::npos, words.nl[2]);
  BOOST_TEST(words.nl[3].find("65 jaar en ouder") != std::string::npos, words.nl[3]);
  BOOST_TEST(words.nl[4] == "De weging kost weinig zekerheid: de 800 antwoorden tellen statistisch als ongeveer 790.");
  BOOST_TEST(words.en[4] ==
             "The weighting costs little precision: the 800 responses count statistically as about 790.");
}

BOOST_AUTO_TEST_CASE(only_the_characteristics_without_a_noticeable_group_are_said_to_resemble) {
  Representativeness r;
  r.variables.push_back(variable("gender", {category("man", 0.51, 0.50, 0.50), category("vrouw", 0.49, 0.50, 0.50)}));
  r.variables.push_back(variable("age", {category("16-34", 0.30, 0.26, 0.26), category("35-64", 0.46, 0.50, 0.50),
                                         category("65-plus", 0.24, 0.24, 0.24)}));
  const auto words = representativeness_words(r, 800, 790, labels());
  BOOST_TEST_REQUIRE(words.nl.size() == 4u);
  BOOST_TEST(words.nl[2] == "Bij de andere kenmerken waarop gewogen is, lijken de antwoorden goed op de bevolking.");
}

BOOST_AUTO_TEST_CASE(a_sample_like_the_population_is_said_to_be_so) {
  Representativeness r;
  r.variables.push_back(variable("gender", {category("man", 0.51, 0.49, 0.49), category("vrouw", 0.49, 0.51, 0.51)}));
  r.variables.push_back(variable("age", {category("16-34", 0.25, 0.26, 0.26), category("35-64", 0.50, 0.50, 0.50),
                                         category("65-plus", 0.25, 0.24, 0.24)}));
  const auto words = representativeness_words(r, 64, 63.6, labels());
  BOOST_TEST_REQUIRE(words.nl.size() == 2u);
  BOOST_TEST(words.nl[0] ==
             "De antwoorden lijken goed op de bevolking: bij geen van de kenmerken waarop gewogen is, wijkt een groep "
             "noemenswaardig af van haar aandeel onder de inwoners.");
  BOOST_TEST(words.en[0].rfind("The responses resemble the population well", 0) == 0u);
  // Below 100 the effective sample size is told to the whole response.
  BOOST_TEST(words.nl[1] == "De weging kost weinig zekerheid: de 64 antwoorden tellen statistisch als ongeveer 64.");
}

BOOST_AUTO_TEST_CASE(at_most_five_groups_are_told_and_the_rest_is_counted) {
  Representativeness r;
  std::vector<CategoryComparison> many;
  // Seven categories, each over or under by 4 + c points.
  for (int c = 0; c < 7; ++c) {
    const double population = 0.5 / 7;
    const double sample = population + (c % 2 ? -1 : 1) * (0.04 + 0.001 * c);
    many.push_back(category("g" + std::to_string(c), sample, population, population));
  }
  r.variables.push_back(variable("area", many));
  const auto words = representativeness_words(r, 3000, 1200, labels());
  BOOST_TEST_REQUIRE(words.nl.size() == 7u);
  // Unknown variables and categories are named by their ids; the largest difference (g6) first.
  BOOST_TEST(words.nl[0].find("\xE2\x80\x98g6\xE2\x80\x99") != std::string::npos, words.nl[0]);
  BOOST_TEST(words.nl[4].find("\xE2\x80\x98g2\xE2\x80\x99") != std::string::npos, words.nl[4]);
  BOOST_TEST(words.nl[5] == "Nog 2 kleinere verschillen staan in de tabel.");
  BOOST_TEST(words.en[5] == "The table shows 2 more, smaller differences.");
  BOOST_TEST(words.nl[6].find("ongeveer 1.200;") != std::string::npos, words.nl[6]);
}

BOOST_AUTO_TEST_CASE(labels_come_from_the_demographic_questions) {
  Survey survey;
  survey.demographics.push_back({"area",
                                 {"Waar woont u?", "", "Where do you live?"},
                                 "select",
                                 {{"snits", {"Sneek", "Snits", "Sneek (Snits)"}}}});
  const auto l = weighting_labels(survey);
  BOOST_TEST(l.variable_name("area", Language::nl) == "Waar woont u?");
  BOOST_TEST(l.category_label("area", "snits", Language::en) == "Sneek (Snits)");
  BOOST_TEST(l.category_label("area", "boalsert", Language::nl) == "boalsert");
  BOOST_TEST(l.variable_name("income", Language::nl) == "income");
}

BOOST_AUTO_TEST_CASE(effective_sample_sizes_are_rounded_as_said) {
  BOOST_TEST(rounded_effective_sample_size(1048.3, 1376) == 1050);
  BOOST_TEST(rounded_effective_sample_size(1374.9, 1376) == 1370);  // never more than the responses
  BOOST_TEST(rounded_effective_sample_size(1376, 1376) == 1376);
  BOOST_TEST(rounded_effective_sample_size(63.6, 64) == 64);
  BOOST_TEST(rounded_effective_sample_size(99.4, 120) == 99);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(dutch_numbers_and_dates)

BOOST_AUTO_TEST_CASE(numbers_have_a_thousands_point_and_a_decimal_comma) {
  BOOST_TEST(format_number(1376, 0, Language::nl) == "1.376");
  BOOST_TEST(format_number(1234567.891, 2, Language::nl) == "1.234.567,89");
  BOOST_TEST(format_number(1234567.891, 2, Language::en) == "1,234,567.89");
  BOOST_TEST(format_number(999.96, 1, Language::nl) == "1.000,0");
  BOOST_TEST(format_number(16.25, 1, Language::fy) == "16,2");  // binary 16.25 rounds to even
  BOOST_TEST(format_number(-12.34, 1, Language::nl) == "-12,3");
  BOOST_TEST(format_number(-0.04, 1, Language::nl) == "0,0");
  BOOST_TEST(format_number(0, 0, Language::nl) == "0");
  BOOST_TEST(format_number(123, 0, Language::nl) == "123");
  BOOST_TEST(format_percent(0.309, 1, Language::nl) == "30,9%");
  BOOST_TEST(format_percent(0.3096, 0, Language::en) == "31%");
}

BOOST_AUTO_TEST_CASE(times_are_dutch_clock_times_on_both_sides_of_daylight_saving) {
  const auto winter = dutch_time("2026-11-25T18:31:05Z");
  BOOST_TEST(date_time_text(winter, Language::nl) == "25 november 2026, 19:31");
  BOOST_TEST(date_time_text(dutch_time("2026-07-01T22:30:00Z"), Language::nl) == "2 juli 2026, 00:30");
  // 2026 changes on Sunday 29 March and Sunday 25 October, at 01:00 UTC.
  BOOST_TEST(date_time_text(dutch_time("2026-03-29T00:59:59Z"), Language::nl) == "29 maart 2026, 01:59");
  BOOST_TEST(date_time_text(dutch_time("2026-03-29T01:00:00Z"), Language::nl) == "29 maart 2026, 03:00");
  BOOST_TEST(date_time_text(dutch_time("2026-10-25T00:59:00Z"), Language::nl) == "25 oktober 2026, 02:59");
  BOOST_TEST(date_time_text(dutch_time("2026-10-25T01:00:00Z"), Language::nl) == "25 oktober 2026, 02:00");
  BOOST_TEST(date_text(dutch_time("2026-12-31T23:30:00.250Z"), Language::nl) == "1 januari 2027");
  BOOST_TEST(date_text(dutch_time("2027-01-05T08:00Z"), Language::nl) == "5 januari 2027");
  // The report's other languages: Frisian and English month names.
  BOOST_TEST(date_text(dutch_time("2027-01-05T08:00Z"), Language::fy) == "5 jannewaris 2027");
  BOOST_TEST(date_time_text(dutch_time("2026-12-20T09:05:00Z"), Language::fy) == "20 desimber 2026, 10:05");
  BOOST_TEST(date_text(dutch_time("2026-05-01T08:00Z"), Language::fy) == "1 maaie 2026");
  BOOST_TEST(date_text(dutch_time("2027-01-05T08:00Z"), Language::en) == "5 January 2027");
  for (const char* bad : {"2026-13-01T00:00:00Z", "gisteren", "2026-11-25T18:31:05", "2026-02-30T10:00:00Z",
                          "2026-11-25T24:00:00Z", "2026-11-25T18:31:05Z extra", ""}) {
    BOOST_CHECK_EXCEPTION(dutch_time(bad), Error, [](const Error& e) { return e.code() == "invalid_timestamp"; });
  }
}

BOOST_AUTO_TEST_SUITE_END()
