// From selected to seated (issue 22, item 3): a member's status changes only with a status the
// panel knows and a comment saying why, only while the member is on the panel; only members who
// declined or withdrew are replaced, and the panel is seated when every member confirmed.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "core/base/error.hpp"
#include "core/panel/seat_status.hpp"
#include "support/thrown_error.hpp"

using namespace mienskip;
using nlohmann::json;

namespace {

const std::vector<std::string> panel = {"V0001", "V0002", "V0003"};

// The code and the field an Error names, or "none:" when nothing was thrown.
std::string refusal(const std::string& volunteer, const json& body) {
  const auto error = test::thrown_error([&] { checked_seat_change(volunteer, body, panel); });
  if (!error) return "none:";
  std::string field;
  for (const auto& [name, value] : error->params()) {
    if (name == "field") field = value;
  }
  return error->code() + ":" + field;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seat_status)

BOOST_AUTO_TEST_CASE(every_status_reads_back_under_its_name) {
  for (const std::string name : {"selected", "contacted", "confirmed", "declined", "unreachable", "withdrawn"}) {
    const auto status = parse_seat_status(name);
    BOOST_TEST_REQUIRE(status.has_value(), name);
    BOOST_TEST(std::string(seat_status_name(*status)) == name);
  }
  BOOST_TEST(!parse_seat_status("Confirmed").has_value());
  BOOST_TEST(!parse_seat_status("seated").has_value());
  BOOST_TEST(!parse_seat_status("").has_value());
}

BOOST_AUTO_TEST_CASE(a_change_needs_a_known_status_and_a_comment_on_one_line) {
  const auto change = checked_seat_change("V0002", json{{"status", "confirmed"}, {"comment", "  Komt op 12 maart. "}}, panel);
  BOOST_TEST(change.volunteer == "V0002");
  BOOST_TEST((change.status == SeatStatus::confirmed));
  BOOST_TEST(change.comment == "Komt op 12 maart.");

  BOOST_TEST(refusal("V0002", json{{"status", "seated"}, {"comment", "x"}}) == "invalid_panel_status:status");
  BOOST_TEST(refusal("V0002", json{{"status", 3}, {"comment", "x"}}) == "invalid_panel_status:status");
  BOOST_TEST(refusal("V0002", json{{"comment", "x"}}) == "invalid_panel_status:status");
  BOOST_TEST(refusal("V0002", json::array()) == "invalid_panel_status:status");
  BOOST_TEST(refusal("V0002", json{{"status", "declined"}}) == "invalid_panel_status:comment");
  BOOST_TEST(refusal("V0002", json{{"status", "declined"}, {"comment", "   "}}) == "invalid_panel_status:comment");
  BOOST_TEST(refusal("V0002", json{{"status", "declined"}, {"comment", 12}}) == "invalid_panel_status:comment");
  BOOST_TEST(refusal("V0002", json{{"status", "declined"}, {"comment", "a\nb"}}) == "invalid_panel_status:comment");
  BOOST_TEST(refusal("V0002", json{{"status", "declined"}, {"comment", std::string(501, 'a')}}) ==
             "invalid_panel_status:comment");
  // 500 characters, not bytes: a Frisian comment of 500 letters with accents is fine.
  std::string frisian;
  for (int i = 0; i < 500; ++i) frisian += "ú";
  BOOST_TEST(refusal("V0002", json{{"status", "declined"}, {"comment", frisian}}) == "none:");
}

BOOST_AUTO_TEST_CASE(only_members_of_the_panel_as_it_is_now_change) {
  BOOST_TEST(refusal("V0009", json{{"status", "confirmed"}, {"comment", "x"}}) == "invalid_panel_status:volunteer");
  BOOST_TEST(refusal("v0001", json{{"status", "confirmed"}, {"comment", "x"}}) == "invalid_panel_status:volunteer");
  BOOST_TEST(refusal("", json{{"status", "confirmed"}, {"comment", "x"}}) == "invalid_panel_status:volunteer");
}

BOOST_AUTO_TEST_CASE(only_members_who_declined_or_withdrew_are_replaced_and_their_reason_is_kept) {
  const std::map<std::string, SeatStatus> current = {
      {"V0001", SeatStatus::declined}, {"V0002", SeatStatus::withdrawn}, {"V0003", SeatStatus::unreachable}};
  const auto reasons = replacement_reasons({"V0001", "V0002"}, current);
  BOOST_TEST(reasons.size() == 2u);
  BOOST_TEST((reasons.at("V0001") == SeatStatus::declined));
  BOOST_TEST((reasons.at("V0002") == SeatStatus::withdrawn));
  // Unreachable is not a reason yet: try again, or record that they declined.
  BOOST_TEST(test::error_code([&] { replacement_reasons({"V0003"}, current); }) == "invalid_dropouts");
  BOOST_TEST(test::error_code([&] { replacement_reasons({"V0001", "V0003"}, current); }) == "invalid_dropouts");
  // Without any record a member is still selected.
  BOOST_TEST(test::error_code([&] { replacement_reasons({"V0004"}, current); }) == "invalid_dropouts");
}

BOOST_AUTO_TEST_CASE(the_panel_is_seated_when_every_member_confirmed) {
  std::map<std::string, SeatStatus> current = {{"V0001", SeatStatus::confirmed}, {"V0002", SeatStatus::confirmed}};
  BOOST_TEST(!panel_seated(panel, current));
  current["V0003"] = SeatStatus::contacted;
  BOOST_TEST(!panel_seated(panel, current));
  current["V0003"] = SeatStatus::confirmed;
  BOOST_TEST(panel_seated(panel, current));
  BOOST_TEST(!panel_seated({}, current));
}

BOOST_AUTO_TEST_SUITE_END()
