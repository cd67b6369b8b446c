#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numeric>
#include <random>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/panel/alternates.hpp"
#include "core/panel/algorithms/legacy_selection.hpp"
#include "core/panel/algorithms/leximin.hpp"
#include "core/panel/panel_lottery.hpp"
#include "core/panel/quota_feasibility.hpp"
#include "support/reference_data.hpp"

using namespace mienskip;
using mienskip::test::read_test_data;

namespace {

struct Solved {
  Pool pool;
  VolunteerTypes types;
  FairSelection selection;
  double probability(const std::string& id) const {
    const auto at = std::find(pool.ids.begin(), pool.ids.end(), id) - pool.ids.begin();
    return selection.type_probability[types.type_of[at]];
  }
  std::vector<double> per_volunteer() const {
    std::vector<double> p;
    for (int t : types.type_of) p.push_back(selection.type_probability[t]);
    return p;
  }
};

Solved solve(Pool pool, int k, SelectionAlgorithm algorithm = SelectionAlgorithm::leximin) {
  Solved s{std::move(pool), {}, {}};
  s.types = group_types(s.pool);
  const PanelSearch search(s.pool, s.types, k);
  require_feasible(s.pool, s.types, k, search);
  s.selection = select_fairly(s.types, k, search, algorithm, std::chrono::seconds(60));
  return s;
}

Pool foundation(const std::string& features, const std::string& candidates) {
  return read_foundation_pool(parse_csv(features, "features.csv"), parse_csv(candidates, "candidates.csv"));
}

// Every panel in the distribution is checked against the quotas, not assumed to meet them.
void check_invariants(const Solved& s, int k) {
  double total = 0;
  for (double p : s.selection.distribution.probability) {
    BOOST_TEST(p > 0);
    total += p;
  }
  BOOST_TEST(std::fabs(total - 1) < 1e-9);
  for (const auto& panel : s.selection.distribution.panels) BOOST_TEST(meets_quotas(s.pool, s.types, k, panel));
  const auto p = s.per_volunteer();
  BOOST_TEST(std::fabs(std::accumulate(p.begin(), p.end(), 0.0) - k) < 1e-7);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(leximin)

// The exact cases from the Sortition Foundation's own tests.
BOOST_AUTO_TEST_CASE(case_a_three_features_four_people) {
  const auto s = solve(foundation("feature,value,min,max\nf1,v1,1,2\nf1,v2,0,2\nf2,v1,1,2\nf2,v2,0,2\nf3,v1,1,2\nf3,v2,0,2\n",
                                  "id,f1,f2,f3\na,v1,v1,v1\nb,v1,v2,v2\nc,v2,v1,v2\nd,v2,v2,v1\n"),
                       2);
  BOOST_TEST(std::fabs(s.probability("a") - 1) < 1e-7);
  for (const char* id : {"b", "c", "d"}) BOOST_TEST(std::fabs(s.probability(id) - 1.0 / 3) < 1e-7);
  check_invariants(s, 2);
}

BOOST_AUTO_TEST_CASE(case_b_leximin_goes_beyond_the_minimum) {
  const auto s = solve(
      foundation("feature,value,min,max\ngender,female,1,1\ngender,male,4,4\npolitical,liberal,4,4\npolitical,conservative,1,1\n",
                 "id,gender,political\nm1,male,liberal\nm2,male,liberal\nm3,male,liberal\nm4,male,liberal\n"
                 "fl,female,liberal\nmc,male,conservative\nfc,female,conservative\n"),
      5);
  for (const char* id : {"fl", "mc", "fc"}) BOOST_TEST(std::fabs(s.probability(id) - 0.5) < 1e-7);
  for (const char* id : {"m1", "m2", "m3", "m4"}) BOOST_TEST(std::fabs(s.probability(id) - 7.0 / 8) < 1e-7);
  check_invariants(s, 5);
}

BOOST_AUTO_TEST_CASE(case_c_a_volunteer_in_no_feasible_panel_gets_zero_and_is_listed) {
  std::string candidates = "id,f1,f2,f3\n";
  const std::vector<std::vector<std::string>> shapes = {{"v1", "v1", "v3"}, {"v1", "v3", "v1"}, {"v3", "v1", "v1"},
                                                        {"v2", "v2", "v3"}, {"v2", "v3", "v2"}, {"v3", "v2", "v2"}};
  int id = 0;
  for (const auto& shape : shapes) {
    for (int i = 0; i < 10; ++i) candidates += "p" + std::to_string(id++) + "," + shape[0] + "," + shape[1] + "," + shape[2] + "\n";
  }
  candidates += "odd,v3,v3,v3\n";
  std::string features = "feature,value,min,max\n";
  for (const char* f : {"f1", "f2", "f3"}) {
    features += std::string(f) + ",v1,15,46\n" + f + ",v2,15,46\n" + f + ",v3,0,46\n";
  }
  const auto s = solve(foundation(features, candidates), 46);
  for (int i = 0; i < 60; ++i) BOOST_TEST(std::fabs(s.probability("p" + std::to_string(i)) - 46.0 / 60) < 1e-7);
  BOOST_TEST(s.probability("odd") == 0);
  BOOST_TEST_REQUIRE(s.selection.never_selectable.size() == 1u);
  BOOST_TEST(s.selection.never_selectable[0] == s.types.type_of.back());
  check_invariants(s, 46);
}

BOOST_AUTO_TEST_CASE(public_example_instances_give_everyone_one_in_ten) {
  for (const auto& [name, k] : std::vector<std::pair<std::string, int>>{{"example_small_20", 20}, {"example_large_200", 200}}) {
    const auto pool = read_replication_pool(parse_csv(read_test_data("sortition/" + name + "/categories.csv"), "categories.csv"),
                                            parse_csv(read_test_data("sortition/" + name + "/respondents.csv"), "respondents.csv"));
    const auto s = solve(pool, k);
    for (double p : s.per_volunteer()) BOOST_TEST(std::fabs(p - 0.1) < 1e-4);
    check_invariants(s, k);
  }
}

BOOST_AUTO_TEST_CASE(sortition_foundation_fixture_minimum_probabilities) {
  const auto features = parse_csv(read_test_data("sortition/foundation/features.csv"), "features.csv");
  const auto candidates = parse_csv(read_test_data("sortition/foundation/candidates.csv"), "candidates.csv");
  for (const auto& [k, expected] : std::vector<std::pair<int, double>>{{22, 1.0 / 11}, {23, 1.0 / 8}}) {
    const auto s = solve(read_foundation_pool(features, candidates), k);
    const auto p = s.per_volunteer();
    BOOST_TEST(std::fabs(*std::min_element(p.begin(), p.end()) - expected) < 1e-6, "k=" << k);
    check_invariants(s, k);
  }
}

BOOST_AUTO_TEST_CASE(infeasible_quotas_suggest_the_minimal_relaxation) {
  const auto pool = read_foundation_pool(parse_csv(read_test_data("sortition/foundation/features.csv"), "features.csv"),
                                         parse_csv(read_test_data("sortition/foundation/candidates.csv"), "candidates.csv"));
  const auto types = group_types(pool);
  const PanelSearch search(pool, types, 24);
  BOOST_CHECK_EXCEPTION(require_feasible(pool, types, 24, search), Error, [](const Error& e) {
    return e.code() == "quota_infeasible" && std::string(e.what()).find("Gender: Male max 11 -> 12") != std::string::npos;
  });
  const auto changes = minimal_relaxation(pool, types, 24);
  BOOST_TEST_REQUIRE(changes.size() == 1u);
  BOOST_TEST(changes[0].describe() == "Gender: Male max 11 -> 12");
}

BOOST_AUTO_TEST_CASE(a_time_limit_returns_a_valid_lottery_with_proven_bounds) {
  const auto pool = read_foundation_pool(parse_csv(read_test_data("sortition/foundation/features.csv"), "features.csv"),
                                         parse_csv(read_test_data("sortition/foundation/candidates.csv"), "candidates.csv"));
  Solved s{pool, group_types(pool), {}};
  const PanelSearch search(s.pool, s.types, 22);
  s.selection = select_fairly(s.types, 22, search, SelectionAlgorithm::leximin, std::chrono::milliseconds(0));
  BOOST_TEST(!s.selection.optimal);
  check_invariants(s, 22);
  const auto p = s.per_volunteer();
  const double reached = *std::min_element(p.begin(), p.end());
  // The optimum (1/11) lies between what was reached and the proven upper bound.
  BOOST_TEST(reached <= 1.0 / 11 + 1e-9);
  BOOST_TEST(s.selection.minimum_upper_bound >= 1.0 / 11 - 1e-9);
  BOOST_TEST(s.selection.minimum_upper_bound < 1.0);
}

BOOST_AUTO_TEST_CASE(maximin_reaches_the_same_minimum_as_leximin) {
  const auto pool = foundation(
      "feature,value,min,max\ngender,female,1,1\ngender,male,4,4\npolitical,liberal,4,4\npolitical,conservative,1,1\n",
      "id,gender,political\nm1,male,liberal\nm2,male,liberal\nm3,male,liberal\nm4,male,liberal\n"
      "fl,female,liberal\nmc,male,conservative\nfc,female,conservative\n");
  const auto s = solve(pool, 5, SelectionAlgorithm::maximin);
  const auto p = s.per_volunteer();
  BOOST_TEST(std::fabs(*std::min_element(p.begin(), p.end()) - 0.5) < 1e-7);
  check_invariants(s, 5);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(selection_properties)

// Generated pools with three quota categories and quotas around proportional shares.
Pool generated_pool(unsigned seed, int n, int k) {
  std::mt19937 random(seed);
  std::string features = "feature,value,min,max\n";
  std::string candidates = "id,a,b,c\n";
  const std::vector<int> sizes{2, 3, 4};
  const std::vector<std::string> names{"a", "b", "c"};
  std::vector<std::vector<int>> counts(3);
  std::vector<std::vector<int>> people;
  for (int i = 0; i < n; ++i) {
    std::vector<int> values;
    for (int c = 0; c < 3; ++c) values.push_back(static_cast<int>(random() % (sizes[c] + 1)) % sizes[c]);
    people.push_back(values);
  }
  for (int c = 0; c < 3; ++c) {
    for (int v = 0; v < sizes[c]; ++v) {
      const int seats = k / sizes[c];
      features += names[c] + ",x" + std::to_string(v) + "," + std::to_string(std::max(0, seats - 2)) + "," +
                  std::to_string(seats + 2) + "\n";
    }
  }
  for (int i = 0; i < n; ++i) {
    candidates += "p" + std::to_string(i);
    for (int c = 0; c < 3; ++c) candidates += ",x" + std::to_string(people[i][c]);
    candidates += "\n";
  }
  return foundation(features, candidates);
}

BOOST_AUTO_TEST_CASE(probabilities_sum_to_k_equal_volunteers_are_equal_and_the_draw_repeats) {
  for (unsigned seed = 1; seed <= 3; ++seed) {
    const int k = 12;
    const auto s = solve(generated_pool(seed, 80, k), k);
    check_invariants(s, k);
    const auto p = s.per_volunteer();
    for (std::size_t i = 0; i < p.size(); ++i) {
      for (std::size_t j = i + 1; j < p.size(); ++j) {
        if (s.pool.values[i] == s.pool.values[j]) BOOST_TEST(std::fabs(p[i] - p[j]) < 1e-12);
      }
    }
    const auto lottery = round_to_tickets(s.types, s.selection.distribution, s.selection.never_selectable);
    BOOST_TEST(std::accumulate(lottery.count.begin(), lottery.count.end(), 0) == 1000);
    for (const auto& panel : lottery.panels) BOOST_TEST(meets_quotas(s.pool, s.types, k, panel));
    const int number = ticket_for_seed("public seed " + std::to_string(seed));
    BOOST_TEST(number == ticket_for_seed("public seed " + std::to_string(seed)));
    const auto panel = panel_for_ticket(s.pool, s.types, lottery, number);
    BOOST_TEST(panel == panel_for_ticket(s.pool, s.types, lottery, number), boost::test_tools::per_element());
    BOOST_TEST(panel.size() == static_cast<std::size_t>(k));
  }
}

// Two independent routes to LEXIMIN: the relaxation's optimum written as a lottery, and column
// generation. The LEXIMIN probabilities are unique, so both must give every volunteer the same.
BOOST_AUTO_TEST_CASE(the_relaxation_route_and_column_generation_agree) {
  int through_relaxation = 0;
  for (unsigned seed = 11; seed <= 16; ++seed) {
    const int k = 10 + static_cast<int>(seed % 3) * 4;
    auto pool = generated_pool(seed, 90, k);
    const auto types = group_types(pool);
    const PanelSearch search(pool, types, k);
    require_feasible(pool, types, k, search);
    const auto quick = select_fairly(types, k, search, SelectionAlgorithm::leximin, std::chrono::seconds(60));
    const auto thorough =
        select_by_column_generation(types, k, search, SelectionAlgorithm::leximin, std::chrono::seconds(60));
    through_relaxation += quick.method == "relaxation";
    BOOST_TEST(thorough.method == "column generation");
    BOOST_TEST(quick.optimal);
    BOOST_TEST(thorough.optimal);
    for (std::size_t t = 0; t < types.size.size(); ++t) {
      BOOST_TEST(std::fabs(quick.type_probability[t] - thorough.type_probability[t]) < 1e-5, "seed " << seed << " type " << t);
    }
    Solved s{pool, types, quick};
    check_invariants(s, k);
  }
  BOOST_TEST(through_relaxation > 0);
}

BOOST_AUTO_TEST_CASE(legacy_panels_meet_the_quotas) {
  const auto pool = generated_pool(5, 80, 12);
  DeterministicRandom random("legacy");
  const auto types = group_types(pool);
  for (int run = 0; run < 20; ++run) {
    const auto panel = legacy_panel(pool, 12, random);
    BOOST_TEST_REQUIRE(panel.has_value());
    PanelCounts counts(types.size.size(), 0);
    for (auto i : *panel) ++counts[types.type_of[i]];
    BOOST_TEST(meets_quotas(pool, types, 12, counts));
  }
}

BOOST_AUTO_TEST_CASE(alternates_keep_the_quotas_the_stayers_and_the_seed) {
  const auto pool = generated_pool(7, 80, 12);
  const auto s = solve(pool, 12);
  const auto lottery = round_to_tickets(s.types, s.selection.distribution, s.selection.never_selectable);
  const auto panel = panel_for_ticket(s.pool, s.types, lottery, 123);
  const std::vector<std::size_t> dropouts{panel[0], panel[5]};
  const auto replacements = draw_alternates(s.pool, 12, panel, dropouts, "alternates seed");
  BOOST_TEST_REQUIRE(replacements.size() == 2u);
  BOOST_TEST(replacements == draw_alternates(s.pool, 12, panel, dropouts, "alternates seed"), boost::test_tools::per_element());
  std::vector<std::size_t> renewed;
  for (auto i : panel) {
    if (i != dropouts[0] && i != dropouts[1]) renewed.push_back(i);
  }
  for (auto i : replacements) {
    BOOST_TEST((std::find(panel.begin(), panel.end(), i) == panel.end()));
    renewed.push_back(i);
  }
  PanelCounts counts(s.types.size.size(), 0);
  for (auto i : renewed) ++counts[s.types.type_of[i]];
  BOOST_TEST(meets_quotas(s.pool, s.types, 12, counts));
}

BOOST_AUTO_TEST_CASE(alternates_that_cannot_keep_the_quotas_are_refused) {
  // The only woman drops out and the quota needs one woman: no one can replace her.
  const auto pool = foundation("feature,value,min,max\ng,f,1,1\ng,m,1,1\n", "id,g\nf1,f\nm1,m\nm2,m\n");
  BOOST_CHECK_EXCEPTION(draw_alternates(pool, 2, {0, 1}, {0}, "seed"), Error,
                        [](const Error& e) { return e.code() == "no_alternates"; });
}

BOOST_AUTO_TEST_CASE(bad_pools_are_refused_with_their_place) {
  BOOST_CHECK_EXCEPTION(foundation("feature,value,min,max\ng,f,3,2\n", "id,g\n1,f\n"), Error,
                        [](const Error& e) { return e.code() == "invalid_quota" && e.where().row == 2; });
  BOOST_CHECK_EXCEPTION(foundation("feature,value,min,max\ng,f,0,2\n", "id,g\n1,f\n2,x\n"), Error,
                        [](const Error& e) { return e.code() == "unknown_value" && e.where().row == 3 && e.where().column == "g"; });
  BOOST_CHECK_EXCEPTION(foundation("feature,value,min,max\ng,f,0,2\n", "id,g\n1,f\n1,f\n"), Error,
                        [](const Error& e) { return e.code() == "duplicate_id"; });
  BOOST_CHECK_EXCEPTION(foundation("feature,value,min,max\ng,f,0,2\n", "id,g\n1,\n"), Error,
                        [](const Error& e) { return e.code() == "unknown_value"; });
  const auto pool = foundation("feature,value,min,max\ng,f,1,2\ng,m,1,2\n", "id,g\n1,f\n2,m\n3,f\n4,m\n5,f\n");
  const auto types = group_types(pool);
  const PanelSearch search(pool, types, 5);
  BOOST_CHECK_EXCEPTION(require_feasible(pool, types, 5, search), Error, [](const Error& e) {
    return e.code() == "panel_size_outside_quotas" && std::string(e.what()).find("'g'") != std::string::npos;
  });
}

BOOST_AUTO_TEST_SUITE_END()
