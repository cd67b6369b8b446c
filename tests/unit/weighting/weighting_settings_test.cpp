// The weighting settings saved per survey (core/weighting/weighting_settings): read with the rules of the
// results options, and laid under the query's options when results are computed.
#include "core/weighting/weighting_settings.hpp"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/survey/survey.hpp"
#include "support/energy_survey.hpp"

using namespace mienskip;
using nlohmann::json;

namespace {

// The shipped survey and its example margins, read once (support/energy_survey).
auto& energy = mienskip::test::energy_survey;
auto& margins = mienskip::test::shipped_margins;

auto refused(const std::string& code, const std::string& start) {
  return [=](const Error& e) {
    BOOST_TEST_INFO(e.what());
    return e.code() == code && std::string(e.what()).rfind(start, 0) == 0;
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(weighting_settings)

BOOST_AUTO_TEST_CASE(settings_are_read_in_the_margins_terms) {
  const auto settings =
      read_weighting_settings(json{{"variables", {"area", "age"}}, {"bounds", {0.3, 3}}, {"by", "gender"}}, energy(), margins());
  BOOST_TEST_REQUIRE(settings.variables.has_value());
  BOOST_TEST(*settings.variables == (std::vector<std::string>{"area", "age"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(settings.bounds.has_value());
  BOOST_TEST(settings.bounds->lower == 0.3);
  BOOST_TEST(settings.bounds->upper == 3);
  BOOST_TEST(settings.by.value_or("") == "gender");
  // What GET gives back reads as the same settings (updated_* are ignored).
  auto echoed = weighting_settings_json(settings, margins());
  BOOST_TEST(echoed == (json{{"variables", {"area", "age"}}, {"bounds", {0.3, 3}}, {"by", "gender"}}));
  echoed["updated_at"] = "2025-01-01T00:00:00Z";
  echoed["updated_by"] = "griffie@sudwestfryslan.nl";
  BOOST_TEST(weighting_settings_json(read_weighting_settings(echoed, energy(), margins()), margins()) ==
             weighting_settings_json(settings, margins()));
}

BOOST_AUTO_TEST_CASE(nulls_are_the_defaults_and_spelt_out) {
  const auto settings = read_weighting_settings(json{{"variables", nullptr}, {"bounds", nullptr}, {"by", nullptr}}, energy(), margins());
  BOOST_TEST(!settings.variables.has_value());
  BOOST_TEST(!settings.bounds.has_value());
  BOOST_TEST(!settings.by.has_value());
  BOOST_TEST(weighting_settings_json(settings, margins()) ==
             (json{{"variables", {"age", "gender", "education", "area"}}, {"bounds", nullptr}, {"by", nullptr}}));
}

BOOST_AUTO_TEST_CASE(bad_settings_name_their_field) {
  const auto with = [](const char* field, json value) {
    json body = {{"variables", nullptr}, {"bounds", nullptr}, {"by", nullptr}};
    body[field] = std::move(value);
    return body;
  };
  const auto read = [](const json& body) { return read_weighting_settings(body, energy(), margins()); };
  BOOST_CHECK_EXCEPTION(read(with("variables", {"age", "inkomen"})), Error,
                        refused("invalid_option", "variables: 'inkomen' is not a variable of the population margins (age, gender, education, area)"));
  BOOST_CHECK_EXCEPTION(read(with("variables", json::array())), Error, refused("invalid_option", "variables names no variable"));
  BOOST_CHECK_EXCEPTION(read(with("variables", {"age", "age"})), Error, refused("invalid_option", "variables names 'age' twice"));
  BOOST_CHECK_EXCEPTION(read(with("variables", {"age,gender"})), Error, refused("invalid_option", "variables: every entry"));
  BOOST_CHECK_EXCEPTION(read(with("variables", "age")), Error, refused("invalid_option", "variables: give a list"));
  BOOST_CHECK_EXCEPTION(read(with("bounds", {1, 3})), Error, refused("invalid_option", "bounds: the lower bound is a multiple"));
  BOOST_CHECK_EXCEPTION(read(with("bounds", {0.3, 0.9})), Error, refused("invalid_option", "bounds: the upper bound"));
  BOOST_CHECK_EXCEPTION(read(with("bounds", {0.3})), Error, refused("invalid_option", "bounds: give two numbers"));
  BOOST_CHECK_EXCEPTION(read(with("bounds", "0.3,3")), Error, refused("invalid_option", "bounds: give two numbers"));
  BOOST_CHECK_EXCEPTION(read(with("by", "woonplaats")), Error, refused("invalid_option", "by: 'woonplaats' is not a question"));
  BOOST_CHECK_EXCEPTION(read(with("by", 3)), Error, refused("invalid_option", "by: give the id"));
  BOOST_CHECK_EXCEPTION(read(json{{"variables", nullptr}, {"bounds", nullptr}}), Error, refused("invalid_option", "by: missing"));
  BOOST_CHECK_EXCEPTION(read(with("weights", nullptr)), Error, refused("invalid_option", "Unknown field 'weights'"));
  BOOST_CHECK_EXCEPTION(read(json::array()), Error, refused("invalid_option", "Send the weighting settings"));
}

BOOST_AUTO_TEST_CASE(query_options_override_the_saved_ones_one_by_one) {
  WeightingSettings saved;
  saved.variables = {"age", "gender"};
  saved.bounds = WeightBounds{0.3, 3};
  saved.by = "area";
  const auto plain = results_options(energy(), margins(), saved, ResultsQuery{});
  BOOST_TEST(plain.sample.variables == (std::vector<std::string>{"age", "gender"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(plain.weighing.bounds.has_value());
  BOOST_TEST(plain.weighing.bounds->lower == 0.3);
  BOOST_TEST(plain.weighing.bounds->upper == 3);
  BOOST_TEST(plain.sample.by == "area");
  const auto explored = results_options(energy(), margins(), saved, ResultsQuery{"education", std::nullopt, "gender"});
  BOOST_TEST(explored.sample.variables == (std::vector<std::string>{"education"}), boost::test_tools::per_element());
  BOOST_TEST(explored.weighing.bounds->upper == 3);
  BOOST_TEST(explored.sample.by == "gender");
  // Empty bounds and by undo the saved ones for this request.
  const auto undone = results_options(energy(), margins(), saved, ResultsQuery{std::nullopt, "", ""});
  BOOST_TEST(undone.sample.variables.size() == 2u);
  BOOST_TEST(!undone.weighing.bounds.has_value());
  BOOST_TEST(undone.sample.by.empty());
  // Nothing saved: the results options' defaults.
  const auto defaults = results_options(energy(), margins(), WeightingSettings{}, ResultsQuery{});
  BOOST_TEST(defaults.sample.variables.empty());
  BOOST_TEST(!defaults.weighing.bounds.has_value());
  BOOST_TEST(defaults.sample.by.empty());
}

BOOST_AUTO_TEST_CASE(saved_settings_the_margins_no_longer_have_are_reported) {
  WeightingSettings saved;
  saved.variables = {"age", "inkomen"};
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), saved, ResultsQuery{}), Error,
                        refused("weighting_settings_stale", "The saved weighting settings no longer fit this survey (variables: 'inkomen'"));
  // A query that chooses the variables itself does not need the saved ones.
  BOOST_TEST(results_options(energy(), margins(), saved, ResultsQuery{"age", std::nullopt, std::nullopt}).sample.variables.size() == 1u);
  // The query's own mistakes stay the requester's.
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), WeightingSettings{}, ResultsQuery{"inkomen", std::nullopt, std::nullopt}),
                        Error, refused("invalid_option", "variables: 'inkomen'"));
}

BOOST_AUTO_TEST_SUITE_END()
