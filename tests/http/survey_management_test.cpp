// Issue 7, setting a survey up and taking its answers out through the staff API, against a real
// `mienskip serve`: templates, creating, editing (and the freeze once answered), the preview, codes
// and the export downloads, which must be byte for byte what `mienskip survey export` writes.
#include <Poco/URI.h>

#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <thread>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/pqxx>
#include <regex>
#include <set>

#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"
#include "support/http_client.hpp"
#include "support/reference_data.hpp"
#include "support/resident_answers.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string secret = server_environment("")["MIENSKIP_SECRET"];
const std::string energy_template = "sudwest-fryslan-energiestrategie";

json template_json(const std::string& name) { return json::parse(read_survey_template(name + ".json")); }

// A staff request with a JSON body, or none.
Reply call(std::uint16_t port, const std::optional<Login>& who, const std::string& method, const std::string& path,
           const std::optional<json>& body = std::nullopt) {
  return staff_request(port, who, method, path, body ? body->dump() : "");
}

std::string error_message(const Reply& reply) { return reply.json_body()["error"]["message"].get<std::string>(); }

Reply create(std::uint16_t port, const Login& admin, const std::string& slug, bool requires_code = true,
             const std::string& template_name = energy_template) {
  return call(port, admin, "POST", "/api/admin/surveys",
              json{{"template", template_name}, {"slug", slug}, {"requires_code", requires_code}});
}

void open_survey(std::uint16_t port, const Login& admin, const std::string& slug) {
  const auto opened = call(port, admin, "POST", "/api/admin/surveys/" + slug + "/open", json::object());
  BOOST_TEST_REQUIRE(opened.status == 200, opened.body);
}

std::vector<std::string> codes_in(const std::string& csv) {
  std::vector<std::string> codes;
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);
  BOOST_TEST_REQUIRE(line == "code");
  while (std::getline(lines, line)) codes.push_back(line);
  return codes;
}

ResponseDraft answer(std::map<std::string, std::string> allocations, std::map<std::string, std::string> motivations = {},
                     std::map<std::string, std::string> demographics = {}) {
  ResponseDraft draft;
  draft.allocations = std::move(allocations);
  draft.motivations = std::move(motivations);
  draft.demographics = std::move(demographics);
  return draft;
}

store::StoredSurvey stored_survey(const std::string& url, const std::string& slug) {
  pqxx::connection connection(url);
  auto stored = store::find_survey(connection, slug);
  BOOST_TEST_REQUIRE(stored.has_value());
  return *stored;
}

std::string form_body(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    std::string encoded;
    Poco::URI::encode(value, "&=+;", encoded);
    out += (out.empty() ? "" : "&") + name + "=" + encoded;
  }
  return out;
}

// The parts of a form page that differ on every view (the form's idempotency key) or between a
// resident with a code and a preview (the hidden code field), made equal.
std::string without_per_view_parts(std::string page) {
  page = std::regex_replace(page, std::regex(R"(name="key" value="form-[0-9a-f]+")"), R"(name="key" value="KEY")");
  return std::regex_replace(page, std::regex(R"(<input type="hidden" name="code" value="[^"]*">)"), "");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_management_api)

BOOST_AUTO_TEST_CASE(templates_are_listed_and_a_survey_is_created_from_one) {
  StaffDatabase db("http_manage_create");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);

  const auto listed = call(port, admin, "GET", "/api/admin/survey-templates");
  BOOST_TEST_REQUIRE(listed.status == 200, listed.body);
  const auto templates = listed.json_body()["templates"];
  BOOST_TEST_REQUIRE(templates.size() == 2u, templates.dump());  // schema.json is not a template
  BOOST_TEST(templates[0]["name"] == "buurtbudget");
  BOOST_TEST(templates[1] == (json{{"name", energy_template},
                                   {"title", template_json(energy_template)["title"]},
                                   {"scenarios", 6}}));
  BOOST_TEST(templates[1]["title"]["fy"] == "Enerzjystrategy Súdwest-Fryslân: wat fine jo wichtich?");

  const auto created = create(port, admin, "energie-2027");
  BOOST_TEST_REQUIRE(created.status == 201, created.body);
  const json expected = {{"slug", "energie-2027"},     {"status", "draft"}, {"access", "code"},
                         {"responses", 0},            {"codes", 0},        {"frozen", false},
                         {"definition", template_json(energy_template)}, {"may", {"read", "manage"}}};
  BOOST_TEST(created.json_body() == expected, created.body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.created' AND actor = '" + admin_email +
                      "' AND subject = 'survey:energie-2027' AND details->>'status' = 'draft'") == 1);
  // The detail is the same for an analyst but for what it may do there, and the list shows the draft.
  const auto detail = call(port, analyst, "GET", "/api/admin/surveys/energie-2027");
  BOOST_TEST_REQUIRE(detail.status == 200, detail.body);
  auto as_analyst = expected;
  as_analyst["may"] = {"read"};
  BOOST_TEST(detail.json_body() == as_analyst);
  BOOST_TEST(call(port, analyst, "GET", "/api/admin/surveys").json_body()["surveys"][0]["status"] == "draft");
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/bestaat-niet").status == 404);

  // A draft is not there for residents, until staff open it.
  BOOST_TEST(call(port, std::nullopt, "GET", "/api/surveys/energie-2027").status == 404);
  BOOST_TEST(call(port, std::nullopt, "GET", "/s/energie-2027").status == 404);
  open_survey(port, admin, "energie-2027");
  BOOST_TEST(call(port, std::nullopt, "GET", "/api/surveys/energie-2027").json_body()["status"] == "open");
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/energie-2027").json_body()["status"] == "open");

  // Refusals store nothing.
  const auto taken = create(port, admin, "energie-2027", false, "buurtbudget");
  BOOST_TEST(taken.status == 409, taken.body);
  BOOST_TEST(error_code(taken) == "slug_taken");
  BOOST_TEST(error_message(taken).find("'energie-2027'") != std::string::npos, taken.body);
  for (const std::string bad : {"Energie 2027", "e", "-energie", "energie/2027", "../admin"}) {
    const auto refused = create(port, admin, bad);
    BOOST_TEST(refused.status == 422, bad << ": " << refused.body);
    BOOST_TEST(error_code(refused) == "invalid_slug", bad);
  }
  for (const std::string unknown : {"bestaat-niet", "../survey-templates/buurtbudget", "schema", "Buurtbudget"}) {
    const auto refused = create(port, admin, "nieuw", true, unknown);
    BOOST_TEST(refused.status == 404, unknown << ": " << refused.body);
    BOOST_TEST(error_code(refused) == "unknown_template", unknown);
  }
  BOOST_TEST(call(port, admin, "POST", "/api/admin/surveys", json{{"slug", "nieuw"}}).status == 400);
  BOOST_TEST(call(port, admin, "POST", "/api/admin/surveys", json{{"template", "buurtbudget"}, {"slug", "nieuw"},
                                                                    {"open", true}}).status == 400);
  BOOST_TEST(call(port, admin, "POST", "/api/admin/surveys",
                  json{{"template", "buurtbudget"}, {"slug", "nieuw"}, {"requires_code", "ja"}}).status == 400);
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/surveys", "template=buurtbudget", "text/plain").status == 415);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM surveys") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.created'") == 1);

  // An open survey (no codes) from the other template.
  const auto open = create(port, admin, "buurtbudget-2027", false, "buurtbudget");
  BOOST_TEST_REQUIRE(open.status == 201, open.body);
  BOOST_TEST(open.json_body()["access"] == "open");
  BOOST_TEST(open.json_body()["definition"] == template_json("buurtbudget"));
}

BOOST_AUTO_TEST_CASE(the_templates_directory_is_a_setting_and_broken_templates_are_left_out) {
  StaffDatabase db("http_manage_templates_dir");
  const auto dir = scratch_directory("templates-dir");
  std::ofstream(dir / "eigen-enquete.json") << read_survey_template("buurtbudget.json");
  auto broken = template_json("buurtbudget");
  broken["scenarios"][1]["title"].erase("fy");
  std::ofstream(dir / "kapot.json") << broken.dump();
  std::ofstream(dir / "schema.json") << read_survey_template("schema.json");
  std::ofstream(dir / "notities.txt") << "geen sjabloon";
  auto settings = server_environment(db.url);
  settings["MIENSKIP_TEMPLATES_DIR"] = dir.string();
  ServerProcess server({"serve", "--port", "0"}, settings);
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const auto listed = call(port, admin, "GET", "/api/admin/survey-templates");
  BOOST_TEST_REQUIRE(listed.status == 200, listed.body);
  BOOST_TEST(listed.json_body()["templates"].size() == 1u, listed.body);
  BOOST_TEST(listed.json_body()["templates"][0]["name"] == "eigen-enquete");
  const std::string log = server.output_with("scenarios[1].title.fy");
  BOOST_TEST(log.find("kapot.json is not offered") != std::string::npos, log);
  BOOST_TEST(log.find("scenarios[1].title.fy") != std::string::npos, log);
  // The default directory is not read once another is set.
  BOOST_TEST(error_code(create(port, admin, "energie", true, energy_template)) == "unknown_template");
  const auto broken_one = create(port, admin, "kapot", true, "kapot");
  BOOST_TEST(broken_one.status == 422, broken_one.body);
  BOOST_TEST(error_code(broken_one) == "invalid_template");
  BOOST_TEST(create(port, admin, "eigen", true, "eigen-enquete").status == 201);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(definitions_are_edited_previewed_and_frozen_once_answered) {
  StaffDatabase db("http_manage_definition");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  BOOST_TEST_REQUIRE(create(port, admin, "energie").status == 201);
  const std::string url = "/api/admin/surveys/energie/definition";
  const std::string history = "SELECT count(*) FROM survey_definition_history";
  const std::string changes = "SELECT count(*) FROM audit_log WHERE action LIKE 'survey.definition%'";

  // A corrected Frisian title round-trips and the version it replaced is kept.
  json edited = call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["definition"];
  const std::string old_title = edited["title"]["fy"];
  edited["title"]["fy"] = "Enerzjy yn Súdwest-Fryslân: wat fine jo it wichtichst?";
  const auto saved = call(port, admin, "PUT", url, edited);
  BOOST_TEST_REQUIRE(saved.status == 200, saved.body);
  BOOST_TEST(saved.json_body()["definition"] == edited);
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["definition"] == edited);
  BOOST_TEST(query_number(db.url, history) == 1);
  BOOST_TEST(query_text(db.url, "SELECT definition #>> '{title,fy}' FROM survey_definition_history") == old_title);
  // Audited once, by the database trigger, under the staff member's name.
  BOOST_TEST(query_number(db.url, changes) == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.definition_changed' AND actor = '" +
                      admin_email + "' AND subject = 'survey:energie'") == 1);
  // The same definition again changes and records nothing.
  BOOST_TEST(call(port, admin, "PUT", url, edited).status == 200);
  BOOST_TEST(query_number(db.url, history) == 1);
  BOOST_TEST(query_number(db.url, changes) == 1);

  // An invalid definition: 422 naming the field, nothing changed.
  json invalid = edited;
  invalid["scenarios"][2]["title"].erase("fy");
  const auto refused = call(port, admin, "PUT", url, invalid);
  BOOST_TEST(refused.status == 422, refused.body);
  BOOST_TEST(error_code(refused) == "invalid_template");
  BOOST_TEST(error_message(refused).find("scenarios[2].title.fy") != std::string::npos, refused.body);
  invalid = edited;
  invalid["budget"] = "honderd";
  BOOST_TEST(error_message(call(port, admin, "PUT", url, invalid)).find("budget") != std::string::npos);
  BOOST_TEST(staff_request(port, admin, "PUT", url, "{\"title\": ").status == 400);
  BOOST_TEST(staff_request(port, admin, "PUT", url, edited.dump(), "text/plain").status == 415);
  BOOST_TEST(call(port, admin, "PUT", "/api/admin/surveys/bestaat-niet/definition", edited).status == 404);
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["definition"] == edited);
  BOOST_TEST(query_number(db.url, history) == 1);

  // The preview shows an unsaved definition in the asked language, and stores nothing.
  json draft = edited;
  draft["title"]["fy"] = "Foarbyld <titel> & mear";
  draft["title"]["en"] = "Preview title in English";
  const auto preview = call(port, admin, "POST", "/api/admin/surveys/energie/preview?language=fy", draft);
  BOOST_TEST_REQUIRE(preview.status == 200, preview.body);
  BOOST_TEST(preview.headers.getContentType() == "text/html; charset=utf-8");
  BOOST_TEST(preview.has("<h1 class=\"utrecht-heading-1\">Foarbyld &lt;titel&gt; &amp; mear</h1>"), preview.body);
  BOOST_TEST(preview.has("<html lang=\"fy\""));
  BOOST_TEST(!preview.has("Preview title in English"));
  BOOST_TEST(preview.has("<strong>Voorbeeld</strong>"));
  BOOST_TEST(preview.has(template_json(energy_template)["scenarios"][0]["title"]["fy"].get<std::string>()));
  // Nothing on it can send: no form address, disabled submit buttons, and the browser told so too.
  BOOST_TEST(!preview.has("action="), preview.body);
  BOOST_TEST(!preview.has("method=\"post\""));
  BOOST_TEST(preview.has("<form id=\"survey\" data-preview"));
  BOOST_TEST(preview.has("value=\"review\" disabled>"));
  BOOST_TEST(preview.has("value=\"save\" disabled>"));  // a survey with codes offers saving
  BOOST_TEST(std::regex_search(preview.body, std::regex(R"(type="submit"[^>]*>)")));
  const std::regex enabled_submit(R"(<button(?![^>]*disabled)[^>]*type="submit"[^>]*>)");
  BOOST_TEST(!std::regex_search(preview.body, enabled_submit), preview.body);
  BOOST_TEST(preview.headers.get("Content-Security-Policy") == "form-action 'none'");
  const auto english = call(port, admin, "POST", "/api/admin/surveys/energie/preview?language=en", draft);
  BOOST_TEST(english.has("<h1 class=\"utrecht-heading-1\">Preview title in English</h1>"));
  const auto start = call(port, admin, "POST", "/api/admin/surveys/energie/preview?language=nl&page=start", draft);
  BOOST_TEST_REQUIRE(start.status == 200, start.body);
  BOOST_TEST(start.has("Uw code"));
  BOOST_TEST(!start.has("action="), start.body);
  BOOST_TEST(!start.has("href=\"/s/"), start.body);
  const auto thanks = call(port, admin, "POST", "/api/admin/surveys/energie/preview?page=thanks", draft);
  BOOST_TEST(thanks.has("Bedankt!"));
  BOOST_TEST(call(port, admin, "POST", "/api/admin/surveys/energie/preview?language=de", draft).status == 400);
  BOOST_TEST(call(port, admin, "POST", "/api/admin/surveys/energie/preview?page=bedankt", draft).status == 400);
  invalid = draft;
  invalid["scenarios"][0].erase("title");
  const auto bad_preview = call(port, admin, "POST", "/api/admin/surveys/energie/preview", invalid);
  BOOST_TEST(bad_preview.status == 422);
  BOOST_TEST(error_message(bad_preview).find("scenarios[0]") != std::string::npos, bad_preview.body);
  BOOST_TEST(call(port, admin, "POST", "/api/admin/surveys/bestaat-niet/preview", draft).status == 404);
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["definition"] == edited);

  // Once a resident has answered, scenarios and budget are frozen; texts may still be corrected.
  open_survey(port, admin, "energie");
  const auto codes = codes_in(call(port, admin, "POST", "/api/admin/surveys/energie/codes", json{{"count", 1}}).body);
  {
    pqxx::connection connection(db.url);
    submit_with_code(connection, stored_survey(db.url, "energie"), secret, codes.at(0), "freeze-1", Language::fy,
                     answer({{"gemeente-leidt", "60"}, {"opslag", "40"}}));
  }
  const auto answered = call(port, admin, "GET", "/api/admin/surveys/energie").json_body();
  BOOST_TEST(answered["frozen"] == true);
  BOOST_TEST(answered["responses"] == 1);
  const auto before = query_number(db.url, history);
  const auto audited = query_number(db.url, "SELECT count(*) FROM audit_log");
  json fewer = edited;
  fewer["scenarios"].erase(5);
  const auto frozen = call(port, admin, "PUT", url, fewer);
  BOOST_TEST(frozen.status == 409, frozen.body);
  BOOST_TEST(error_code(frozen) == "survey_frozen");
  BOOST_TEST(error_message(frozen).find("already has responses") != std::string::npos, frozen.body);
  BOOST_TEST(error_message(frozen).find("removes 'energieleverancier'") != std::string::npos, frozen.body);
  json bigger = edited;
  bigger["budget"] = 120;
  const auto frozen_budget = call(port, admin, "PUT", url, bigger);
  BOOST_TEST(frozen_budget.status == 409);
  BOOST_TEST(error_message(frozen_budget).find("the budget (from 100 to 120 points)") != std::string::npos,
             frozen_budget.body);
  json reordered = edited;
  std::swap(reordered["scenarios"][0], reordered["scenarios"][1]);
  BOOST_TEST(error_code(call(port, admin, "PUT", url, reordered)) == "survey_frozen");
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["definition"] == edited);
  BOOST_TEST(query_number(db.url, history) == before);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log") == audited);
  json corrected = edited;
  corrected["scenarios"][0]["title"]["nl"] = "De gemeente neemt de leiding";
  const auto text_fix = call(port, admin, "PUT", url, corrected);
  BOOST_TEST(text_fix.status == 200, text_fix.body);
  BOOST_TEST(query_number(db.url, history) == before + 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.definition_changed' "
                      "AND details->>'answered' = 'true'") == 1);
  // Residents see the correction at once.
  BOOST_TEST(call(port, std::nullopt, "GET", "/api/surveys/energie").json_body()["scenarios"][0]["title"] ==
             "De gemeente neemt de leiding");
}

BOOST_AUTO_TEST_CASE(the_preview_is_the_resident_page) {
  StaffDatabase db("http_manage_preview");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  BOOST_TEST_REQUIRE(create(port, admin, "energie").status == 201);
  open_survey(port, admin, "energie");
  const auto codes = codes_in(call(port, admin, "POST", "/api/admin/surveys/energie/codes", json{{"count", 1}}).body);
  const json definition = call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["definition"];
  for (const std::string language : {"nl", "fy", "en"}) {
    // A resident enters the code and gets the form.
    const auto real = staff_request(port, std::nullopt, "POST", "/s/energie", form_body({{"lang", language}, {"code", codes[0]}}),
                           "application/x-www-form-urlencoded");
    BOOST_TEST_REQUIRE(real.status == 200, real.body);
    const auto preview =
        call(port, admin, "POST", "/api/admin/surveys/energie/preview?language=" + language, definition);
    BOOST_TEST_REQUIRE(preview.status == 200, preview.body);
    // The preview is that page, with the banner and with everything that sends switched off.
    std::string shown = preview.body;
    const auto banner = shown.find("<div class=\"utrecht-alert utrecht-alert--warning mienskip-preview-banner\"");
    BOOST_TEST_REQUIRE(banner != std::string::npos);
    shown.erase(banner, shown.find("</div>\n", banner) + 7 - banner);
    shown = std::regex_replace(shown, std::regex(" disabled>"), ">");
    shown = std::regex_replace(shown, std::regex("<form id=\"survey\" data-preview"),
                               "<form id=\"survey\" method=\"post\" action=\"/s/energie/antwoord\"");
    BOOST_TEST(without_per_view_parts(shown) == without_per_view_parts(real.body), language);
  }
  // The start and thank-you pages too.
  const auto start = call(port, admin, "POST", "/api/admin/surveys/energie/preview?language=fy&page=start", definition);
  const auto real_start = call(port, std::nullopt, "GET", "/s/energie?lang=fy");
  BOOST_TEST(start.has(template_json(energy_template)["introduction"]["fy"].get<std::string>().substr(0, 40)));
  BOOST_TEST(real_start.has(template_json(energy_template)["introduction"]["fy"].get<std::string>().substr(0, 40)));
  const auto thanks = call(port, admin, "POST", "/api/admin/surveys/energie/preview?language=en&page=thanks", definition);
  const auto real_thanks = call(port, std::nullopt, "GET", "/s/energie/bedankt?lang=en");
  std::string shown_thanks = thanks.body;
  const auto banner = shown_thanks.find("<div class=\"utrecht-alert utrecht-alert--warning mienskip-preview-banner\"");
  BOOST_TEST_REQUIRE(banner != std::string::npos);
  shown_thanks.erase(banner, shown_thanks.find("</div>\n", banner) + 7 - banner);
  shown_thanks = std::regex_replace(shown_thanks, std::regex(R"( aria-disabled="true")"), "");
  const std::string real_thanks_inert =
      std::regex_replace(real_thanks.body, std::regex(R"( href="/s/energie\?lang=[a-z]+")"), "");
  BOOST_TEST(shown_thanks == real_thanks_inert);
}

BOOST_AUTO_TEST_CASE(codes_are_made_stored_as_hashes_and_work_for_residents) {
  StaffDatabase db("http_manage_codes");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  BOOST_TEST_REQUIRE(create(port, admin, "energie").status == 201);
  const std::string url = "/api/admin/surveys/energie/codes";

  const auto made = call(port, admin, "POST", url, json{{"count", 25}});
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  BOOST_TEST(made.headers.getContentType() == "text/csv; charset=utf-8");
  BOOST_TEST(made.headers.get("Content-Disposition") == "attachment; filename=\"energie-codes.csv\"");
  const auto codes = codes_in(made.body);
  BOOST_TEST_REQUIRE(codes.size() == 25u);
  BOOST_TEST(std::set<std::string>(codes.begin(), codes.end()).size() == 25u);
  for (const auto& code : codes) BOOST_TEST(std::regex_match(code, std::regex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_codes") == 25);
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["codes"] == 25);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.codes_generated' AND actor = '" +
                      admin_email + "' AND subject = 'survey:energie' AND details = '{\"count\": 25}'::jsonb") == 1);

  // They work for residents, once the survey is open: the hashes are the server's.
  open_survey(port, admin, "energie");
  pqxx::connection connection(db.url);
  const auto stored = stored_survey(db.url, "energie");
  submit_with_code(connection, stored, secret, codes[0], "codes-key-1", Language::nl,
                   answer({{"markt-bepaalt", "100"}}));
  const auto through_api = call(port, std::nullopt, "POST", "/api/surveys/energie/responses",
                                json{{"code", codes[1]}, {"idempotency_key", "codes-2-key"},
                                     {"allocations", {{"opslag", 100}}}});
  BOOST_TEST(through_api.status == 201, through_api.body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM responses WHERE eligibility_checked") == 2);
  BOOST_TEST(error_code(call(port, std::nullopt, "POST", "/api/surveys/energie/responses",
                             json{{"code", codes[1]}, {"idempotency_key", "codes-3-key"},
                                  {"allocations", {{"opslag", 100}}}})) == "code_used");

  // Bad counts: 422, nothing made.
  for (const json& count : {json(0), json(100001), json("5"), json(2.5), json(-1), json(nullptr)}) {
    const auto refused = call(port, admin, "POST", url, json{{"count", count}});
    BOOST_TEST(refused.status == 422, count.dump() << ": " << refused.body);
    BOOST_TEST(error_code(refused) == "invalid_count");
  }
  BOOST_TEST(error_code(call(port, admin, "POST", url, json::object())) == "invalid_count");
  BOOST_TEST(call(port, admin, "POST", url, json{{"count", 5}, {"print", true}}).status == 400);
  BOOST_TEST(call(port, admin, "POST", "/api/admin/surveys/bestaat-niet/codes", json{{"count", 5}}).status == 404);
  BOOST_TEST_REQUIRE(create(port, admin, "open-enquete", false).status == 201);
  const auto no_codes = call(port, admin, "POST", "/api/admin/surveys/open-enquete/codes", json{{"count", 5}});
  BOOST_TEST(no_codes.status == 409);
  BOOST_TEST(error_code(no_codes) == "codes_not_used");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_codes") == 25);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.codes_generated'") == 1);

  // The largest batch at once.
  const auto many = call(port, admin, "POST", url, json{{"count", 100000}});
  BOOST_TEST_REQUIRE(many.status == 201);
  BOOST_TEST(codes_in(many.body).size() == 100000u);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_codes") == 100025);

  // Issue 18: a resident asks the municipality to delete their answers and gives the code from their
  // letter, typed as residents type it; or staff find the response's number in the export.
  const std::string deletion = "/api/admin/surveys/energie/responses/delete";
  std::string typed = codes[1];
  std::transform(typed.begin(), typed.end(), typed.begin(), [](char c) { return c == '-' ? ' ' : std::tolower(c); });
  const auto deleted = call(port, admin, "POST", deletion, json{{"code", typed}});
  BOOST_TEST_REQUIRE(deleted.status == 200, deleted.body);
  BOOST_TEST(deleted.json_body()["deleted"] == json::parse(R"({"responses": 1, "drafts": 0, "codes": 1})"));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM responses WHERE eligibility_checked") == 1);
  BOOST_TEST(call(port, admin, "GET", "/api/admin/surveys/energie").json_body()["responses"] == 1);
  // The code is gone with the answers: it cannot answer again.
  const auto reused = call(port, std::nullopt, "POST", "/api/surveys/energie/responses",
                           json{{"code", codes[1]}, {"idempotency_key", "codes-4-key"}, {"allocations", {{"opslag", 100}}}});
  BOOST_TEST(reused.json_body()["error"]["fields"][0]["code"] == "invalid_code", reused.body);
  const auto again = call(port, admin, "POST", deletion, json{{"code", codes[1]}});
  BOOST_TEST(again.status == 404);
  BOOST_TEST(error_code(again) == "not_found");
  const auto number = query_text(db.url, "SELECT public_id FROM responses");
  const auto by_number = call(port, admin, "POST", deletion, json{{"response_id", number}});
  BOOST_TEST_REQUIRE(by_number.status == 200, by_number.body);
  BOOST_TEST(by_number.json_body()["deleted"] == json::parse(R"({"responses": 1, "drafts": 0, "codes": 1})"));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM responses") == 0);
  for (const json& body : {json::object(), json{{"code", codes[2]}, {"response_id", "r-1"}}, json{{"code", "12"}},
                           json{{"code", 12}}, json{{"who", codes[2]}}}) {
    BOOST_TEST(error_code(call(port, admin, "POST", deletion, body)) == "invalid_option", body.dump());
  }
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_codes") == 100023);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.response_deleted' AND "
                                  "details = '{\"codes\": 1, \"drafts\": 0, \"found_by\": \"code\", \"responses\": 1}'::jsonb") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.response_deleted' AND "
                                  "details ->> 'found_by' = 'response_id'") == 1);

  // No code is in the audit log or the server's log, in any form.
  // A last request marks the end of the log this case wrote.
  BOOST_TEST(request(port, "GET", "/healthz").status == 200);
  const std::string log = server.output_with("GET /healthz 200");
  for (const auto& code : codes) {
    std::string plain = code;
    plain.erase(std::remove(plain.begin(), plain.end(), '-'), plain.end());
    BOOST_TEST(log.find(code) == std::string::npos);
    BOOST_TEST(log.find(plain) == std::string::npos);
    BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE details::text LIKE '%" + plain.substr(0, 8) +
                        "%' OR details::text LIKE '%" + code.substr(0, 9) + "%'") == 0);
  }
}

BOOST_AUTO_TEST_CASE(exports_are_what_the_export_command_writes) {
  StaffDatabase db("http_manage_export");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  BOOST_TEST_REQUIRE(create(port, admin, "energie").status == 201);
  open_survey(port, admin, "energie");
  const auto codes = codes_in(call(port, admin, "POST", "/api/admin/surveys/energie/codes", json{{"count", 3}}).body);
  {
    pqxx::connection connection(db.url);
    const auto stored = stored_survey(db.url, "energie");
    submit_with_code(connection, stored, secret, codes[0], "export-1", Language::fy,
                     answer({{"gemeente-leidt", "50"}, {"opslag", "50"}},
                            {{"opslag", "=SUM(A1) wurdt gjin formule; \"sitaat\", mei komma"}},
                            {{"age", "35-44"}, {"area", "snits"}}));
    submit_with_code(connection, stored, secret, codes[1], "export-2", Language::nl,
                     answer({{"markt-bepaalt", "100"}}, {}, {{"gender", "prefer_not_to_say"}}));
  }
  const auto dir = scratch_directory("http-manage-export");
  std::string output;
  for (const bool excel : {false, true}) {
    const auto sub = dir / (excel ? "excel" : "standard");
    fs::create_directories(sub);
    std::vector<std::string> args = {"survey",     "export",     "--survey",      "energie",
                                     "--out",      (sub / "responses.csv").string(),
                                     "--codebook", (sub / "codebook.json").string(),
                                     "--codebook-csv", (sub / "codebook.csv").string(),
                                     "--r-script", (sub / "read_export.R").string()};
    if (excel) args.push_back("--excel");
    BOOST_TEST_REQUIRE(run_mienskip(args, server_environment(db.url), output) == 0, output);
  }
  const std::string base = "/api/admin/surveys/energie/export/";
  struct Expected {
    std::string route, file, content_type, download_name;
  };
  const std::vector<Expected> downloads = {
      {"responses.csv", "standard/responses.csv", "text/csv; charset=utf-8", "energie-responses.csv"},
      {"responses.csv?excel=1", "excel/responses.csv", "text/csv; charset=utf-8", "energie-excel-responses.csv"},
      {"codebook.json", "standard/codebook.json", "application/json; charset=utf-8", "energie-codebook.json"},
      {"codebook.csv", "standard/codebook.csv", "text/csv; charset=utf-8", "energie-codebook.csv"},
      {"codebook.csv?excel=1", "excel/codebook.csv", "text/csv; charset=utf-8", "energie-excel-codebook.csv"},
      {"read_export.R", "standard/read_export.R", "text/plain; charset=utf-8", "read_export.R"},
  };
  for (const auto& download : downloads) {
    const auto reply = call(port, analyst, "GET", base + download.route);
    BOOST_TEST_REQUIRE(reply.status == 200, download.route << ": " << reply.body);
    const std::string expected = read_text(dir / download.file);
    BOOST_TEST_REQUIRE(!expected.empty());
    BOOST_TEST(reply.body == expected, download.route);
    BOOST_TEST(reply.headers.getContentType() == download.content_type, download.route);
    BOOST_TEST(reply.headers.get("Content-Disposition") ==
                   "attachment; filename=\"" + download.download_name + "\"",
               download.route);
  }
  const auto standard = call(port, admin, "GET", base + "responses.csv").body;
  BOOST_TEST(standard.rfind("response_id,submitted_at,language,points_gemeente-leidt,", 0) == 0u, standard);
  const auto excel = call(port, admin, "GET", base + "responses.csv?excel=1").body;
  BOOST_TEST(excel.rfind("\xEF\xBB\xBFresponse_id;submitted_at;language;points_gemeente-leidt;", 0) == 0u, excel);
  BOOST_TEST(excel.find("'=SUM(A1)") != std::string::npos);
  // The standard file is opened in spreadsheets too: the motivation is text there as well.
  BOOST_TEST(standard.find("'=SUM(A1)") != std::string::npos, standard);
  BOOST_TEST(excel.find("\r\n") != std::string::npos);
  for (const auto& code : codes) BOOST_TEST(standard.find(code.substr(0, 4) + "-" + code.substr(5, 4)) == std::string::npos);

  // Every download audited, by whom and which file, without its contents.
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.exported' AND subject = 'survey:energie'") ==
             static_cast<long long>(downloads.size()) + 2);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'survey.exported' AND actor = '" + analyst_email +
                      "' AND details = '{\"file\": \"responses.csv\", \"excel\": true, \"responses\": 2}'::jsonb") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE details::text LIKE '%SUM(A1)%'") == 0);

  // Refusals.
  BOOST_TEST(call(port, analyst, "GET", base + "codebook.json?excel=1").status == 400);
  BOOST_TEST(call(port, analyst, "GET", base + "responses.csv?excel=ja").status == 400);
  BOOST_TEST(call(port, analyst, "GET", "/api/admin/surveys/bestaat-niet/export/responses.csv").status == 404);
  BOOST_TEST(call(port, std::nullopt, "GET", base + "responses.csv").status == 401);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(analysts_may_export_but_not_set_up) {
  StaffDatabase db("http_manage_roles");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  BOOST_TEST_REQUIRE(create(port, admin, "energie").status == 201);
  const json definition = template_json(energy_template);
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"GET", "/api/admin/survey-templates"},
      {"POST", "/api/admin/surveys"},
      {"PUT", "/api/admin/surveys/energie/definition"},
      {"POST", "/api/admin/surveys/energie/preview"},
      {"POST", "/api/admin/surveys/energie/codes"},
  };
  for (const auto& [method, path] : refused) {
    const json body = path.find("codes") != std::string::npos  ? json{{"count", 5}}
                      : path == "/api/admin/surveys"           ? json{{"template", energy_template}, {"slug", "x2"}}
                                                               : definition;
    const auto reply = call(port, analyst, method, path, body);
    BOOST_TEST(reply.status == 403, method << " " << path << ": " << reply.body);
    BOOST_TEST(error_code(reply) == "forbidden");
  }
  // Without the CSRF token an admin cannot change anything either.
  const auto no_csrf = request(port, "POST", "/api/admin/surveys/energie/codes", json{{"count", 5}}.dump(),
                               RequestOptions{"application/json", false, {{"Cookie", admin.cookie}}});
  BOOST_TEST(no_csrf.status == 403);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM survey_codes") == 0);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM surveys") == 1);
  BOOST_TEST(call(port, analyst, "GET", "/api/admin/surveys/energie").status == 200);
  BOOST_TEST(call(port, analyst, "GET", "/api/admin/surveys/energie/export/codebook.json").status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
