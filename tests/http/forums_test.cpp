// Issue 6, the first steps of the burgerforum journey through a real `mienskip serve`: creating a
// forum with its quotas (and seeing whether a panel can meet them), and uploading the population
// register, whose hash must be the one `mienskip draw commit` computes for the same file.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/pqxx>
#include <regex>

#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

Reply upload(std::uint16_t port, const Login& who, const std::string& slug, const std::string& csv, bool chunked = false) {
  return staff_request(port, who, "POST", "/api/admin/forums/" + slug + "/register", csv, "text/csv; charset=utf-8", chunked);
}

// The register hash `mienskip draw commit` reports for the same file.
std::string cli_register_hash(const std::string& csv, const std::string& name) {
  const auto path = scratch_directory("http-forums") / name;
  std::ofstream(path, std::ios::binary) << csv;
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"draw", "commit", "--register", path.string(), "--count", "1"}, {}, output) == 0,
                     output);
  std::smatch found;
  BOOST_TEST_REQUIRE(std::regex_search(output, found, std::regex("register \\(SHA-256 ([0-9a-f]{64})\\)")), output);
  return found[1];
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forums_api)

BOOST_AUTO_TEST_CASE(the_lottery_is_closed_to_analysts) {
  StaffDatabase db("http_forums_access");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  BOOST_TEST(staff_request(port, std::nullopt, "GET", "/api/admin/forums").status == 401);
  BOOST_TEST(staff_request(port, std::nullopt, "POST", "/api/admin/forums", forum_body().dump()).status == 401);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  // An analyst has no task on any forum: the list is empty and every forum closed.
  const auto list = staff_request(port, analyst, "GET", "/api/admin/forums");
  BOOST_TEST(list.status == 200);
  BOOST_TEST(list.json_body()["forums"].empty());
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"POST", "/api/admin/forums"},
           {"GET", "/api/admin/forums/energie"},
           {"PUT", "/api/admin/forums/energie/quotas"},
           {"GET", "/api/admin/forums/energie/register"}}) {
    const auto reply = staff_request(port, analyst, method, path, method == "GET" ? "" : forum_body().dump());
    BOOST_TEST(reply.status == 403, method << " " << path << ": " << reply.body);
    BOOST_TEST(error_code(reply) == "forbidden");
  }
  const auto analyst_upload = upload(port, analyst, "energie", register_csv(3));
  BOOST_TEST(analyst_upload.status == 403);
  const Login admin = log_in(port, admin_email, admin_password);
  Login without_csrf = admin;
  without_csrf.csrf = "";
  BOOST_TEST(error_code(staff_request(port, without_csrf, "POST", "/api/admin/forums", forum_body().dump())) == "csrf_failed");
  BOOST_TEST(error_code(upload(port, without_csrf, "energie", register_csv(3))) == "csrf_failed");
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums", forum_body().dump(), "text/plain").status == 415);
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums", "{not json").status == 400);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forums") == 0);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 0);
}

BOOST_AUTO_TEST_CASE(a_forum_is_created_read_and_its_quotas_replaced_with_their_feasibility) {
  StaffDatabase db("http_forums_quotas");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);

  // The age minimums (15 + 20 + 12) do not fit a panel of 45: stored, and the conflict is named.
  const auto created = staff_request(port, admin, "POST", "/api/admin/forums", forum_body().dump());
  BOOST_TEST_REQUIRE(created.status == 201, created.body);
  const json forum = created.json_body();
  BOOST_TEST(forum["slug"] == "energie");
  BOOST_TEST(forum["municipality"] == "Súdwest-Fryslân");
  BOOST_TEST(forum["categories"] == forum_body()["categories"]);
  BOOST_TEST(forum["created_by"] == admin_email);
  BOOST_TEST(forum["register"].is_null());
  BOOST_TEST(forum["feasibility"] ==
             json::parse(R"({"feasible": false, "checked_against": "quotas", "relaxation": [],
                             "conflicts": [{"code": "panel_size_outside_quotas", "category": "Leeftijd",
                               "message": "the minimums of 'Leeftijd' add up to 47 seats, more than the panel of 45",
                               "params": {"bound": "min", "seats": "47", "panel_size": "45"}}]})"),
             forum["feasibility"].dump());
  BOOST_TEST(query_number(db.url,
                   "SELECT count(*) FROM audit_log WHERE action = 'forum.created' AND subject = 'forum:energie' "
                   "AND actor = '" + admin_email + "' AND details -> 'panel_size' = '45'") == 1);

  const auto taken = staff_request(port, admin, "POST", "/api/admin/forums", forum_body().dump());
  BOOST_TEST(taken.status == 409);
  BOOST_TEST(error_code(taken) == "forum_exists");

  // Bad input: every problem named at its field, nothing stored.
  auto bad = forum_body("tweede");
  bad["name"] = " ";
  bad["panel_size"] = 0;
  bad["categories"][0]["values"][2]["min"] = 16;
  bad["categories"][1]["values"][1]["value"] = "vrouw";
  bad["categories"][1]["values"][0]["max"] = -2;
  const auto refused = staff_request(port, admin, "POST", "/api/admin/forums", bad.dump());
  BOOST_TEST_REQUIRE(refused.status == 422, refused.body);
  BOOST_TEST(error_code(refused) == "invalid_forum");
  BOOST_TEST(refused.json_body()["error"]["fields"].dump(2) == json::parse(R"([
      {"field": "name", "code": "empty", "message": "The forum's name is empty."},
      {"field": "panel_size", "code": "too_small", "message": "The panel size must be at least 1, not 0."},
      {"field": "categories[0].values[2].min", "code": "min_above_max", "message": "Leeftijd: 65+ has min 16 above max 15."},
      {"field": "categories[1].values[0].max", "code": "too_small", "message": "Geslacht: vrouw max must be at least 0, not -2."},
      {"field": "categories[1].values[1].value", "code": "duplicate_value", "message": "Geslacht: the value 'vrouw' appears twice."}
    ])").dump(2));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forums") == 1);

  const auto list = staff_request(port, admin, "GET", "/api/admin/forums");
  BOOST_TEST_REQUIRE(list.status == 200);
  BOOST_TEST(list.json_body() == (json{{"forums", json::array({forum})}}));
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie").json_body() == forum);
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/bestaat-niet").status == 404);

  // Quotas a panel of 45 can meet.
  auto categories = forum_body()["categories"];
  categories[0]["values"][0]["min"] = 12;
  const auto replaced =
      staff_request(port, admin, "PUT", "/api/admin/forums/energie/quotas", json{{"categories", categories}}.dump());
  BOOST_TEST_REQUIRE(replaced.status == 200, replaced.body);
  BOOST_TEST(replaced.json_body()["categories"] == categories);
  BOOST_TEST(replaced.json_body()["panel_size"] == 45);
  BOOST_TEST(replaced.json_body()["feasibility"]["feasible"] == true);
  BOOST_TEST(replaced.json_body()["feasibility"]["conflicts"].empty());
  BOOST_TEST(replaced.json_body()["quotas_changed_by"] == admin_email);
  BOOST_TEST(query_number(db.url,
                   "SELECT count(*) FROM audit_log WHERE action = 'forum.quotas_replaced' AND subject = 'forum:energie' "
                   "AND details -> 'categories' -> 0 -> 'values' -> 0 -> 'min' = '12'") == 1);

  // A larger panel than the maximums allow, with the panel size.
  const auto larger = staff_request(port, admin, "PUT", "/api/admin/forums/energie/quotas",
                           json{{"categories", categories}, {"panel_size", 49}}.dump());
  BOOST_TEST_REQUIRE(larger.status == 200, larger.body);
  BOOST_TEST(larger.json_body()["panel_size"] == 49);
  BOOST_TEST(larger.json_body()["feasibility"]["conflicts"][0]["message"] ==
             "the maximums of 'Geslacht' add up to 48 seats, fewer than the panel of 49");

  // Bad quotas change nothing.
  categories[1]["values"][0]["min"] = 30;
  const auto wrong = staff_request(port, admin, "PUT", "/api/admin/forums/energie/quotas",
                          json{{"categories", categories}, {"panel_size", 2000}}.dump());
  BOOST_TEST_REQUIRE(wrong.status == 422, wrong.body);
  BOOST_TEST(error_code(wrong) == "invalid_quota");
  BOOST_TEST(wrong.json_body()["error"]["fields"].size() == 2u);
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie").json_body() == larger.json_body());
  BOOST_TEST(staff_request(port, admin, "PUT", "/api/admin/forums/energie/quotas", json{{"panel_size", 40}}.dump()).status == 422);
  BOOST_TEST(staff_request(port, admin, "PUT", "/api/admin/forums/bestaat-niet/quotas", json{{"categories", forum_body()["categories"]}}.dump())
                 .status == 404);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.quotas_replaced'") == 2);
}

BOOST_AUTO_TEST_CASE(an_uploaded_register_has_the_hash_mienskip_draw_commits_to) {
  StaffDatabase db("http_forums_register");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  create_forum(port, admin);
  const auto none = staff_request(port, admin, "GET", "/api/admin/forums/energie/register");
  BOOST_TEST(none.status == 409);
  BOOST_TEST(error_code(none) == "no_register");

  const std::string csv = register_csv(60);
  const auto stored = upload(port, admin, "energie", csv);
  BOOST_TEST_REQUIRE(stored.status == 200, stored.body);
  const json answer = stored.json_body();
  BOOST_TEST(answer["rows"] == 60);
  BOOST_TEST(answer["sha256"] == cli_register_hash(csv, "register.csv"));
  BOOST_TEST(answer["columns"] == json::parse(R"(["id", "voornaam", "achternaam", "straat", "huisnummer", "postcode",
                                                 "woonplaats", "geboortejaar", "wijk"])"));
  BOOST_TEST(answer["uploaded_by"] == admin_email);
  BOOST_TEST_REQUIRE(answer["preview"].size() == 5u);
  BOOST_TEST(answer["preview"][1] == json::parse(R"(["100007", "Áltsje", "Hoekstra", "Tsjerkestrjitte", "2", "8701 AB",
                                                     "Snits", "1941", "Noord"])"));
  BOOST_TEST(answer["preview"][4][2] == "Dijkstra; jr.");
  BOOST_TEST(answer["encoding"] == "UTF-8");  // said to staff in the answer to the upload, not stored
  json kept = answer;
  kept.erase("encoding");
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie/register").json_body() == kept);
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie").json_body()["register"] == (json{{"rows", 60}}));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 60);
  BOOST_TEST(query_number(db.url, "SELECT max(position) FROM forum_register_rows") == 59);
  BOOST_TEST(query_number(db.url, "SELECT line FROM forum_register_rows WHERE position = 59") == 61);
  // Audited with its size and hash, never its contents; and no name reaches the server's log.
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.register_uploaded' AND subject = "
                           "'forum:energie' AND details ->> 'sha256' = '" + answer["sha256"].get<std::string>() +
                               "' AND details -> 'rows' = '60' AND details::text NOT LIKE '%Hoekstra%'") == 1);
  BOOST_TEST(request(port, "GET", "/healthz").status == 200);
  BOOST_TEST(server.output_with("GET /healthz 200").find("Hoekstra") == std::string::npos);

  // Sent again, the same file is the same register. Chunked it is refused: a chunked body that
  // breaks off would look whole.
  const auto again = upload(port, admin, "energie", csv);
  BOOST_TEST_REQUIRE(again.status == 200, again.body);
  BOOST_TEST(again.json_body()["sha256"] == answer["sha256"]);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 60);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.register_uploaded' AND "
                           "details -> 'replaced_earlier' = 'true'") == 1);
  const auto chunked = upload(port, admin, "energie", csv, true);
  BOOST_TEST(chunked.status == 411);
  BOOST_TEST(error_code(chunked) == "length_required");

  // Fields PostgreSQL's COPY and array syntax treat specially come back exactly.
  const std::string tricky = "id,naam,opmerking\n1,\"Back\\slash \"\"quoted\"\"\",\"tab\there, {brace}\"\n2,NULL,\\N\n";
  const auto special = upload(port, admin, "energie", tricky);
  BOOST_TEST_REQUIRE(special.status == 200, special.body);
  BOOST_TEST(special.json_body()["preview"] ==
             json::parse(R"([["1", "Back\\slash \"quoted\"", "tab\there, {brace}"], ["2", "NULL", "\\N"]])"));
  BOOST_TEST(special.json_body()["sha256"] == cli_register_hash(tricky, "tricky.csv"));

  // Saved by Dutch Excel ("CSV (gescheiden door lijstscheidingsteken)"): Windows-1252 and
  // semicolons. Read as such and said; the same register, and hash, as its UTF-8 twin, which is
  // also what `mienskip draw commit` computes from the Excel file.
  const std::string excel = "id;voornaam;woonplaats\r\n1;Sj\xEB" "rd;Sn\xEAk\r\n2;\x93" "Anna\x94;Boalsert\r\n";
  const std::string utf8 = "id;voornaam;woonplaats\r\n1;Sj\u00EBrd;Sn\u00EAk\r\n2;\u201CAnna\u201D;Boalsert\r\n";
  const auto from_excel = upload(port, admin, "energie", excel);
  BOOST_TEST_REQUIRE(from_excel.status == 200, from_excel.body);
  BOOST_TEST(from_excel.json_body()["encoding"] == "Windows-1252");
  BOOST_TEST(from_excel.json_body()["preview"][0] == json::parse(R"(["1", "Sjërd", "Snêk"])"));
  BOOST_TEST(from_excel.json_body()["sha256"] == cli_register_hash(utf8, "utf8.csv"));
  BOOST_TEST(from_excel.json_body()["sha256"] == cli_register_hash(excel, "excel.csv"));
}

BOOST_AUTO_TEST_CASE(a_register_with_bad_rows_is_refused_whole_and_a_good_one_replaces_the_last) {
  StaffDatabase db("http_forums_bad_register");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  create_forum(port, admin);
  const std::string first = register_csv(50);
  const auto accepted = upload(port, admin, "energie", first);
  BOOST_TEST_REQUIRE(accepted.status == 200, accepted.body);

  // Four bad rows among good ones (the header is row 1, so resident i is on row i + 2).
  std::string bad = "id,naam,achternaam\n";
  for (int i = 0; i < 20; ++i) {
    if (i == 5) bad += "r1,Hylke,Bakker\n";  // row 7: r1 is on row 3
    else if (i == 7) bad += " ,Baukje,Postma\n";  // row 9
    else if (i == 10) bad += "r10,Tsjerk\n";  // row 12
    else if (i == 2) bad += "r2,Sjoerd,Sn\u00EAker\n";  // UTF-8 beyond ASCII: the file is UTF-8
    else if (i == 13) bad += "r13,Sytske,Dijkstra-Sm\xEF" "de\n";  // row 15: a stray Latin-1 byte
    else bad += "r" + std::to_string(i) + ",Jetske,de Vries\n";
  }
  const auto refused = upload(port, admin, "energie", bad);
  BOOST_TEST_REQUIRE(refused.status == 422, refused.body);
  BOOST_TEST(error_code(refused) == "invalid_register");
  BOOST_TEST(refused.json_body()["error"]["problem_count"] == 4);
  BOOST_TEST(refused.json_body()["error"]["encoding"] == "UTF-8");
  BOOST_TEST(refused.json_body()["error"]["problems"] == json::parse(R"([
      {"row": 7, "column": "id", "code": "repeated_id", "params": {"first_row": 3}, "message": "the id is also on row 3"},
      {"row": 9, "column": "id", "code": "empty_id", "params": {}, "message": "the id is empty"},
      {"row": 12, "column": "", "code": "field_count", "params": {"fields": 2, "expected": 3},
       "message": "this line has 2 fields, the header has 3"},
      {"row": 15, "column": "achternaam", "code": "not_text", "params": {"encoding": "UTF-8"},
       "message": "this is not UTF-8 text (or it holds a NUL byte); save the file as CSV UTF-8 and upload it again"}
    ])"), refused.body);
  BOOST_TEST(refused.json_body()["error"]["message"].get<std::string>().find("4 problems (the first: row 7, column id") !=
             std::string::npos);
  // Nothing of it was stored: the first register is as it was.
  json first_stored = accepted.json_body();
  first_stored.erase("encoding");
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie/register").json_body() == first_stored);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 50);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.register_uploaded'") == 1);

  // Many bad rows: the first 100 listed, all counted.
  std::string many = "id,naam\n";
  for (int i = 0; i < 250; ++i) many += i % 5 ? "x" + std::to_string(i) + ",Anna\n" : "dup,Anna\n";
  const auto counted = upload(port, admin, "energie", many);
  BOOST_TEST_REQUIRE(counted.status == 422);
  BOOST_TEST(counted.json_body()["error"]["problem_count"] == 49);
  BOOST_TEST(counted.json_body()["error"]["problems"][48]["row"] == 247);

  // Files that are no register at all.
  const auto no_id = upload(port, admin, "energie", "bsn,naam\n1,Anna\n");
  BOOST_TEST(no_id.status == 422);
  BOOST_TEST(error_code(no_id) == "invalid_register");
  BOOST_TEST(no_id.json_body()["error"]["problems"] == json::parse(R"([{"row": 1, "column": "", "code": "missing_column",
      "params": {"column": "id"}, "message": "the register has no column 'id'"}])"), no_id.body);
  const auto header_only = upload(port, admin, "energie", "id,naam\n");
  BOOST_TEST(header_only.status == 422);
  BOOST_TEST(header_only.json_body()["error"]["problems"][0]["code"] == "no_rows");
  BOOST_TEST(error_code(upload(port, admin, "energie", "id,naam\n1,\"Anna\n")) == "csv_malformed");
  BOOST_TEST(staff_request(port, admin, "POST", "/api/admin/forums/energie/register", first, "application/json").status == 415);
  BOOST_TEST(upload(port, admin, "bestaat-niet", first).status == 404);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 50);

  // A second good register replaces the first as a whole.
  const std::string second = register_csv(30, 3);
  const auto replaced = upload(port, admin, "energie", second);
  BOOST_TEST_REQUIRE(replaced.status == 200, replaced.body);
  BOOST_TEST(replaced.json_body()["rows"] == 30);
  BOOST_TEST(replaced.json_body()["sha256"] == cli_register_hash(second, "second.csv"));
  BOOST_TEST(replaced.json_body()["sha256"] != accepted.json_body()["sha256"]);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 30);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows WHERE person_id = '100003'") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_registers") == 1);

  // Should the database refuse a row after all, its message (which quotes the row) stays out of
  // the server's log, and the last register stays.
  {
    pqxx::connection c(db.url);
    pqxx::nontransaction tx(c);
    tx.exec(
        "CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN IF NEW.fields[3] = 'Kuipers' THEN RAISE EXCEPTION 'refused %', NEW.fields; END IF; RETURN NEW; END $$");
    tx.exec("CREATE TRIGGER refuse_row BEFORE INSERT ON forum_register_rows FOR EACH ROW EXECUTE FUNCTION refuse_row()");
  }
  const auto failed = upload(port, admin, "energie", "id,voornaam,achternaam\n1,Grytsje,Kuipers\n");
  BOOST_TEST(failed.status == 500);
  BOOST_TEST(error_code(failed) == "internal_error");
  const std::string log = server.output_with("storing the register failed (SQLSTATE P0001)");
  BOOST_TEST(log.find("storing the register failed (SQLSTATE P0001)") != std::string::npos, log);
  BOOST_TEST(log.find("Grytsje") == std::string::npos);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 30);
}

BOOST_AUTO_TEST_CASE(the_register_route_alone_takes_large_bodies) {
  StaffDatabase db("http_forums_limits");
  ServerProcess server({"serve", "--port", "0", "--max-body-bytes", "2048", "--max-upload-bytes", "60000"},
                       server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  create_forum(port, admin);
  const std::string csv = register_csv(300);  // some 25 KB
  BOOST_TEST_REQUIRE(csv.size() > 20000u);
  BOOST_TEST_REQUIRE(csv.size() < 60000u);
  const auto stored = upload(port, admin, "energie", csv);
  BOOST_TEST(stored.status == 200, stored.body);
  BOOST_TEST(stored.json_body()["rows"] == 300);
  // Elsewhere the small limit holds.
  json big = forum_body();
  big["name"] = std::string(3000, 'x');
  const auto too_large = staff_request(port, admin, "PUT", "/api/admin/forums/energie/quotas", big.dump());
  BOOST_TEST(too_large.status == 413);
  // And the upload limit holds for the register.
  const std::string larger = register_csv(1000);
  BOOST_TEST_REQUIRE(larger.size() > 60000u);
  const auto declared = upload(port, admin, "energie", larger);
  BOOST_TEST(declared.status == 413);
  BOOST_TEST(error_code(declared) == "payload_too_large");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 300);
}

BOOST_AUTO_TEST_SUITE_END()
