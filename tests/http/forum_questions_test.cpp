// The sign-up page's quota questions in the resident's language (issue 23, item 5): staff word
// each category and value in Dutch, Frisian and English with a help text per question; the page
// shows them, while what is sent and stored stays the value the lottery counts.
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

const std::string questions = "/api/admin/forums/energie/questions";

const json worded = json::parse(R"({"questions": [
  {"category": "Leeftijd", "label": {"fy": "Leeftyd", "en": "Age"},
   "help": {"nl": "Uw leeftijd op de dag van aanmelden.", "fy": "Jo leeftyd op de dei fan oanmelden."},
   "values": [{"value": "16-34", "label": {"fy": "16 oant en mei 34", "en": "16 to 34"}}]},
  {"category": "Geslacht", "label": {"fy": "Geslacht", "en": "Gender"},
   "values": [{"value": "vrouw", "label": {"fy": "frou", "en": "woman"}}, {"value": "man", "label": {"en": "man"}}]}]})");

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_questions_api)

BOOST_AUTO_TEST_CASE(the_sign_up_page_asks_in_the_residents_language) {
  StaffDatabase db("http_forum_questions");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_register(port, register_csv(40));

  // Before staff word anything: every category and value, without words.
  const auto empty = staff_request(port, admin, "GET", questions);
  BOOST_TEST_REQUIRE(empty.status == 200, empty.body);
  BOOST_TEST(empty.json_body()["saved"] == false);
  BOOST_TEST(empty.json_body()["questions"][1]["values"][0] == json::parse(R"({"value": "vrouw", "label": {}})"));

  const auto saved = staff_request(port, admin, "PUT", questions, worded.dump());
  BOOST_TEST_REQUIRE(saved.status == 200, saved.body);
  BOOST_TEST(saved.json_body()["questions"][0]["label"] == json::parse(R"({"fy": "Leeftyd", "en": "Age"})"));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.question_texts_changed' "
                                  "AND subject = 'forum:energie'") == 1);

  // The forum's Frisian name, as the letters give it, heads the Frisian page too.
  BOOST_TEST_REQUIRE(staff_request(port, admin, "PUT", "/api/admin/forums/energie/letters/texts",
                                   R"({"texts": {"fy": {"forum_name": "Boargerforum Enerzjy"}}})").status == 200);
  commit_and_draw(port, admin, {{"count", 10}}, "1 2 3");
  const auto frisian = request(port, "GET", "/f/energie?lang=fy");
  BOOST_TEST_REQUIRE(frisian.status == 200, frisian.body);
  BOOST_TEST(frisian.has("<legend class=\"utrecht-form-fieldset__legend\">Leeftyd</legend>"));
  BOOST_TEST(frisian.has("<fieldset class=\"utrecht-form-fieldset\" aria-describedby=\"answer-0-help\">"));
  BOOST_TEST(frisian.has("id=\"answer-0-help\"><p class=\"utrecht-paragraph\">Jo leeftyd op de dei fan oanmelden.</p>"));
  BOOST_TEST(frisian.has("value=\"16-34\"> <label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"answer-0\">16 oant en mei 34</label>"));
  BOOST_TEST(frisian.has("for=\"answer-1\">frou</label>"));
  BOOST_TEST(frisian.has("for=\"answer-1-1\">man</label>"));  // no Frisian word: the value's own
  BOOST_TEST(frisian.has("Boargerforum Enerzjy"));
  BOOST_TEST(!request(port, "GET", "/f/energie?lang=nl").has("Boargerforum Enerzjy"));
  const auto english = request(port, "GET", "/f/energie?lang=en");
  BOOST_TEST(english.has(">Gender</legend>"));
  BOOST_TEST(english.has(">woman</label>"));
  BOOST_TEST(!english.has("answer-0-help"));  // no English help text
  const auto dutch = request(port, "GET", "/f/energie?lang=nl");
  BOOST_TEST(dutch.has(">Leeftijd</legend>"));
  BOOST_TEST(dutch.has("Uw leeftijd op de dag van aanmelden."));
  BOOST_TEST(dutch.has("for=\"answer-0\">16-34</label>"));
}

BOOST_AUTO_TEST_CASE(wording_with_a_problem_is_refused_per_field_and_changes_nothing) {
  StaffDatabase db("http_forum_questions_refused");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_register(port, register_csv(10));
  BOOST_TEST_REQUIRE(staff_request(port, admin, "PUT", questions, worded.dump()).status == 200);

  const json bad = json::parse(R"({"questions": [{"category": "Inkomen", "label": {"fy": "Ynkommen"}},
      {"category": "Leeftijd", "label": {"de": "Alter"}, "values": [{"value": "0-15"}]}]})");
  const auto refused = staff_request(port, admin, "PUT", questions, bad.dump());
  BOOST_TEST(refused.status == 422);
  BOOST_TEST(error_code(refused) == "invalid_question_texts");
  BOOST_TEST(refused.json_body()["error"]["fields"].size() == 3u);
  BOOST_TEST(staff_request(port, admin, "GET", questions).json_body()["questions"][0]["label"]["fy"] == "Leeftyd");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.question_texts_changed'") == 1);
  BOOST_TEST(staff_request(port, std::nullopt, "PUT", questions, worded.dump()).status == 401);
}

BOOST_AUTO_TEST_SUITE_END()
