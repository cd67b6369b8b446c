#include "core/weighting/margins_source.hpp"

#include <boost/test/unit_test.hpp>

#include "core/base/error.hpp"

using namespace mienskip;

namespace {

bool refused(const std::optional<std::string>& source, const std::optional<std::string>& date,
             const std::optional<std::string>& population, const std::string& field) {
  try {
    checked_margins_source(source, date, population);
  } catch (const Error& e) {
    return e.code() == std::string("invalid_option") && std::string(e.what()).rfind(field + ": ", 0) == 0;
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(margins_source)

BOOST_AUTO_TEST_CASE(stated_parts_are_trimmed_and_absent_ones_stay_empty) {
  const auto source = checked_margins_source(std::string("  CBS 2025 "), std::string("2026-01-01"), std::nullopt);
  BOOST_TEST(source.source == "CBS 2025");
  BOOST_TEST(source.reference_date == "2026-01-01");
  BOOST_TEST(source.population.empty());
  BOOST_TEST(!source.empty());
  BOOST_TEST(checked_margins_source(std::nullopt, std::string("  "), std::nullopt).empty());
  BOOST_TEST(checked_margins_source(std::string(200, 'x'), std::nullopt, std::string("Fryslân")).source.size() == 200u);
}

BOOST_AUTO_TEST_CASE(a_date_must_be_on_the_calendar_and_text_on_one_line) {
  BOOST_TEST(refused(std::nullopt, std::string("2026-02-30"), std::nullopt, "reference_date"));
  BOOST_TEST(refused(std::nullopt, std::string("2026-1-1"), std::nullopt, "reference_date"));
  BOOST_TEST(refused(std::nullopt, std::string("1 januari 2026"), std::nullopt, "reference_date"));
  BOOST_TEST(!refused(std::nullopt, std::string("2028-02-29"), std::nullopt, "reference_date"));  // a leap day
  BOOST_TEST(refused(std::string("CBS\n2025"), std::nullopt, std::nullopt, "source"));
  BOOST_TEST(refused(std::nullopt, std::nullopt, std::string(201, 'x'), "population"));
  BOOST_TEST(refused(std::string("\xff"), std::nullopt, std::nullopt, "source"));
}

BOOST_AUTO_TEST_CASE(the_reference_date_is_a_calendar_day) {
  const auto day = reference_day("2025-12-31");
  BOOST_TEST_REQUIRE(day.has_value());
  BOOST_TEST(day->year == 2025);
  BOOST_TEST(day->month == 12);
  BOOST_TEST(day->day == 31);
  BOOST_TEST(!reference_day("2025-02-30").has_value());
  BOOST_TEST(!reference_day("1 januari 2026").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
