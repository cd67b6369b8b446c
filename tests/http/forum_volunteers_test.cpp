// Issue 6, step 4 through a real `mienskip serve`: residents sign up with their letter's code on
// the public page /f/{slug}, staff import volunteers from a file, withdraw one and close the
// sign-up, and the volunteers' feasibility is `mienskip select`'s verdict on the same files.
#include <Poco/URI.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "core/forum/forum_pool.hpp"
#include "core/forum/forum_settings.hpp"
#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

// Draws the 30 invitations of the forum `energie` (which has no register yet); the letters'
// codes in draw order.
std::vector<std::string> draw_invitations(std::uint16_t port, const Login& admin) {
  upload_register(port, admin, register_csv(300));
  commit_and_draw(port, admin, {{"count", 30}, {"stratify_by", "wijk"}}, "7 19 23");
  const auto merge = staff_request(port, admin, "GET", "/api/admin/forums/energie/invitations.csv");
  std::vector<std::string> codes;
  const std::regex code(";([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4});[0-9a-f]{64}@[0-9]+\r?\n");
  for (auto it = std::sregex_iterator(merge.body.begin(), merge.body.end(), code); it != std::sregex_iterator(); ++it) {
    codes.push_back((*it)[1]);
  }
  BOOST_TEST_REQUIRE(codes.size() == 30u);
  return codes;
}

// A forum whose 30 invitations are drawn; the letters' codes in draw order.
std::vector<std::string> drawn_forum(std::uint16_t port, const Login& admin) {
  create_forum(port, admin);
  return draw_invitations(port, admin);
}

std::string form(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    std::string encoded;
    Poco::URI::encode(value, "&=+;/?:@,", encoded);
    body += (body.empty() ? "" : "&") + name + "=" + encoded;
  }
  return body;
}

// A resident's sign-up: answer-0 is Leeftijd, answer-1 Geslacht (the forum's order).
Reply sign_up(std::uint16_t port, const std::vector<std::pair<std::string, std::string>>& fields) {
  return request(port, "POST", "/f/energie", form(fields),
                 RequestOptions{"application/x-www-form-urlencoded", false, {}});
}

std::vector<std::pair<std::string, std::string>> entry(const std::string& code) {
  return {{"lang", "nl"}, {"code", code}, {"answer-0", "35-64"}, {"answer-1", "vrouw"}, {"name", "Sjoukje Hoekstra"},
          {"email", "sjoukje@example.nl"}, {"phone", ""}, {"consent", "yes"}};
}

std::vector<std::pair<std::string, std::string>> without(std::vector<std::pair<std::string, std::string>> fields,
                                                         const std::string& name) {
  std::erase_if(fields, [&](const auto& field) { return field.first == name; });
  return fields;
}

std::vector<std::pair<std::string, std::string>> with(std::vector<std::pair<std::string, std::string>> fields,
                                                      const std::string& name, const std::string& value) {
  for (auto& field : fields) {
    if (field.first == name) field.second = value;
  }
  return fields;
}

// The letters' first six codes imported as volunteers: three ages, each with both genders.
void import_six_volunteers(std::uint16_t port, const Login& admin, const std::vector<std::string>& codes) {
  const std::vector<std::pair<std::string, std::string>> answers = {
      {"16-34", "vrouw"}, {"35-64", "man"}, {"65+", "vrouw"}, {"35-64", "vrouw"}, {"16-34", "man"}, {"65+", "man"}};
  std::string csv = "code,Leeftijd,Geslacht\n";
  for (std::size_t i = 0; i < answers.size(); ++i)
    csv += codes[i] + "," + answers[i].first + "," + answers[i].second + "\n";
  BOOST_TEST_REQUIRE(
      staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers", csv, "text/csv").status == 201);
}

// The forum's panel size and quotas, as PUT /quotas takes them.
json forum_quotas() {
  auto quotas = forum_body();
  quotas.erase("slug");
  quotas.erase("name");
  quotas.erase("municipality");
  return quotas;
}

json volunteers(std::uint16_t port, const Login& admin) {
  const auto reply = staff_request(port, admin, "GET", "/api/admin/forums/energie/volunteers");
  BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
  return reply.json_body();
}

long long stored(const std::string& url) { return query_number(url, "SELECT count(*) FROM forum_volunteers"); }

// What `mienskip select` prints for these quotas and volunteers, written as the files it reads;
// its exit code in `exit_code`.
std::string select_output(const json& quotas, const json& listed, int& exit_code) {
  const auto dir = scratch_directory("forum-volunteers-select-files");
  const auto categories = mienskip::check_quota_categories(quotas["categories"]);
  BOOST_TEST_REQUIRE(categories.errors.empty());
  std::vector<mienskip::ForumVolunteer> pool;
  for (const auto& v : listed["volunteers"]) {
    if (v["withdrawn_at"].is_null()) pool.push_back({v["id"], v["answers"].get<std::map<std::string, std::string>>()});
  }
  const auto files = mienskip::forum_pool_files(*categories.value, pool);
  std::ofstream(dir / "features.csv") << files.features_csv;
  std::ofstream(dir / "candidates.csv") << files.candidates_csv;
  std::string output;
  exit_code = run_mienskip({"select", "--pool", dir.string(), "--panel-size", std::to_string(quotas["panel_size"].get<int>()),
                            "--json", (dir / "panel.json").string()},
                           {}, output);
  std::filesystem::remove_all(dir);
  return output;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_volunteers_api)

BOOST_AUTO_TEST_CASE(residents_sign_up_once_per_letter_and_every_refusal_changes_nothing) {
  StaffDatabase db("http_forum_volunteers_sign_up");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);

  // A mistyped address: a page in the resident's language.
  const auto missing = request(port, "GET", "/f/onbekend?lang=fy");
  BOOST_TEST(missing.status == 404);
  BOOST_TEST(missing.has("Dit boargerforum bestiet net."));
  BOOST_TEST(missing.headers.getContentType().rfind("text/html", 0) == 0u);

  // Before the draw: a page that says so, without a form; a sign-up is refused.
  create_forum(port, admin);
  const auto early = request(port, "GET", "/f/energie");
  BOOST_TEST(early.status == 200);
  BOOST_TEST(early.has("U kunt zich nog niet aanmelden."));
  BOOST_TEST(!early.has("<form"));
  BOOST_TEST(sign_up(port, entry("K7QM-X2PA-9RTD")).status == 409);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/sign-up/close")) == "no_draw");
  BOOST_TEST(volunteers(port, admin)["sign_up"] ==
             json::parse(R"({"open": false, "closed_at": null, "closed_by": null, "path": "/f/energie"})"));
  const auto codes = draw_invitations(port, admin);

  // The form: the forum, the code, one radio group per quota category, contact, consent.
  const auto page = request(port, "GET", "/f/energie?lang=nl");
  BOOST_TEST(page.status == 200);
  BOOST_TEST(page.has("<h1 class=\"utrecht-heading-1\">Burgerforum Energie</h1>"));
  BOOST_TEST(page.has("Gemeente Súdwest-Fryslân"));
  BOOST_TEST(page.has("<legend class=\"utrecht-form-fieldset__legend\">Leeftijd</legend>"));
  BOOST_TEST(page.has("name=\"answer-0\" value=\"65+\""));
  BOOST_TEST(page.has("name=\"answer-1\" value=\"man\""));
  BOOST_TEST(page.has("name=\"consent\""));
  BOOST_TEST(page.has("Hoe lang: uw naam, e-mailadres en telefoonnummer verwijderen we"));
  BOOST_TEST(request(port, "GET", "/f/energie?lang=fy").has("Meld jo hjir oan"));
  BOOST_TEST(request(port, "GET", "/f/energie?lang=en").has("Sign up here"));

  // Every refusal re-shows the form with its own message and what was entered, and stores nothing.
  struct Refusal {
    std::vector<std::pair<std::string, std::string>> fields;
    int status;
    std::string message;
  };
  const std::vector<Refusal> refusals = {
      {entry("K7QM-X2PA-9RTA"), 422, "Deze code klopt niet. Controleer de code in uw brief."},  // no letter has it
      {entry("NIETGOED"), 422, "Deze code klopt niet. Controleer de code in uw brief."},
      {entry(""), 422, "Vul de code uit uw brief in."},
      {with(entry(codes[0]), "answer-0", "99+"), 422, "Kies een van de antwoorden bij Leeftijd: 16-34, 35-64, 65+."},
      {without(entry(codes[0]), "answer-1"), 422, "Kies een antwoord bij Geslacht."},
      {with(entry(codes[0]), "email", ""), 422, "Vul een e-mailadres of een telefoonnummer in"},
      {with(entry(codes[0]), "email", "sjoukje.example.nl"), 422, "Dit is geen e-mailadres."},
      {without(entry(codes[0]), "consent"), 422, "Geef toestemming om uw aanmelding te bewaren."},
      {with(with(entry(codes[0]), "lang", "fy"), "answer-0", ""), 422, "Kies in antwurd by Leeftijd."},
  };
  for (const auto& refusal : refusals) {
    const auto reply = sign_up(port, refusal.fields);
    BOOST_TEST(reply.status == refusal.status, reply.body);
    BOOST_TEST(reply.has(refusal.message), refusal.message);
    BOOST_TEST(reply.has("mienskip-error-summary"));
    BOOST_TEST(reply.has("-error\">"));  // the message at its field
    BOOST_TEST(reply.has("value=\"Sjoukje Hoekstra\""));  // entered values are shown again
    BOOST_TEST(stored(db.url) == 0);
  }

  // The letter's code as a resident types it: lower case, spaces instead of dashes.
  std::string typed = codes[0];
  for (auto& c : typed) c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto done = sign_up(port, entry(typed));
  // The thank-you page is the answer itself, with the volunteer's public number (in no address,
  // so in no access log) and no one to ask while the letters name no phone or e-mail.
  BOOST_TEST_REQUIRE(done.status == 200, done.body);
  BOOST_TEST(done.has("Bedankt voor uw aanmelding!"));
  BOOST_TEST(done.has("<strong class=\"mienskip-volunteer-number\">V0001</strong>"));
  BOOST_TEST(done.has("href=\"/f/energie/verificatie?lang=nl\""));
  BOOST_TEST(!done.has("Hebt u vragen?"));
  const auto later = request(port, "GET", "/f/energie/bedankt?lang=nl");
  BOOST_TEST(later.has("Bedankt voor uw aanmelding!"));
  BOOST_TEST(!later.has("mienskip-volunteer-number"));
  BOOST_TEST(stored(db.url) == 1);

  // The same letter again, in any spelling: refused with its own message.
  const auto twice = sign_up(port, with(entry(codes[0]), "email", "ander@example.nl"));
  BOOST_TEST(twice.status == 409);
  BOOST_TEST(twice.has("Met deze brief heeft zich al iemand aangemeld."));
  BOOST_TEST(stored(db.url) == 1);

  // A second resident, with a phone only.
  auto phone_only = with(with(entry(codes[1]), "email", ""), "phone", "06 1234 5678");
  phone_only = with(with(phone_only, "answer-0", "16-34"), "answer-1", "man");
  // The letters now name a phone number: the thank-you page gives it for questions.
  BOOST_TEST_REQUIRE(staff_request(port, admin, "PUT", "/api/admin/forums/energie/letters/texts",
                                   R"({"facts": {"phone": "14 0515"}})").status == 200);
  const auto second = sign_up(port, phone_only);
  BOOST_TEST(second.status == 200);
  BOOST_TEST(second.has(">V0002</strong>"));
  BOOST_TEST(second.has("Hebt u vragen? Bel 14 0515."));

  auto listed = volunteers(port, admin);
  BOOST_TEST(listed["invitations"] == 30);
  BOOST_TEST_REQUIRE(listed["volunteers"].size() == 2u);
  BOOST_TEST(listed["volunteers"][0]["id"] == "V0001");
  BOOST_TEST(listed["volunteers"][0]["answers"] == json::parse(R"({"Leeftijd": "35-64", "Geslacht": "vrouw"})"));
  BOOST_TEST(listed["volunteers"][0]["name"] == "Sjoukje Hoekstra");
  BOOST_TEST(listed["volunteers"][0]["email"] == "sjoukje@example.nl");
  BOOST_TEST(listed["volunteers"][0]["phone"].is_null());
  BOOST_TEST(listed["volunteers"][0]["source"] == "sign_up");
  BOOST_TEST(listed["volunteers"][0]["withdrawn_at"].is_null());
  BOOST_TEST(listed["volunteers"][1]["id"] == "V0002");
  BOOST_TEST(listed["volunteers"][1]["phone"] == "06 1234 5678");
  BOOST_TEST(listed["counts"][1] ==
             json::parse(R"({"category": "Leeftijd", "value": "35-64", "volunteers": 1, "min": 20, "max": 25})"));
  BOOST_TEST(listed["feasibility"]["checked_against"] == "volunteers");
  BOOST_TEST(listed["feasibility"]["feasible"] == false);

  // Closed: the page says so and a sign-up is refused with its own message; reopened, it works.
  const auto closed = staff_request(port, admin, "POST", "/api/admin/forums/energie/sign-up/close");
  BOOST_TEST_REQUIRE(closed.status == 200, closed.body);
  BOOST_TEST(closed.json_body()["open"] == false);
  BOOST_TEST(closed.json_body()["closed_by"] == admin_email);
  BOOST_TEST(request(port, "GET", "/f/energie").has("De aanmelding is gesloten."));
  const auto late = sign_up(port, entry(codes[2]));
  BOOST_TEST(late.status == 409);
  BOOST_TEST(late.has("De aanmelding is gesloten."));
  BOOST_TEST(stored(db.url) == 2);
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums/energie/sign-up/close").status == 200);  // no change
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums/energie/sign-up/open").json_body()["open"] == true);
  BOOST_TEST(sign_up(port, entry(codes[2])).status == 200);

  // Audited with the volunteer ids only; no code, name, email or phone in the audit log or the
  // server's log.
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.volunteer_signed_up' AND "
                                  "subject = 'forum:energie'") == 3);
  BOOST_TEST(query_text(db.url, "SELECT string_agg(details ->> 'volunteer', ',' ORDER BY id) FROM audit_log WHERE "
                                "action = 'forum.volunteer_signed_up'") == "V0001,V0002,V0003");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.sign_up_closed'") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.sign_up_opened'") == 1);
  const auto audit = query_text(db.url, "SELECT string_agg(details::text, ' ') FROM audit_log");
  const auto log = server.output();
  for (const auto& secret : std::vector<std::string>{codes[0], codes[1], codes[2], typed, std::string("Sjoukje"), std::string("example.nl"),
                                   std::string("1234 5678"), std::string("K7QM-X2PA-9RTA")}) {
    BOOST_TEST(audit.find(secret) == std::string::npos, secret);
    BOOST_TEST(log.find(secret) == std::string::npos, secret);
  }
}

BOOST_AUTO_TEST_CASE(wrong_codes_are_limited_per_client) {
  StaffDatabase db("http_forum_volunteers_limit");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const auto codes = drawn_forum(port, log_in(port, admin_email, admin_password));
  for (int attempt = 0; attempt < 10; ++attempt) BOOST_TEST(sign_up(port, entry("K7QM-X2PA-9RTA")).status == 422);
  // Even a right code waits now: guessing must not pay.
  const auto blocked = sign_up(port, entry(codes[0]));
  BOOST_TEST(blocked.status == 429);
  BOOST_TEST(blocked.has("Te veel verkeerde codes geprobeerd."));
  BOOST_TEST(stored(db.url) == 0);
}

BOOST_AUTO_TEST_CASE(an_import_is_all_or_nothing_and_a_withdrawal_leaves_the_pool) {
  StaffDatabase db("http_forum_volunteers_import");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const auto codes = drawn_forum(port, admin);
  BOOST_TEST(sign_up(port, entry(codes[0])).status == 200);  // V0001

  const auto import = [&](const std::string& csv, const std::string& type = "text/csv") {
    return staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers", csv, type);
  };
  // Every kind of problem at once: nothing is stored.
  const std::string bad = "code;Leeftijd;Geslacht;naam;email\n" + codes[1] + ";65+;man;Wytse;w@example.nl\n" +  // fine
                          codes[0] + ";65+;man;;\n" +                                                 // 3: answered before
                          "K7QM-X2PA-9RTA;65+;man;;\n" +                                              // 4: no such letter
                          codes[1] + ";16-34;vrouw;;\n" +                                             // 5: twice in the file
                          codes[2] + ";16-34;anders;;\n";                                             // 6: not a value
  const auto refused = import(bad);
  BOOST_TEST_REQUIRE(refused.status == 422, refused.body);
  const auto error = refused.json_body()["error"];
  BOOST_TEST(error["code"] == "invalid_volunteers");
  BOOST_TEST(error["problem_count"] == 4);
  BOOST_TEST(error["problems"] == json::parse(R"json([
    {"row": 3, "column": "code", "code": "letter_answered", "params": {"volunteer": "V0001"},
     "message": "this letter has already been answered (volunteer V0001)"},
    {"row": 4, "column": "code", "code": "unknown_letter", "params": {},
     "message": "no invitation letter of this forum has this code"},
    {"row": 5, "column": "code", "code": "repeated_code", "params": {"first_row": 2}, "message": "the code is also on row 2"},
    {"row": 6, "column": "Geslacht", "code": "unknown_value", "params": {"allowed": ["vrouw", "man"]},
     "message": "not one of the values of 'Geslacht' in the quotas"}])json"),
             error.dump());
  BOOST_TEST(error["message"].get<std::string>().rfind("No volunteer was imported: it has 4 problems (the first: row 3, column code", 0) == 0u,
             error.dump());
  BOOST_TEST(refused.body.find("Wytse") == std::string::npos);
  BOOST_TEST(stored(db.url) == 1);
  BOOST_TEST(error_code(import("code,Leeftijd\n" + codes[3] + ",65+\n")) == "invalid_volunteers");
  BOOST_TEST(import("{}", "application/json").status == 415);
  BOOST_TEST(stored(db.url) == 1);

  // The template has the forum's columns, for Dutch Excel.
  const auto blank = staff_request(port, admin, "GET", "/api/admin/forums/energie/volunteers/template.csv");
  BOOST_TEST_REQUIRE(blank.status == 200, blank.body);
  BOOST_TEST(blank.body == "\xEF\xBB\xBF" "code;Leeftijd;Geslacht;naam;email;telefoon\r\n");

  // A good file as Dutch Excel saves it (Windows-1252, capitals, a column of staff's own): the
  // next ids in file order.
  const auto imported = import("Code;Leeftijd;Geslacht;Naam;Telefoon;Opmerking\r\n" + codes[1] +
                               ";65+;Man;Wytse de J\xFBng;0513 123456;belt terug\r\n" + codes[2] + ";16-34;vrouw;;0513 654321;\r\n");
  BOOST_TEST_REQUIRE(imported.status == 201, imported.body);
  BOOST_TEST(imported.json_body() ==
             json::parse(R"({"imported": 2, "encoding": "Windows-1252", "ignored_columns": ["Opmerking"]})"));
  auto listed = volunteers(port, admin);
  BOOST_TEST_REQUIRE(listed["volunteers"].size() == 3u);
  BOOST_TEST(listed["volunteers"][1]["id"] == "V0002");
  BOOST_TEST(listed["volunteers"][1]["source"] == "import");
  BOOST_TEST(listed["volunteers"][1]["name"] == "Wytse de J\u00FBng");
  BOOST_TEST(listed["volunteers"][1]["answers"]["Geslacht"] == "man");  // as the quotas spell it
  BOOST_TEST(listed["volunteers"][2]["id"] == "V0003");
  BOOST_TEST(listed["volunteers"][2]["name"].is_null());
  BOOST_TEST(query_text(db.url, "SELECT concat_ws(' ', details ->> 'count', details ->> 'first', details ->> 'last') "
                                "FROM audit_log WHERE action = 'forum.volunteers_imported'") == "2 V0002 V0003");
  BOOST_TEST(query_text(db.url, "SELECT actor FROM audit_log WHERE action = 'forum.volunteers_imported'") == admin_email);

  // A withdrawal: listed still, out of the counts and the pool; once. Whoever withdraws is not
  // contacted again, so their name and telephone go with it (issue 18); the answers stay for
  // the published pool.
  const auto withdrawn = staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers/V0002/withdraw");
  BOOST_TEST_REQUIRE(withdrawn.status == 200, withdrawn.body);
  BOOST_TEST(withdrawn.json_body()["id"] == "V0002");
  BOOST_TEST(!withdrawn.json_body()["withdrawn_at"].is_null());
  BOOST_TEST(withdrawn.json_body()["name"].is_null());
  BOOST_TEST(!withdrawn.json_body()["contact_deleted_at"].is_null());
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE number = 2 AND name IS NULL AND "
                                  "email IS NULL AND phone IS NULL AND answers ->> 'Leeftijd' = '65+'") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.volunteer_withdrawn' AND "
                                  "details -> 'contact_deleted' = 'true'") == 1);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers/V0002/withdraw")) ==
             "already_withdrawn");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers/V0009/withdraw")) ==
             "not_found");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers/2/withdraw")) == "not_found");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.volunteer_withdrawn' AND "
                                  "details ->> 'volunteer' = 'V0002'") == 1);
  listed = volunteers(port, admin);
  BOOST_TEST(listed["volunteers"].size() == 3u);
  BOOST_TEST(listed["counts"][2] == json::parse(R"({"category": "Leeftijd", "value": "65+", "volunteers": 0, "min": 12, "max": 15})"));

  // A resident who asks to be forgotten: the contact details go, the answers stay; before the
  // panel is drawn they also leave the pool, as no one could tell them they were selected.
  const std::string forget = "/api/admin/forums/energie/volunteers/V0001/personal-data/delete";
  const auto forgotten = staff_request(port, admin, "POST", forget);
  BOOST_TEST_REQUIRE(forgotten.status == 200, forgotten.body);
  const json volunteer = forgotten.json_body();
  BOOST_TEST(volunteer["id"] == "V0001");
  BOOST_TEST(volunteer["name"].is_null());
  BOOST_TEST(volunteer["email"].is_null());
  BOOST_TEST(!volunteer["contact_deleted_at"].is_null());
  BOOST_TEST(!volunteer["withdrawn_at"].is_null());
  BOOST_TEST(volunteer["answers"] == json::parse(R"({"Leeftijd": "35-64", "Geslacht": "vrouw"})"));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE name = 'Sjoukje Hoekstra' OR "
                                  "email = 'sjoukje@example.nl'") == 0);
  BOOST_TEST(staff_request(port, admin, "POST", forget).json_body() == volunteer);  // again: nothing changes
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.volunteer_contact_deleted' AND "
                                  "details ->> 'volunteer' = 'V0001' AND (details ->> 'withdrawn')::boolean") == 1);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers/V0009/personal-data/delete")) ==
             "not_found");

  // Everyone's details at once: not while residents can still sign up, and refusals change nothing.
  const std::string forget_all = "/api/admin/forums/energie/volunteers/personal-data/delete";
  BOOST_TEST(error_code(staff_request(port, admin, "POST", forget_all, R"({"keep": "none"})")) == "sign_up_open");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", forget_all, R"({"keep": "panel"})")) == "no_panel");
  for (const auto* bad : {R"({})", R"({"keep": "all"})", R"({"keep": "none", "also": 1})", R"(["none"])"}) {
    BOOST_TEST(error_code(staff_request(port, admin, "POST", forget_all, bad)) == "invalid_option", bad);
  }
  BOOST_TEST(query_text(db.url, "SELECT phone FROM forum_volunteers WHERE number = 3") == "0513 654321");

  // Closed: no import either.
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums/energie/sign-up/close").status == 200);
  BOOST_TEST(error_code(import("code,Leeftijd,Geslacht\n" + codes[4] + ",65+,man\n")) == "sign_up_closed");
  BOOST_TEST(stored(db.url) == 3);

  // Now every volunteer's details can go: only V0003 still had any (V0001 was forgotten, V0002 withdrew).
  const auto all_forgotten = staff_request(port, admin, "POST", forget_all, R"({"keep": "none"})");
  BOOST_TEST_REQUIRE(all_forgotten.status == 200, all_forgotten.body);
  BOOST_TEST(all_forgotten.json_body() == json::parse(R"({"deleted": 1, "kept": 0})"));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE name IS NOT NULL OR email IS NOT NULL OR "
                                  "phone IS NOT NULL") == 0);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE contact_deleted_at IS NOT NULL") == 3);
  BOOST_TEST(query_text(db.url, "SELECT concat_ws(' ', details ->> 'keep', details ->> 'deleted') FROM audit_log "
                                "WHERE action = 'forum.volunteer_contacts_deleted'") == "none 1");
  BOOST_TEST(stored(db.url) == 3);

  // Nothing personal in the server's log.
  const auto log = server.output();
  for (const auto& secret : std::vector<std::string>{codes[1], codes[2], std::string("Wytse"), std::string("0513")}) {
    BOOST_TEST(log.find(secret) == std::string::npos, secret);
  }
}

BOOST_AUTO_TEST_CASE(feasibility_against_the_volunteers_is_the_verdict_of_mienskip_select) {
  StaffDatabase db("http_forum_volunteers_select");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const auto codes = drawn_forum(port, admin);
  // Before anyone volunteered: the quotas' numbers only.
  BOOST_TEST(volunteers(port, admin)["feasibility"]["checked_against"] == "quotas");
  import_six_volunteers(port, admin, codes);

  const auto check = [&](const json& quotas) {
    const auto changed = staff_request(port, admin, "PUT", "/api/admin/forums/energie/quotas", quotas.dump());
    BOOST_TEST_REQUIRE(changed.status == 200, changed.body);
    const auto listed = volunteers(port, admin);
    const auto feasibility = listed["feasibility"];
    BOOST_TEST(feasibility["checked_against"] == "volunteers");
    int exit_code = 0;
    const auto output = select_output(quotas, listed, exit_code);
    BOOST_TEST((exit_code == 0) == feasibility["feasible"].get<bool>(), output << "\n" << feasibility.dump());
    for (const auto& conflict : feasibility["conflicts"]) {
      if (&conflict == &feasibility["conflicts"][0]) BOOST_TEST(output.find(conflict["message"].get<std::string>()) != std::string::npos, output);
    }
    for (const auto& change : feasibility["relaxation"]) {
      BOOST_TEST(output.find(change["change"].get<std::string>()) != std::string::npos, output);
    }
    return feasibility;
  };
  auto quotas = forum_quotas();
  // 45 seats from 6 volunteers: impossible.
  BOOST_TEST(check(quotas)["feasible"] == false);
  // 4 seats, at least 3 women, among 3 women: possible.
  quotas = json::parse(R"({"panel_size": 4, "categories": [
      {"name": "Leeftijd", "values": [{"value": "16-34", "min": 1, "max": 2}, {"value": "35-64", "min": 1, "max": 2},
                                      {"value": "65+", "min": 1, "max": 2}]},
      {"name": "Geslacht", "values": [{"value": "vrouw", "min": 3, "max": 3}, {"value": "man", "min": 1, "max": 1}]}]})");
  BOOST_TEST(check(quotas)["feasible"] == true);
  // Withdrawn: two women left, so at least 3 cannot be met; the change that helps is named.
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums/energie/volunteers/V0001/withdraw").status == 200);
  const auto infeasible = check(quotas);
  BOOST_TEST(infeasible["feasible"] == false);
  BOOST_TEST(!infeasible["relaxation"].empty(), infeasible.dump());
}

BOOST_AUTO_TEST_CASE(a_quota_draft_is_checked_against_the_volunteers_and_stored_nowhere) {
  StaffDatabase db("http_forum_quota_check");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const auto codes = drawn_forum(port, admin);
  const auto check = [&](const json& draft) {
    return staff_request(port, admin, "POST", "/api/admin/forums/energie/quotas/check", draft.dump());
  };
  auto saved = forum_quotas();
  // Before anyone volunteered: the draft's numbers only. The forum's minimums of Leeftijd add up
  // to 47 of 45 seats; two fewer young people make them fit.
  const auto before = check(saved);
  BOOST_TEST_REQUIRE(before.status == 200, before.body);
  BOOST_TEST(before.json_body()["feasibility"]["checked_against"] == "quotas");
  BOOST_TEST(before.json_body()["feasibility"]["feasible"] == false);
  BOOST_TEST(before.json_body()["feasibility"]["conflicts"][0]["code"] == "panel_size_outside_quotas", before.body);
  saved["categories"][0]["values"][0]["min"] = 13;
  const auto fitting = check(saved);
  BOOST_TEST(fitting.json_body()["feasibility"]["feasible"] == true, fitting.body);
  BOOST_TEST(fitting.json_body()["feasibility"]["checked_against"] == "quotas");

  import_six_volunteers(port, admin, codes);
  const auto listed = volunteers(port, admin);
  const auto forum_before = staff_request(port, admin, "GET", "/api/admin/forums/energie").json_body();
  const auto audited = query_number(db.url, "SELECT count(*) FROM audit_log");

  // Four women among three volunteers: no panel; the change that helps is the one select names.
  const auto impossible = json::parse(R"({"panel_size": 4, "categories": [
      {"name": "Leeftijd", "values": [{"value": "16-34", "min": 1, "max": 2}, {"value": "35-64", "min": 1, "max": 2},
                                      {"value": "65+", "min": 1, "max": 2}]},
      {"name": "Geslacht", "values": [{"value": "vrouw", "min": 4, "max": 4}, {"value": "man", "min": 0, "max": 0}]}]})");
  const auto refused = check(impossible);
  BOOST_TEST_REQUIRE(refused.status == 200, refused.body);
  const auto infeasible = refused.json_body()["feasibility"];
  BOOST_TEST(infeasible["checked_against"] == "volunteers");
  BOOST_TEST(infeasible["feasible"] == false);
  BOOST_TEST_REQUIRE(!infeasible["relaxation"].empty(), infeasible.dump());
  int exit_code = 0;
  const auto output = select_output(impossible, listed, exit_code);
  BOOST_TEST(exit_code != 0, output);
  for (const auto& change : infeasible["relaxation"]) {
    BOOST_TEST(output.find(change["change"].get<std::string>()) != std::string::npos, output << "\n" << change.dump());
  }

  // Three women at most; and without a panel size the forum's own, 45, more than the pool.
  auto possible = impossible;
  possible["categories"][1]["values"] = json::parse(R"([{"value": "vrouw", "min": 3, "max": 3}, {"value": "man", "min": 1, "max": 1}])");
  const auto accepted = check(possible);
  BOOST_TEST_REQUIRE(accepted.status == 200, accepted.body);
  BOOST_TEST(accepted.json_body()["feasibility"]["feasible"] == true, accepted.body);
  BOOST_TEST(accepted.json_body()["feasibility"]["relaxation"].empty());
  BOOST_TEST(select_output(possible, listed, exit_code).size() > 0u);
  BOOST_TEST(exit_code == 0);
  possible.erase("panel_size");
  const auto forty_five = check(possible).json_body()["feasibility"];
  BOOST_TEST(forty_five["feasible"] == false, forty_five.dump());
  BOOST_TEST(forty_five["conflicts"][0]["code"] == "invalid_panel_size", forty_five.dump());
  BOOST_TEST(forty_five["conflicts"][0]["params"]["panel_size"] == "45", forty_five.dump());
  BOOST_TEST(forty_five["conflicts"][0]["params"].contains("volunteers"), forty_five.dump());

  // A bad draft: every field's problem, as PUT gives them.
  const auto bad = check(json::parse(R"({"categories": [], "panel_size": 0, "seats": 4})"));
  BOOST_TEST(bad.status == 422, bad.body);
  BOOST_TEST(error_code(bad) == "invalid_quota");
  std::set<std::string> fields;
  const auto refusal = bad.json_body();  // held: iterating a member of a temporary dangles
  for (const auto& field : refusal["error"]["fields"]) fields.insert(field["field"].get<std::string>());
  BOOST_TEST(fields.count("seats") == 1u, bad.body);
  BOOST_TEST(fields.count("panel_size") == 1u, bad.body);
  BOOST_TEST(fields.count("categories") == 1u, bad.body);
  BOOST_TEST(check(json::array()).status == 400);
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums/elders/quotas/check", impossible.dump()).status == 404);

  // Nothing stored, nothing audited.
  const auto forum_after = staff_request(port, admin, "GET", "/api/admin/forums/energie").json_body();
  BOOST_TEST(forum_after["quotas_changed_at"] == forum_before["quotas_changed_at"]);
  BOOST_TEST(forum_after["categories"] == forum_before["categories"]);
  BOOST_TEST(forum_after["panel_size"] == 45);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log") == audited);
}

BOOST_AUTO_TEST_SUITE_END()
