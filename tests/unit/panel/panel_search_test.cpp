#include <boost/test/unit_test.hpp>
#include <random>

#include "core/base/csv.hpp"
#include "core/panel/panel_search.hpp"
#include "core/panel/pool.hpp"
#include "support/reference_data.hpp"
#include "support/panel_bounds.hpp"

using mienskip::test::panel_within;

using namespace mienskip;
using mienskip::test::read_test_data;

namespace {

Pool foundation(const std::string& features, const std::string& candidates) {
  return read_foundation_pool(parse_csv(features, "features.csv"), parse_csv(candidates, "candidates.csv"));
}

Pool foundation_fixture() {
  return foundation(read_test_data("sortition/foundation/features.csv"),
                    read_test_data("sortition/foundation/candidates.csv"));
}

PanelBounds quota_bounds(const PanelRows& rows, const VolunteerTypes& types) {
  PanelBounds bounds{std::vector<double>(types.size.size(), 0.0), {}, rows.lower, rows.upper};
  for (int n : types.size) bounds.type_upper.push_back(n);
  return bounds;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(panel_search)

BOOST_AUTO_TEST_CASE(any_finds_a_panel_that_meets_the_quotas_or_there_is_none) {
  // The fixture's quotas allow panels of 22 and 23, not of 24 (see tests/data/sortition/README.md).
  const auto pool = foundation_fixture();
  const auto types = group_types(pool);
  for (int k : {22, 23}) {
    const auto panel = PanelSearch(pool, types, k).any();
    BOOST_TEST_REQUIRE(panel.has_value());
    BOOST_TEST(meets_quotas(pool, types, k, *panel));
  }
  BOOST_TEST(!PanelSearch(pool, types, 24).any().has_value());
}

BOOST_AUTO_TEST_CASE(within_keeps_the_fixed_types_and_the_narrowed_rows) {
  // Five volunteers of g = f (types 0..: one type) and m, h = x or y. Types: (f,x) 2 people,
  // (m,x) 1, (f,y) 1, (m,y) 1. Panel of 3 with 1-2 of each g value and 1-2 of each h value.
  const auto pool = foundation("feature,value,min,max\ng,f,1,2\ng,m,1,2\nh,x,1,2\nh,y,1,2\n",
                               "id,g,h\n1,f,x\n2,f,x\n3,m,x\n4,f,y\n5,m,y\n");
  const auto types = group_types(pool);
  BOOST_TEST_REQUIRE(types.size == (std::vector<int>{2, 1, 1, 1}));
  const PanelSearch search(pool, types, 3);
  const PanelRows& rows = search.rows();
  int searches = 0;
  // Both (f,x) volunteers on the panel and (m,x) off it: the third seat must be (m,y).
  auto bounds = quota_bounds(rows, types);
  bounds.type_lower[0] = 2;
  bounds.type_upper[1] = 0;
  auto panel = search.within(bounds, {0, 0, 1, 0}, searches);
  BOOST_TEST_REQUIRE(panel.has_value());
  BOOST_TEST(*panel == (PanelCounts{2, 0, 0, 1}));
  // Every type fixed: that panel when it meets the rows, none when it does not.
  bounds.type_lower = bounds.type_upper = {2, 0, 0, 1};
  panel = search.within(bounds, {0, 0, 0, 0}, searches);
  BOOST_TEST_REQUIRE(panel.has_value());
  BOOST_TEST(*panel == (PanelCounts{2, 0, 0, 1}));
  bounds.type_lower = bounds.type_upper = {2, 1, 0, 0};  // three of h = x
  BOOST_TEST(!search.within(bounds, {0, 0, 0, 0}, searches).has_value());
  // (f,x) off the panel and g = f at its maximum of 2: only one f volunteer is left, so none.
  bounds = quota_bounds(rows, types);
  bounds.type_upper[0] = 0;
  bounds.row_lower[1] = 2;  // row 1: g = f
  BOOST_TEST(!search.within(bounds, {1, 1, 1, 1}, searches).has_value());
  BOOST_TEST(searches == 0);  // settled by rounding, without CBC
}

BOOST_AUTO_TEST_CASE(within_finds_a_panel_on_every_face_that_holds_one) {
  // Faces built around a known panel (counts at 0 or full fixed, rows fixed at its sums, at
  // random) hold at least that panel, so a panel must be found, and it must keep every bound.
  const auto pool = foundation_fixture();
  const auto types = group_types(pool);
  const int T = static_cast<int>(types.size.size());
  std::mt19937 random(11);
  for (int k : {22, 23}) {
    const PanelSearch search(pool, types, k);
    const PanelRows& rows = search.rows();
    for (int round = 0; round < 40; ++round) {
      std::vector<double> objective(T);
      for (auto& o : objective) o = static_cast<double>(random() % 100) / 100;
      const auto known = search.best(objective);
      BOOST_TEST_REQUIRE(known.has_value());
      auto bounds = quota_bounds(rows, types);
      for (int t = 0; t < T; ++t) {
        if (random() % 3 == 0 && ((*known)[t] == 0 || (*known)[t] == types.size[t])) {
          bounds.type_lower[t] = bounds.type_upper[t] = (*known)[t];
        }
      }
      for (std::size_t q = 0; q < rows.types.size(); ++q) {
        if (random() % 3 != 0) continue;
        int sum = 0;
        for (int t : rows.types[q]) sum += (*known)[t];
        bounds.row_lower[q] = bounds.row_upper[q] = sum;
      }
      int searches = 0;
      std::shuffle(objective.begin(), objective.end(), random);
      const auto panel = search.within(bounds, objective, searches);
      BOOST_TEST_REQUIRE(panel.has_value());
      BOOST_TEST(panel_within(rows, bounds, *panel));
      BOOST_TEST(meets_quotas(pool, types, k, *panel));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
