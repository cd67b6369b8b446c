// The survey as residents and API clients meet it, through a real `mienskip serve`: every error
// path of the API, and the server-rendered pages without JavaScript from code to thank-you page.
#include <Poco/URI.h>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using mienskip::test::fresh_database;
using mienskip::test::source_path;
const auto environment = mienskip::test::server_environment;
using mienskip::test::Reply;
using mienskip::test::run_mienskip;
using mienskip::test::ServerProcess;
using nlohmann::json;

namespace {

const std::string slug = "energie";

Reply request(std::uint16_t port, const std::string& method, const std::string& path, const std::string& body = "",
              const std::string& content_type = "application/json") {
  return mienskip::test::request(port, method, path, body, {method == "POST" ? content_type : "", false, {}});
}

std::string form(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    std::string encoded_name, encoded_value;
    Poco::URI::encode(name, "&=+;", encoded_name);
    Poco::URI::encode(value, "&=+;", encoded_value);
    out += (out.empty() ? "" : "&") + encoded_name + "=" + encoded_value;
  }
  return out;
}

Reply post_form(std::uint16_t port, const std::string& path, const std::vector<std::pair<std::string, std::string>>& fields) {
  return request(port, "POST", path, form(fields), "application/x-www-form-urlencoded");
}

// A database with the Súdwest-Fryslân survey imported through the CLI, and codes for it.
struct SurveyDatabase {
  std::string url;
  std::vector<std::string> codes;

  SurveyDatabase(const std::string& name, int code_count) : url(fresh_database(name)) {
    codes = mienskip::test::import_survey_with_codes(url, "sudwest-fryslan-energiestrategie.json", slug, code_count);
  }
};

const std::vector<std::string> scenario_ids = {"gemeente-leidt", "inwoners-zelf", "markt-bepaalt",
                                               "grootschalige-opwek", "opslag", "energieleverancier"};

json valid_body(const std::string& code, const std::string& key) {
  return {{"code", code},
          {"idempotency_key", key},
          {"allocations", {{scenario_ids[0], 50}, {scenario_ids[4], 30}, {scenario_ids[5], 20}}},
          {"motivations", {{scenario_ids[0], "Dan weet je waar je aan toe bent."}}},
          {"demographics", {{"age", "35-44"}, {"gender", "prefer_not_to_say"}}}};
}

std::vector<std::string> field_codes(const Reply& reply) {
  std::vector<std::string> out;
  const json body = reply.json_body();  // kept alive for the loop
  for (const auto& f : body["error"]["fields"]) out.push_back(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
  return out;
}

long long count_responses(const std::string& url) {
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  return tx.exec1("SELECT count(*) FROM responses")[0].as<long long>();
}

// The hidden idempotency key of a rendered form.
std::string form_key(const std::string& html) {
  const std::string marker = "name=\"key\" value=\"";
  const auto at = html.find(marker);
  BOOST_TEST_REQUIRE(at != std::string::npos);
  return html.substr(at + marker.size(), html.find('"', at + marker.size()) - at - marker.size());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_api)

BOOST_AUTO_TEST_CASE(the_survey_definition_in_each_language) {
  SurveyDatabase db("http_survey_definition", 1);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  auto fy = request(port, "GET", "/api/surveys/" + slug + "?lang=fy");
  BOOST_TEST_REQUIRE(fy.status == 200, fy.body);
  BOOST_TEST(fy.json_body()["language"] == "fy");
  BOOST_TEST(fy.json_body()["translation_status"] == "awaiting_review");
  BOOST_TEST(fy.json_body()["access"] == "code");
  BOOST_TEST(fy.json_body()["budget"] == 100);
  BOOST_TEST(fy.json_body()["scenarios"].size() == 6u);
  auto nl = request(port, "GET", "/api/surveys/" + slug);
  BOOST_TEST(nl.json_body()["scenarios"][2]["title"] == "De markt bepaalt");
  BOOST_TEST(request(port, "GET", "/api/surveys/" + slug + "?lang=de").status == 400);
  const auto missing = request(port, "GET", "/api/surveys/bestaat-niet");
  BOOST_TEST(missing.status == 404);
  BOOST_TEST(missing.json_body()["error"]["code"] == "not_found");
}

BOOST_AUTO_TEST_CASE(submissions_are_stored_once_and_every_error_is_specific) {
  SurveyDatabase db("http_survey_submit", 3);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  const std::string path = "/api/surveys/" + slug + "/responses";

  auto first = request(port, "POST", path, valid_body(db.codes[0], "form-key-0001").dump());
  BOOST_TEST_REQUIRE(first.status == 201, first.body);
  const auto id = first.json_body()["response_id"].get<std::string>();
  // The same form again (double click, retry after a timeout): the same response, nothing new.
  auto retry = request(port, "POST", path, valid_body(db.codes[0], "form-key-0001").dump());
  BOOST_TEST(retry.status == 200, retry.body);
  BOOST_TEST(retry.json_body()["response_id"] == id);
  // Another form with the same code: the code is spent.
  auto second = request(port, "POST", path, valid_body(db.codes[0], "form-key-0002").dump());
  BOOST_TEST(second.status == 409);
  BOOST_TEST(second.json_body()["error"]["code"] == "code_used");
  BOOST_TEST(count_responses(db.url) == 1);

  // Wrong totals, fractions, unknown scenarios and fields: 422 naming each field, nothing stored.
  auto body = valid_body(db.codes[1], "form-key-0003");
  body["allocations"][scenario_ids[5]] = 10;
  body["allocations"]["kernenergie"] = 0;
  body["demographics"]["age"] = "120-plus";
  body["extra"] = true;
  auto bad = request(port, "POST", path, body.dump());
  BOOST_TEST(bad.status == 422);
  BOOST_TEST(bad.json_body()["error"]["code"] == "invalid_response");
  BOOST_TEST((field_codes(bad) == std::vector<std::string>{"extra:unknown_field", "allocations.kernenergie:unknown_scenario",
                                                           "allocations:total_not_budget", "demographics.age:unknown_option"}),
             bad.body);
  body = valid_body(db.codes[1], "form-key-0003");
  body["allocations"][scenario_ids[0]] = 49.5;
  BOOST_TEST((field_codes(request(port, "POST", path, body.dump())) ==
              std::vector<std::string>{"allocations." + scenario_ids[0] + ":points_not_whole"}));
  body = valid_body(db.codes[1], "");
  BOOST_TEST((field_codes(request(port, "POST", path, body.dump())) ==
              std::vector<std::string>{"idempotency_key:invalid_idempotency_key"}));
  body = valid_body("not-a-code", "form-key-0004");
  BOOST_TEST((field_codes(request(port, "POST", path, body.dump())) == std::vector<std::string>{"code:invalid_code"}));
  body = valid_body("AAAA-BBBB-CCCC", "form-key-0005");
  BOOST_TEST((field_codes(request(port, "POST", path, body.dump())) == std::vector<std::string>{"code:invalid_code"}));
  BOOST_TEST(count_responses(db.url) == 1);

  // Not JSON, or not declared as JSON.
  BOOST_TEST(request(port, "POST", path, "{\"code\":").status == 400);
  BOOST_TEST(request(port, "POST", path, valid_body(db.codes[1], "form-key-0006").dump(), "text/plain").status == 415);
  BOOST_TEST(request(port, "POST", "/api/surveys/bestaat-niet/responses", valid_body(db.codes[1], "form-key-0007").dump())
                 .status == 404);
  // The code that was refused above still works: refusals change nothing.
  auto later = request(port, "POST", path, valid_body(db.codes[1], "form-key-0008").dump());
  BOOST_TEST(later.status == 201, later.body);
  BOOST_TEST(count_responses(db.url) == 2);
}

BOOST_AUTO_TEST_CASE(guessing_codes_is_rate_limited) {
  SurveyDatabase db("http_survey_ratelimit", 1);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  const std::string path = "/api/surveys/" + slug + "/responses";
  for (int attempt = 0; attempt < 10; ++attempt) {
    auto reply = request(port, "POST", path, valid_body("AAAA-BBBB-CCC" + std::string(1, "ABCDEFGHJK"[attempt]),
                                                        "guess-key-" + std::to_string(attempt)).dump());
    BOOST_TEST(reply.status == 422);
  }
  // Now even the right code is refused for a while, with 429.
  auto blocked = request(port, "POST", path, valid_body(db.codes[0], "guess-key-right").dump());
  BOOST_TEST(blocked.status == 429);
  BOOST_TEST(blocked.json_body()["error"]["code"] == "too_many_requests");
  BOOST_TEST(count_responses(db.url) == 0);
}

// The form's "save" looks the code up as well: with made-up codes it counts toward the same limit as
// the start page and the API, so it cannot be used to find out which codes exist.
BOOST_AUTO_TEST_CASE(saving_with_unknown_codes_counts_toward_the_code_limit) {
  SurveyDatabase db("http_survey_save_limit", 1);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  const std::string base = "/s/" + slug;
  const auto save = [&](const std::string& code, int attempt) {
    return post_form(port, base + "/antwoord",
                     {{"lang", "nl"}, {"code", code}, {"key", "form-key-save-" + std::to_string(attempt)},
                      {"points.opslag", "10"}, {"action", "save"}});
  };
  std::vector<int> statuses;
  for (int attempt = 0; attempt < 11; ++attempt) {
    // Well-formed codes (twelve characters of the alphabet) that were never issued.
    const auto reply = save("AAAA-BBBB-CCC" + std::string(1, "ABCDEFGHJKM"[attempt]), attempt);
    statuses.push_back(reply.status);
    if (attempt == 10) BOOST_TEST(reply.has("Te veel verkeerde codes geprobeerd"), reply.body);
  }
  std::vector<int> expected(10, 422);
  expected.push_back(429);
  BOOST_TEST(statuses == expected, boost::test_tools::per_element());

  // Until the lock ends, even the right code is refused to this client, whichever way it comes in.
  const auto start = post_form(port, base, {{"lang", "nl"}, {"code", db.codes[0]}});
  BOOST_TEST(start.status == 429);
  BOOST_TEST(start.has("Te veel verkeerde codes geprobeerd"));
  BOOST_TEST(save(db.codes[0], 11).status == 429);
  const auto api = request(port, "POST", "/api/surveys/" + slug + "/responses", valid_body(db.codes[0], "form-key-api").dump());
  BOOST_TEST(api.status == 429);
  BOOST_TEST(api.json_body()["error"]["code"] == "too_many_requests");
  pqxx::connection c(db.url);
  pqxx::nontransaction tx(c);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM response_drafts")[0].as<int>() == 0);
  BOOST_TEST(count_responses(db.url) == 0);
}

BOOST_AUTO_TEST_CASE(an_invalid_template_is_refused_with_its_paths) {
  const std::string url = fresh_database("http_survey_template");
  auto document = json::parse(std::ifstream(source_path("survey-templates/sudwest-fryslan-energiestrategie.json")));
  document["scenarios"][3]["title"].erase("fy");
  const std::string path = std::filesystem::temp_directory_path() / "mienskip-broken-template.json";
  std::ofstream(path) << document.dump();
  std::string output;
  BOOST_TEST(run_mienskip({"survey", "import", path, "--slug", "kapot"}, environment(url), output) == 1);
  BOOST_TEST(output.find("scenarios[3].title.fy is missing") != std::string::npos, output);
  BOOST_TEST(output.find("[invalid_template]") != std::string::npos, output);
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM surveys")[0].as<int>() == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(resident_pages_without_javascript)

BOOST_AUTO_TEST_CASE(from_code_to_thank_you_page) {
  SurveyDatabase db("http_survey_pages", 2);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  const std::string base = "/s/" + slug;

  auto start = request(port, "GET", base + "?lang=en");
  BOOST_TEST_REQUIRE(start.status == 200);
  BOOST_TEST(start.has("<html lang=\"en\""));
  BOOST_TEST(start.has("name=\"code\""));
  BOOST_TEST(start.has("/static/utrecht-components.css"));

  auto wrong = post_form(port, base, {{"lang", "nl"}, {"code", "AAAA-BBBB-CCCC"}});
  BOOST_TEST(wrong.status == 422);
  BOOST_TEST(wrong.has("Deze code klopt niet"));
  BOOST_TEST(wrong.has("value=\"AAAA-BBBB-CCCC\""));  // what was typed stays

  // The code as residents type it: lower case, spaces.
  std::string typed = db.codes[0];
  for (char& c : typed) c = static_cast<char>(std::tolower(c));
  typed[4] = ' ';
  auto survey = post_form(port, base, {{"lang", "nl"}, {"code", typed}});
  BOOST_TEST_REQUIRE(survey.status == 200, survey.body);
  BOOST_TEST(survey.has("De markt bepaalt"));
  BOOST_TEST(survey.has("name=\"points.opslag\""));
  const std::string key = form_key(survey.body);

  std::vector<std::pair<std::string, std::string>> answers = {
      {"lang", "nl"}, {"code", typed}, {"key", key}, {"points.gemeente-leidt", "40"}, {"points.opslag", "30"},
      {"points.inwoners-zelf", ""}, {"motivation.opslag", "Zon & wind <samen>"}, {"demo.age", "65-74"}};
  auto review_fields = answers;
  review_fields.push_back({"action", "review"});
  // 70 of 100: shown again with the values and the error next to the total.
  auto short_of = post_form(port, base + "/antwoord", review_fields);
  BOOST_TEST(short_of.status == 422);
  BOOST_TEST(short_of.has("U hebt 70 van de 100 punten verdeeld. Verdeel er nog 30."));
  BOOST_TEST(short_of.has("href=\"#allocations\""));
  BOOST_TEST(short_of.has("Zon &amp; wind &lt;samen&gt;"));  // kept, and escaped
  BOOST_TEST(short_of.has("value=\"40\""));

  // Switching language keeps everything typed.
  auto frisian = post_form(port, base + "/antwoord", [&] {
    auto fields = answers;
    fields.push_back({"switch_lang", "fy"});
    return fields;
  }());
  BOOST_TEST(frisian.status == 200);
  BOOST_TEST(frisian.has("<html lang=\"fy\""));
  BOOST_TEST(frisian.has("value=\"40\""));

  answers[4].second = "60";  // opslag 60: total 100
  review_fields = answers;
  review_fields.push_back({"action", "review"});
  auto review = post_form(port, base + "/antwoord", review_fields);
  BOOST_TEST_REQUIRE(review.status == 200, review.body);
  BOOST_TEST(review.has("Controleer uw antwoorden"));
  BOOST_TEST(count_responses(db.url) == 0);

  auto submit_fields = answers;
  submit_fields.push_back({"action", "submit"});
  auto sent = post_form(port, base + "/antwoord", submit_fields);
  BOOST_TEST_REQUIRE(sent.status == 303, sent.body);
  BOOST_TEST(sent.headers.get("Location") == base + "/bedankt?lang=nl");
  BOOST_TEST(count_responses(db.url) == 1);
  // A double click sends the same form again: still one response, same thank-you page.
  auto again = post_form(port, base + "/antwoord", submit_fields);
  BOOST_TEST(again.status == 303);
  BOOST_TEST(count_responses(db.url) == 1);
  auto thanks = request(port, "GET", base + "/bedankt?lang=nl");
  BOOST_TEST(thanks.status == 200);
  BOOST_TEST(thanks.has("Bedankt!"));
  // The code now only gets a friendly "already answered".
  auto used = post_form(port, base, {{"lang", "nl"}, {"code", db.codes[0]}});
  BOOST_TEST(used.status == 409);
  BOOST_TEST(used.has("al ingevuld"));

  pqxx::connection c(db.url);
  pqxx::nontransaction tx(c);
  const auto stored = json::parse(tx.exec1("SELECT answers FROM responses")[0].as<std::string>());
  BOOST_TEST(stored["allocations"]["opslag"] == 60);
  BOOST_TEST(stored["allocations"]["inwoners-zelf"] == 0);
  BOOST_TEST(stored["motivations"]["opslag"] == "Zon & wind <samen>");
  BOOST_TEST(stored["demographics"]["age"] == "65-74");
}

BOOST_AUTO_TEST_CASE(an_open_survey_needs_no_code_and_marks_its_answers) {
  const std::string url = fresh_database("http_survey_open");
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"survey", "import", source_path("survey-templates/buurtbudget.json"), "--slug", "buurt",
                                   "--open"},
                                  environment(url), output) == 0,
                     output);
  ServerProcess server({"serve", "--port", "0"}, environment(url));
  const auto port = server.port();
  auto start = request(port, "GET", "/s/buurt?lang=en");
  BOOST_TEST(start.has("href=\"/s/buurt/vragenlijst?lang=en\""));
  BOOST_TEST(!start.has("name=\"code\""));
  auto posted = post_form(port, "/s/buurt", {{"lang", "en"}});
  BOOST_TEST(posted.status == 303);
  BOOST_TEST(posted.headers.get("Location") == "/s/buurt/vragenlijst?lang=en");
  auto page = request(port, "GET", "/s/buurt/vragenlijst?lang=en");
  BOOST_TEST_REQUIRE(page.status == 200);
  BOOST_TEST(!page.has("value=\"save\""));  // no drafts without a code
  const auto survey = request(port, "GET", "/api/surveys/buurt").json_body();
  const std::string first = survey["scenarios"][0]["id"];
  auto sent = post_form(port, "/s/buurt/antwoord",
                        {{"lang", "en"}, {"key", form_key(page.body)}, {"points." + first, "100"}, {"action", "submit"}});
  BOOST_TEST(sent.status == 303);
  BOOST_TEST(sent.headers.get("Location") == "/s/buurt/bedankt?lang=en");
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  BOOST_TEST(tx.exec1("SELECT count(*) FROM responses WHERE NOT eligibility_checked")[0].as<int>() == 1);
}

BOOST_AUTO_TEST_CASE(a_draft_continues_on_another_device) {
  SurveyDatabase db("http_survey_drafts", 1);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  const std::string base = "/s/" + slug;
  auto first_device = post_form(port, base, {{"lang", "nl"}, {"code", db.codes[0]}});
  auto saved = post_form(port, base + "/antwoord",
                         {{"lang", "nl"}, {"code", db.codes[0]}, {"key", form_key(first_device.body)},
                          {"points.markt-bepaalt", "25"}, {"motivation.markt-bepaalt", "Concurrentie houdt prijzen laag"},
                          {"action", "save"}});
  BOOST_TEST(saved.status == 200);
  BOOST_TEST(saved.has("Opgeslagen."));
  auto other_device = post_form(port, base, {{"lang", "en"}, {"code", db.codes[0]}});
  BOOST_TEST(other_device.status == 200);
  BOOST_TEST(other_device.has("value=\"25\""));
  BOOST_TEST(other_device.has("Concurrentie houdt prijzen laag"));
  BOOST_TEST(count_responses(db.url) == 0);
}

BOOST_AUTO_TEST_CASE(tampered_forms_are_refused) {
  SurveyDatabase db("http_survey_tampered", 1);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  const std::string base = "/s/" + slug;
  auto page = post_form(port, base, {{"lang", "nl"}, {"code", db.codes[0]}});
  const std::string key = form_key(page.body);
  auto extra = post_form(port, base + "/antwoord",
                         {{"lang", "nl"}, {"code", db.codes[0]}, {"key", key}, {"points.opslag", "100"},
                          {"points.kernenergie", "0"}, {"is_admin", "1"}, {"action", "submit"}});
  BOOST_TEST(extra.status == 422);
  BOOST_TEST(extra.has("Dit scenario bestaat niet"));
  BOOST_TEST(extra.has("Dit veld hoort niet bij deze vragenlijst"));
  auto other_code = post_form(port, base + "/antwoord",
                              {{"lang", "nl"}, {"code", "AAAA-BBBB-CCCC"}, {"key", key}, {"points.opslag", "100"},
                               {"action", "submit"}});
  BOOST_TEST(other_code.status == 422);
  BOOST_TEST(request(port, "POST", base + "/antwoord", "{}", "application/json").status == 415);
  BOOST_TEST(count_responses(db.url) == 0);
}

BOOST_AUTO_TEST_CASE(stylesheets_are_served) {
  SurveyDatabase db("http_survey_static", 1);
  ServerProcess server({"serve", "--port", "0"}, environment(db.url));
  const auto port = server.port();
  auto css = request(port, "GET", "/static/mienskip.css");
  BOOST_TEST(css.status == 200);
  BOOST_TEST(css.headers.getContentType() == "text/css; charset=utf-8");
  BOOST_TEST(css.has("--utrecht-button-primary-action-background-color"));
  auto components = request(port, "GET", "/static/utrecht-components.css");
  BOOST_TEST(components.status == 200, "run deploy/install-deps.sh to install server/static's npm packages");
  BOOST_TEST(components.has(".utrecht-button"));
  BOOST_TEST(request(port, "GET", "/static/../CMakeLists.txt").status == 404);
}

BOOST_AUTO_TEST_SUITE_END()
