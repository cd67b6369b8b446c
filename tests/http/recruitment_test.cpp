// Recruitment while sign-up runs (issue 22, item 1) through a real `mienskip serve`: the demo
// forum's response per village (the stratum of its letters) is what its letters and volunteers
// say, lowest first; a withdrawal moves at once; before the draw there is nothing to show.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

const std::string path = "/api/admin/forums/energie/recruitment";

// The stratum `name` of a recruitment answer.
json stratum(const json& answer, const std::string& name) {
  for (const auto& s : answer["strata"]) {
    if (s["stratum"] == name) return s;
  }
  BOOST_FAIL("no stratum " + name);
  return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(recruitment_api)

BOOST_AUTO_TEST_CASE(the_response_per_village_is_what_the_letters_and_volunteers_say) {
  StaffDatabase db("http_recruitment");
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"forum", "demo", "--slug", "energie"}, server_environment(db.url), output) == 0, output);
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);

  const auto reply = staff_request(port, admin, "GET", path);
  BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
  const json answer = reply.json_body();
  BOOST_TEST(answer["stratify_by"] == "woonplaats");
  const auto letters = query_number(db.url, "SELECT count(*) FROM forum_invitations");
  const auto volunteers = query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE withdrawn_at IS NULL");
  BOOST_TEST(answer["total"]["letters"] == letters);
  BOOST_TEST(answer["total"]["volunteers"] == volunteers);
  BOOST_TEST(answer["total"]["response_rate"].get<double>() == static_cast<double>(volunteers) / static_cast<double>(letters));
  BOOST_TEST(answer["strata"].size() == query_number(db.url, "SELECT count(DISTINCT stratum) FROM forum_invitations"));
  double previous = -1;
  for (const auto& s : answer["strata"]) {
    const std::string name = s["stratum"];
    const auto stratum_letters =
        query_number(db.url, "SELECT count(*) FROM forum_invitations WHERE stratum = $q$" + name + "$q$");
    const auto stratum_volunteers = query_number(
        db.url, "SELECT count(*) FROM forum_volunteers v JOIN forum_invitations i USING (forum_id, draw_order) "
                "WHERE i.stratum = $q$" + name + "$q$ AND v.withdrawn_at IS NULL");
    BOOST_TEST(s["letters"] == stratum_letters, name);
    BOOST_TEST(s["volunteers"] == stratum_volunteers, name);
    const double rate = s["response_rate"];
    BOOST_TEST(rate >= previous, name);  // lowest first
    BOOST_TEST(s["below_total"] == (rate < answer["total"]["response_rate"].get<double>()), name);
    previous = rate;
  }

  // A volunteer who withdraws no longer counts as a response of their village.
  const std::string withdrawn = query_text(db.url, "SELECT 'V' || lpad(number::text, 4, '0') FROM forum_volunteers ORDER BY number LIMIT 1");
  const std::string village = query_text(
      db.url, "SELECT i.stratum FROM forum_volunteers v JOIN forum_invitations i USING (forum_id, draw_order) ORDER BY v.number LIMIT 1");
  const auto before = stratum(answer, village);
  BOOST_TEST_REQUIRE(staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers/" + withdrawn + "/withdraw").status == 200);
  const auto after = stratum(staff_request(port, admin, "GET", path).json_body(), village);
  BOOST_TEST(after["volunteers"] == before["volunteers"].get<long long>() - 1);
  BOOST_TEST(after["withdrawn"] == before["withdrawn"].get<long long>() + 1);
  BOOST_TEST(after["letters"] == before["letters"]);

  // Before the draw there is no response to show.
  create_forum(port, admin, forum_body("nog-niet"));
  const auto early = staff_request(port, admin, "GET", "/api/admin/forums/nog-niet/recruitment");
  BOOST_TEST(early.status == 409);
  BOOST_TEST(error_code(early) == "no_draw");
  BOOST_TEST(error_code(staff_request(port, admin, "GET", "/api/admin/forums/bestaat-niet/recruitment")) == "not_found");
}

BOOST_AUTO_TEST_SUITE_END()
