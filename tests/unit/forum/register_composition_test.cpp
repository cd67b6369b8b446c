// Quotas from facts (issue 23, item 6): a register column read against a quota category, as the
// values themselves or as birth dates against age bands, and quotas proportional to it.
#include <boost/test/unit_test.hpp>

#include "core/forum/register_composition.hpp"

using namespace mienskip;

namespace {

const DutchTime today{2026, 12, 7, 12, 0};

}  // namespace

BOOST_AUTO_TEST_SUITE(register_composition_suite)

BOOST_AUTO_TEST_CASE(age_bands_and_birth_dates_are_read_as_registers_write_them) {
  int from = 0, to = 0;
  BOOST_TEST((age_band("16-34", from, to) && from == 16 && to == 34));
  BOOST_TEST((age_band(" 35 \xE2\x80\x93 64 ", from, to) && from == 35 && to == 64));
  BOOST_TEST((age_band("18 t/m 24", from, to) && from == 18 && to == 24));
  BOOST_TEST((age_band("65+", from, to) && from == 65 && to == -1));
  BOOST_TEST(!age_band("man", from, to));
  BOOST_TEST(!age_band("34-16", from, to));
  BOOST_TEST(!age_band("2001-2002", from, to));  // years, not ages

  BOOST_TEST(age_on("2001-12-07", today) == 25);  // a birthday today counts
  BOOST_TEST(age_on("2001-12-08", today) == 24);
  BOOST_TEST(age_on("08-12-2001", today) == 24);
  BOOST_TEST(age_on("08/12/2001", today) == 24);
  BOOST_TEST(age_on("20011208", today) == 24);
  BOOST_TEST(age_on("2001", today) == 25);  // a year only: the age reached this year
  BOOST_TEST(age_on("2027-01-01", today) == -1);
  BOOST_TEST(age_on("1850", today) == -1);
  BOOST_TEST(age_on("2001-13-01", today) == -1);
  BOOST_TEST(age_on("Sjoerd", today) == -1);
}

BOOST_AUTO_TEST_CASE(birth_years_fall_into_age_bands_and_give_proportional_quotas) {
  // 300 residents: 60 aged 16-34, 150 aged 35-64, 90 aged 65+, and 40 children the bands leave out.
  const std::vector<ValueCount> years = {{"2000", 60}, {"1970", 100}, {"1980-05-01", 50}, {"1950", 90}, {"2015", 40}};
  const auto composition = register_composition({"16-34", "35-64", "65+"}, years, 30, today);
  BOOST_TEST((composition.reading == CompositionReading::ages));
  BOOST_TEST(composition.counts == (std::vector<long long>{60, 150, 90}), boost::test_tools::per_element());
  BOOST_TEST(composition.unmatched == 40);
  // Shares of the 300 who fall into a band: 20%, 50%, 30% of 30 seats.
  BOOST_TEST(composition.seats[0] == 6.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(composition.seats[1] == 15.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(composition.min == (std::vector<int>{5, 14, 8}), boost::test_tools::per_element());
  BOOST_TEST(composition.max == (std::vector<int>{7, 16, 10}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(values_match_case_blind_and_one_letter_codes_by_their_first_letter) {
  const std::vector<ValueCount> genders = {{"V", 160}, {"M", 150}, {"X", 3}, {"onbekend", 2}};
  const auto composition = register_composition({"vrouw", "man"}, genders, 45, today);
  BOOST_TEST((composition.reading == CompositionReading::values));
  BOOST_TEST(composition.counts == (std::vector<long long>{160, 150}), boost::test_tools::per_element());
  BOOST_TEST(composition.unmatched == 5);
  BOOST_TEST_REQUIRE(composition.unmatched_values.size() == 2u);
  BOOST_TEST(composition.unmatched_values[0].value == "X");  // most first
  // 45 x 160/310 = 23.2 seats: 22 to 25.
  BOOST_TEST(composition.min[0] == 22);
  BOOST_TEST(composition.max[0] == 25);

  const std::vector<ValueCount> areas = {{"SNITS", 10}, {"Boalsert", 5}, {"b", 1}};
  const auto spelt = register_composition({"Snits", "Boalsert", "Bolsward"}, areas, 3, today);
  BOOST_TEST(spelt.counts == (std::vector<long long>{10, 5, 0}), boost::test_tools::per_element());
  BOOST_TEST(spelt.unmatched == 1);  // "b" begins two values: no guess
  BOOST_TEST(spelt.max[2] == 1);
  BOOST_TEST(spelt.min[2] == 0);
}

BOOST_AUTO_TEST_CASE(a_column_of_many_values_never_shows_what_matched_nothing) {
  // Someone chose the column of names: counts only, no names.
  std::vector<ValueCount> names;
  for (int i = 0; i < 40; ++i) names.push_back({"Inwoner" + std::to_string(i), 1});
  const auto composition = register_composition({"vrouw", "man"}, names, 10, today);
  BOOST_TEST(composition.unmatched == 40);
  BOOST_TEST(composition.unmatched_values.empty());
  BOOST_TEST(composition.seats == (std::vector<double>{0.0, 0.0}), boost::test_tools::per_element());
  BOOST_TEST(composition.min == (std::vector<int>{0, 0}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
