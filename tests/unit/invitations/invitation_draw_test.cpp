#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <set>

#include "core/base/csv.hpp"
#include "core/crypto/deterministic_random.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_draw.hpp"
#include "core/crypto/sha256.hpp"

using namespace mienskip;

namespace {

// 100 residents: area A has 60, B 30, C 10; every two residents share a postcode and house number.
CsvTable register_table() {
  std::string text = "id,name,postcode,house_number,area\n";
  for (int i = 0; i < 100; ++i) {
    const char* area = i < 60 ? "A" : i < 90 ? "B" : "C";
    const int household = i / 2;
    // The same household written two ways: the draw must see through case and spaces.
    const std::string postcode = (i % 2 ? "8701 " : "8701") + std::string(1, static_cast<char>('a' + household % 26)) + "b";
    text += "r" + std::to_string(i) + ",Inwoner " + std::to_string(i) + "," + postcode + "," +
            std::to_string(household) + "," + area + "\n";
  }
  return parse_csv(text, "register.csv");
}

std::map<std::string, int> per_area(const CsvTable& table, const InvitationDraw& draw) {
  std::map<std::string, int> counts;
  for (auto row : draw.rows) ++counts[table.rows[row][4]];
  return counts;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(invitation_draw)

BOOST_AUTO_TEST_CASE(allocation_is_proportional_with_largest_remainders) {
  const auto table = register_table();
  DrawParameters parameters;
  parameters.count = 10;
  parameters.stratify_by = "area";
  auto draw = draw_invitations(table, {}, parameters, "seed");
  BOOST_TEST(draw.allocation == (std::vector<std::size_t>{6, 3, 1}), boost::test_tools::per_element());
  BOOST_TEST(per_area(table, draw)["A"] == 6);
  // Oversampling C twice: weights 60, 30, 20 give 5.45, 2.73, 1.82: floors 5, 2, 1 and the two
  // largest remainders (C, then B) get the last two.
  parameters.oversample["C"] = 2;
  draw = draw_invitations(table, {}, parameters, "seed");
  BOOST_TEST(draw.allocation == (std::vector<std::size_t>{5, 3, 2}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(one_invitation_per_household_and_never_an_excluded_resident) {
  const auto table = register_table();
  DrawParameters parameters;
  parameters.count = 45;
  parameters.household_key = {"postcode", "house_number"};
  const std::set<std::string> excluded = {"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"};
  const auto draw = draw_invitations(table, excluded, parameters, "seed");
  BOOST_TEST(draw.rows.size() == 45u);
  BOOST_TEST(draw.excluded == 10u);
  std::set<std::string> households;
  for (auto row : draw.rows) {
    BOOST_TEST(!excluded.count(table.rows[row][0]));
    BOOST_TEST(households.insert(table.rows[row][3]).second, "household " << table.rows[row][3] << " twice");
  }
  // 45 households remain: one more invitation is impossible.
  parameters.count = 46;
  BOOST_CHECK_EXCEPTION(draw_invitations(table, excluded, parameters, "seed"), Error,
                        [](const Error& e) { return e.code() == "invalid_draw"; });
}

BOOST_AUTO_TEST_CASE(the_same_inputs_and_seed_give_the_same_draw) {
  const auto table = register_table();
  DrawParameters parameters;
  parameters.count = 20;
  parameters.stratify_by = "area";
  const auto first = draw_invitations(table, {}, parameters, "lotto 12-34-56");
  const auto again = draw_invitations(table, {}, parameters, "lotto 12-34-56");
  const auto other = draw_invitations(table, {}, parameters, "lotto 12-34-57");
  BOOST_TEST(first.rows == again.rows, boost::test_tools::per_element());
  BOOST_TEST(first.rows != other.rows);
  BOOST_TEST(first.commitment == other.commitment);  // the seed is not part of the commitment
}

BOOST_AUTO_TEST_CASE(the_commitment_covers_register_parameters_and_exclusions) {
  const auto table = register_table();
  DrawParameters parameters;
  parameters.count = 20;
  const auto base = draw_commitment(register_hash(table), exclusion_hash({}), parameters);
  auto changed_table = table;
  changed_table.rows[50][1] = "Someone Else";
  BOOST_TEST(draw_commitment(register_hash(changed_table), exclusion_hash({}), parameters) != base);
  BOOST_TEST(draw_commitment(register_hash(table), exclusion_hash({"r1"}), parameters) != base);
  auto more = parameters;
  more.count = 21;
  BOOST_TEST(draw_commitment(register_hash(table), exclusion_hash({}), more) != base);
  // Quoting and line endings do not change the register's hash.
  const auto crlf = parse_csv("id,name\r\n\"1\",\"A\"\r\n", "r.csv");
  const auto plain = parse_csv("id,name\n1,A\n", "r.csv");
  BOOST_TEST(register_hash(crlf) == register_hash(plain));
}

BOOST_AUTO_TEST_CASE(bad_registers_are_refused) {
  DrawParameters parameters;
  parameters.count = 1;
  parameters.stratify_by = "wijk";
  BOOST_CHECK_EXCEPTION(draw_invitations(register_table(), {}, parameters, "s"), Error,
                        [](const Error& e) { return e.code() == "unknown_variable"; });
  parameters.stratify_by = "";
  BOOST_CHECK_EXCEPTION(draw_invitations(parse_csv("id,name\n1,A\n1,B\n", "r.csv"), {}, parameters, "s"), Error,
                        [](const Error& e) { return e.code() == "invalid_register" && e.where().row == 3; });
  // Ids compare trimmed; the first row whose id an earlier row has is named, wherever the ids sort.
  BOOST_CHECK_EXCEPTION(draw_invitations(parse_csv("id,name\nz,A\nb,B\n z ,C\nb,D\n", "r.csv"), {}, parameters, "s"),
                        Error, [](const Error& e) {
                          return e.code() == "invalid_register" && e.where().row == 4 &&
                                 std::string(e.what()).find("'z'") != std::string::npos;
                        });
  BOOST_CHECK_EXCEPTION(draw_invitations(parse_csv("id,name\n1,A\n  ,B\n", "r.csv"), {}, parameters, "s"), Error,
                        [](const Error& e) { return e.code() == "invalid_register" && e.where().row == 3; });
  // Many distinct ids pass (the check sorts hashes; equal hashes alone must not be taken as equal ids).
  std::string many = "id\n";
  for (int i = 0; i < 5000; ++i) many += std::to_string(i) + "\n";
  BOOST_TEST(draw_invitations(parse_csv(many, "r.csv"), {}, parameters, "s").rows.size() == 1u);
}

// Issue 18: a register with no one to invite (empty, or everyone excluded) is refused rather than
// drawn from as nothing; so is a stratum given more invitations than it has residents.
BOOST_AUTO_TEST_CASE(a_draw_with_no_one_to_invite_is_refused) {
  DrawParameters parameters;
  parameters.count = 1;
  // Each refusal carries its reason and numbers, for the staff app to word in the screen's language.
  const auto reason = [](const std::string& expected) {
    return [expected](const Error& e) {
      return e.code() == "invalid_draw" && !e.params().empty() && e.params().front().first == "reason" &&
             e.params().front().second == expected;
    };
  };
  BOOST_CHECK_EXCEPTION(draw_invitations(parse_csv("id,name\n", "r.csv"), {}, parameters, "s"), Error, reason("no_residents"));
  BOOST_CHECK_EXCEPTION(draw_invitations(parse_csv("id,name\n1,A\n2,B\n", "r.csv"), {"1", "2"}, parameters, "s"), Error,
                        reason("all_excluded"));
  parameters.count = 20;
  parameters.stratify_by = "area";
  parameters.oversample = {{"C", 100}};  // 18 of the 20 for C's 10 residents
  const ErrorParams too_small = {
      {"reason", "stratum_too_small"}, {"stratum", "C"}, {"needed", "18"}, {"available", "10"}, {"unit", "residents"}};
  BOOST_CHECK_EXCEPTION(plan_invitation_draw(register_table(), "", {}, parameters), Error, [&](const Error& e) {
    return e.code() == "invalid_draw" && std::string(e.what()).find("'C'") != std::string::npos && e.params() == too_small;
  });
}

// What `mienskip draw commit` checks before a commitment is printed: everything the draw itself
// checks that does not need the seed, with the same commitment the draw will have.
BOOST_AUTO_TEST_CASE(the_plan_checks_what_the_draw_checks_before_the_seed) {
  DrawParameters parameters;
  parameters.count = 10;
  parameters.stratify_by = "area";
  parameters.household_key = {"postcode", "house_number"};
  const auto table = register_table();
  const auto plan = plan_invitation_draw(table, register_hash(table), {"r1"}, parameters);
  const auto draw = draw_invitations(table, {"r1"}, parameters, "s");
  BOOST_TEST(plan.commitment == draw.commitment);
  BOOST_TEST(plan.allocation == draw.allocation, boost::test_tools::per_element());
  BOOST_TEST(plan.excluded == 1u);
  BOOST_TEST(plan.rows.empty());
  parameters.stratify_by = "wijk";
  BOOST_CHECK_EXCEPTION(plan_invitation_draw(table, "", {}, parameters), Error,
                        [](const Error& e) { return e.code() == "unknown_variable"; });
  parameters.stratify_by = "";
  parameters.household_key.clear();
  BOOST_CHECK_EXCEPTION(plan_invitation_draw(parse_csv("id,name\n1,A\n1,B\n", "r.csv"), "", {}, parameters), Error,
                        [](const Error& e) { return e.code() == "invalid_register"; });
}

BOOST_AUTO_TEST_CASE(the_random_stream_is_sha256_in_counter_mode) {
  DeterministicRandom random("key");
  const std::string first_block = sha256_hex(std::string("key") + std::string(8, '\0'));
  std::string expected = first_block.substr(0, 16);
  char got[17];
  std::snprintf(got, sizeof got, "%016llx", static_cast<unsigned long long>(random.next64()));
  BOOST_TEST(std::string(got) == expected);
  const auto chosen = DeterministicRandom("k").choose(10, 4);
  BOOST_TEST(chosen.size() == 4u);
  BOOST_TEST(std::set<std::size_t>(chosen.begin(), chosen.end()).size() == 4u);
  // below() is uniform enough to hit every value of a small range.
  std::set<std::uint64_t> seen;
  DeterministicRandom dice("dice");
  for (int i = 0; i < 200; ++i) seen.insert(dice.below(6));
  BOOST_TEST(seen.size() == 6u);
  BOOST_TEST(*seen.rbegin() == 5u);
}

BOOST_AUTO_TEST_SUITE_END()
