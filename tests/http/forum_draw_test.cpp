// Issue 6, step 3 through a real `mienskip serve`: the commitment to the invitation draw, the
// public seed, the draw itself (which must be the draw `mienskip draw` makes from the same file,
// parameters and seed), the mail-merge file and the printable letters.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "core/base/csv.hpp"
#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

const json parameters = json::parse(R"({"count": 30, "stratify_by": "wijk", "household_key": ["postcode", "huisnummer"]})");

Reply commit(std::uint16_t port, const Login& admin, const json& body) {
  return staff_request(port, admin, "PUT", "/api/admin/forums/energie/draw/commitment", body.dump());
}

Reply draw(std::uint16_t port, const Login& admin, const json& body) {
  return staff_request(port, admin, "POST", "/api/admin/forums/energie/draw", body.dump());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_draw_api)

BOOST_AUTO_TEST_CASE(the_draw_is_committed_then_drawn_once_exactly_as_the_cli_draws) {
  StaffDatabase db("http_forum_draw");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const auto csv = register_csv(300);  // 300 residents in 40 households, 20 in each wijk
  const Login admin = forum_with_register(port, csv);

  BOOST_TEST(error_code(staff_request(port, admin, "GET", "/api/admin/forums/energie/draw")) == "no_commitment");
  BOOST_TEST(error_code(draw(port, admin, {{"seed", "1"}})) == "no_commitment");

  // Bad parameters: every problem at its field, nothing stored.
  const auto refused = commit(port, admin, json::parse(R"({"count": 0, "stratify_by": "dorp",
      "household_key": ["postcode", "postcode"], "oversample": {"Noord": -1}, "seed": "x"})"));
  BOOST_TEST_REQUIRE(refused.status == 422, refused.body);
  BOOST_TEST(error_code(refused) == "invalid_draw_parameters");
  std::set<std::string> fields;
  const json refusal = refused.json_body();  // held: a range-for over a temporary's member dangles
  for (const auto& field : refusal["error"]["fields"]) fields.insert(field["field"].get<std::string>());
  const std::set<std::string> expected_fields = {"seed", "count", "stratify_by", "household_key[1]", "oversample.Noord"};
  BOOST_TEST(fields == expected_fields, boost::test_tools::per_element());
  BOOST_TEST(refused.body.find("it has: voornaam, achternaam") != std::string::npos, refused.body);
  BOOST_TEST(error_code(commit(port, admin, {{"count", 301}})) == "invalid_draw_parameters");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_draws") == 0);

  // The commitment is the one `mienskip draw commit` prints for the same file and parameters.
  const auto folder = scratch_directory("http-forum-draw");
  std::ofstream(folder / "register.csv", std::ios::binary) << csv;
  const std::vector<std::string> cli_parameters = {"--register", (folder / "register.csv").string(), "--count", "30",
                                                   "--stratify-by", "wijk", "--household-key", "postcode,huisnummer"};
  std::string output;
  auto commit_args = cli_parameters;
  commit_args.insert(commit_args.begin(), {"draw", "commit"});
  BOOST_TEST_REQUIRE(run_mienskip(commit_args, {}, output) == 0, output);
  const std::string cli_commitment = output.substr(0, 64);
  const auto committed = commit(port, admin, parameters);
  BOOST_TEST_REQUIRE(committed.status == 200, committed.body);
  BOOST_TEST(committed.json_body()["commitment"] == cli_commitment);
  BOOST_TEST(committed.json_body()["parameters"] ==
             json::parse(R"({"count": 30, "stratify_by": "wijk", "household_key": ["postcode", "huisnummer"], "oversample": {}})"));
  BOOST_TEST(committed.json_body()["seed"].is_null());
  BOOST_TEST(committed.json_body()["register_changed"] == false);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.draw_committed' AND details ->> "
                                  "'commitment' = '" + cli_commitment + "'") == 1);

  BOOST_TEST(error_code(draw(port, admin, {{"seed", " "}})) == "invalid_seed");
  BOOST_TEST(error_code(draw(port, admin, {{"seed", 12}})) == "invalid_seed");
  BOOST_TEST(error_code(staff_request(port, admin, "GET", "/api/admin/forums/energie/invitations.csv")) == "no_draw");

  // The draw, with the seed as the public lottery gave it (spaces around it do not count).
  const auto drawn = draw(port, admin, {{"seed", "  07 19 23 31 40  "}});
  BOOST_TEST_REQUIRE(drawn.status == 200, drawn.body);
  const json state = drawn.json_body();
  BOOST_TEST(state["seed"] == "07 19 23 31 40");
  BOOST_TEST(state["invitations"] == 30);
  BOOST_TEST(state["drawn_by"] == admin_email);

  auto draw_args = cli_parameters;
  draw_args.insert(draw_args.begin(), "draw");
  draw_args.insert(draw_args.end(), {"--seed", "07 19 23 31 40", "--out", (folder / "invitations.csv").string(),
                                     "--receipt", (folder / "receipt.json").string()});
  BOOST_TEST_REQUIRE(run_mienskip(draw_args, {}, output) == 0, output);
  BOOST_TEST(state["receipt"] == json::parse(read_text(folder / "receipt.json")));

  // The mail-merge file is the CLI's file with a personal code on every line, and the audit log's
  // head as it was with this download's own entry, for the letters to print.
  const auto merge = staff_request(port, admin, "GET", "/api/admin/forums/energie/invitations.csv");
  BOOST_TEST_REQUIRE(merge.status == 200, merge.body);
  const auto head = query_text(db.url, "SELECT entry_hash || '@' || chain_position FROM audit_log "
                                       "WHERE action = 'forum.invitations_downloaded' ORDER BY chain_position DESC LIMIT 1");
  BOOST_TEST(std::regex_match(head, std::regex("[0-9a-f]{64}@[0-9]+")), head);
  // The same rows as the CLI's file, in Dutch Excel's dialect (BOM, ';', CRLF, Dutch names).
  BOOST_TEST(merge.body.rfind("\xEF\xBB\xBF", 0) == 0u);
  BOOST_TEST(merge.body.find("\r\n") != std::string::npos);
  const auto cli_file = mienskip::parse_csv(read_text(folder / "invitations.csv"), "invitations.csv");
  const auto merge_file = mienskip::parse_csv(merge.body, "uitnodigingen.csv");
  auto expected_header = cli_file.header;
  BOOST_TEST_REQUIRE(expected_header.back() == "draw_order");
  expected_header.back() = "volgnummer";
  expected_header.insert(expected_header.end(), {"code", "logboekkop"});
  BOOST_TEST(merge_file.header == expected_header, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(merge_file.rows.size() == cli_file.rows.size());
  std::set<std::string> codes;
  for (std::size_t r = 0; r < cli_file.rows.size(); ++r) {
    auto fields = merge_file.rows[r];
    BOOST_TEST(fields.back() == head);
    const auto code = fields[fields.size() - 2];
    BOOST_TEST(std::regex_match(code, std::regex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")), code);
    codes.insert(code);
    fields.resize(cli_file.header.size());
    BOOST_TEST(fields == cli_file.rows[r], boost::test_tools::per_element());
  }
  BOOST_TEST(codes.size() == 30u);

  // The letters can be printed again with the same codes, yet the database holds none of them:
  // a dump (what a backup or a stolen copy is) signs nobody up.
  const auto again = staff_request(port, admin, "GET", "/api/admin/forums/energie/invitations.csv");
  BOOST_TEST_REQUIRE(again.status == 200, again.body);
  for (const auto& code : codes) BOOST_TEST(again.has(";" + code + ";"), code);
  std::string dump;
  BOOST_TEST_REQUIRE(run_shell("/usr/lib/postgresql/15/bin/pg_dump --no-owner '" + db.url + "'", dump) == 0, dump);
  BOOST_TEST_REQUIRE(dump.find("forum_invitations") != std::string::npos);
  for (auto code : codes) {
    BOOST_TEST(dump.find(code) == std::string::npos, code);
    code.erase(std::remove(code.begin(), code.end(), '-'), code.end());
    BOOST_TEST(dump.find(code) == std::string::npos, code);
  }

  // Letters: one a page, in Frisian, the address as asked, every code once; text from the
  // register escaped. (forum_letters_test has the address block in detail.)
  const auto letters = staff_request(port, admin, "GET",
      "/api/admin/forums/energie/letters.html?language=fy&given_name=voornaam&surname=achternaam&street=straat"
      "&house_number=huisnummer&postcode=postcode&place=woonplaats");
  BOOST_TEST_REQUIRE(letters.status == 200, letters.body);
  BOOST_TEST(letters.has("<html lang=\"fy\">"));
  BOOST_TEST(std::regex_search(letters.body, std::regex("<p>Bêste (Sjoerd|Áltsje|Wytse|Jetske|Hylke|Baukje|Tsjerk|Sytske) [^<]+,</p>")));
  BOOST_TEST(!letters.has("Bêste bewenner,"));
  BOOST_TEST(letters.has("/f/energie"));
  std::size_t pages = 0;
  for (auto at = letters.body.find("<article class=\"letter\">"); at != std::string::npos;
       at = letters.body.find("<article class=\"letter\">", at + 1)) {
    ++pages;
  }
  BOOST_TEST(pages == 30u);
  for (const auto& code : codes) BOOST_TEST(letters.has(">" + code + "<"), code);
  BOOST_TEST(std::regex_search(letters.body, std::regex("<address class=\"address\">[^<]+ [^<]+<br>Tsjerkestrjitte \\d+<br>870\\d AB (Snits|Boalsert)</address>")));
  const auto dutch = staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html");
  BOOST_TEST(std::regex_search(dutch.body, std::regex("<p>Beste (Sjoerd|Áltsje|Wytse|Jetske|Hylke|Baukje|Tsjerk|Sytske) [^<]+,</p>")));
  BOOST_TEST(!dutch.has("Noord"));  // the district column is not part of the address
  BOOST_TEST(error_code(staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?language=de")) == "invalid_option");
  BOOST_TEST(error_code(staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html?address=naam")) == "invalid_option");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.invitations_downloaded'") == 4);

  // Done once: no second draw, no new commitment, no new register; nothing changed.
  BOOST_TEST(error_code(draw(port, admin, {{"seed", "another"}})) == "already_drawn");
  BOOST_TEST(error_code(commit(port, admin, parameters)) == "already_drawn");
  const auto replaced = staff_request(port, admin, "POST", "/api/admin/forums/energie/register", register_csv(300, 1), "text/csv");
  BOOST_TEST(error_code(replaced) == "already_drawn");
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie/draw").json_body() == state);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_invitations") == 30);

  // The audit log tells who drew with which seed, but holds no code.
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.invitations_drawn' AND details ->> "
                                  "'seed' = '07 19 23 31 40'") == 1);
  const auto audit = query_text(db.url, "SELECT string_agg(details::text, ' ') FROM audit_log");
  for (const auto& code : codes) BOOST_TEST(audit.find(code) == std::string::npos);

  // Step 7: the letters are out; the residents' records go, and with them every letter that could
  // be printed; the codes' hashes stay.
  const auto deleted = staff_request(port, admin, "POST", "/api/admin/forums/energie/personal-data/delete");
  BOOST_TEST_REQUIRE(deleted.status == 200, deleted.body);
  BOOST_TEST(deleted.json_body()["deleted"] == json::parse(R"({"register_rows": 300, "codes": 30})"));
  BOOST_TEST(deleted.json_body()["personal_data_deleted"] == true);
  BOOST_TEST(deleted.json_body()["receipt"] == state["receipt"]);
  BOOST_TEST(deleted.json_body()["commitment"] == state["commitment"]);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 0);
  BOOST_TEST(query_number(db.url, "SELECT count(DISTINCT code_hash) FROM forum_invitations") == 30);
  const auto kept = staff_request(port, admin, "GET", "/api/admin/forums/energie/register").json_body();
  BOOST_TEST(kept["rows"] == 300);
  BOOST_TEST(kept["sha256"] == state["register_sha256"]);
  BOOST_TEST(kept["preview"].empty());
  const auto gone = staff_request(port, admin, "GET", "/api/admin/forums/energie/invitations.csv");
  BOOST_TEST(gone.status == 410);
  BOOST_TEST(error_code(gone) == "personal_data_deleted");
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie/letters.html").status == 410);
  const auto twice = staff_request(port, admin, "POST", "/api/admin/forums/energie/personal-data/delete");
  BOOST_TEST(twice.json_body()["deleted"] == json::parse(R"({"register_rows": 0, "codes": 0})"));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.personal_data_deleted' AND "
                                  "details -> 'register_rows' = '300'") == 1);
}

BOOST_AUTO_TEST_CASE(a_replaced_register_needs_a_new_commitment_and_an_impossible_draw_changes_nothing) {
  StaffDatabase db("http_forum_draw_changes");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_register(port, register_csv(300));
  const auto first = commit(port, admin, parameters);
  BOOST_TEST_REQUIRE(first.status == 200, first.body);
  // The register is needed until the draw is done.
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/personal-data/delete")) == "no_draw");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_register_rows") == 300);

  const auto replaced = staff_request(port, admin, "POST", "/api/admin/forums/energie/register", register_csv(300, 1), "text/csv");
  BOOST_TEST_REQUIRE(replaced.status == 200, replaced.body);
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie/draw").json_body()["register_changed"] == true);
  BOOST_TEST(error_code(draw(port, admin, {{"seed", "1 2 3"}})) == "commitment_mismatch");

  // Ten postcodes, five in each wijk: fifteen invitations per wijk cannot go to different households.
  // Version 1 is published and stays: a new commitment is a correction, with its reason.
  json narrow_parameters = {{"count", 30}, {"stratify_by", "wijk"}, {"household_key", {"postcode"}}};
  const auto unexplained = commit(port, admin, narrow_parameters);
  BOOST_TEST(unexplained.status == 409);
  BOOST_TEST(error_code(unexplained) == "commitment_published");
  narrow_parameters["reason"] = std::string(501, 'x');
  BOOST_TEST(error_code(commit(port, admin, narrow_parameters)) == "invalid_draw_parameters");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_draw_commitments") == 1);
  narrow_parameters["reason"] = "Het register is vervangen door de versie van 1 december.";
  const auto narrow = commit(port, admin, narrow_parameters);
  BOOST_TEST_REQUIRE(narrow.status == 200, narrow.body);
  BOOST_TEST(narrow.json_body()["commitment"] != first.json_body()["commitment"]);
  BOOST_TEST(narrow.json_body()["register_changed"] == false);
  BOOST_TEST(narrow.json_body()["version"] == 2);
  BOOST_TEST(narrow.json_body()["versions"].size() == 2u);
  BOOST_TEST(narrow.json_body()["versions"][0]["commitment"] == first.json_body()["commitment"]);
  BOOST_TEST(narrow.json_body()["versions"][0]["reason"].is_null());
  BOOST_TEST(narrow.json_body()["versions"][1]["reason"] == narrow_parameters["reason"]);
  const auto impossible = draw(port, admin, {{"seed", "1 2 3"}});
  BOOST_TEST(impossible.status == 422);
  BOOST_TEST(error_code(impossible) == "invalid_draw");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_invitations") == 0);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_draws WHERE seed IS NOT NULL") == 0);

  json corrected = parameters;
  corrected["reason"] = "Huishoudens op postcode en huisnummer, zoals het plan van aanpak zegt.";
  BOOST_TEST_REQUIRE(commit(port, admin, corrected).status == 200);
  BOOST_TEST(draw(port, admin, {{"seed", "1 2 3"}}).status == 200);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_invitations") == 30);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.draw_committed'") == 3);
}

// Issue 18: the seed goes in only after the commitment has been public for the waiting time, each
// correction starts it again, and the verification page shows every version with its time and
// reason, and how long the commitment was public when the seed was entered.
BOOST_AUTO_TEST_CASE(the_seed_waits_until_the_commitment_has_been_public_and_the_page_shows_every_version) {
  StaffDatabase db("http_forum_draw_wait");
  auto environment = server_environment(db.url);
  environment["MIENSKIP_COMMITMENT_WAIT"] = "2";
  ServerProcess server({"serve", "--port", "0"}, environment);
  const auto port = server.port();
  const Login admin = forum_with_register(port, register_csv(300));
  const auto first = commit(port, admin, parameters);
  BOOST_TEST_REQUIRE(first.status == 200, first.body);
  BOOST_TEST(first.json_body()["seed_time_reached"] == false);
  BOOST_TEST(first.json_body()["seed_not_before"] != first.json_body()["committed_at"]);
  const auto early = draw(port, admin, {{"seed", "1 2 3"}});
  BOOST_TEST(early.status == 409);
  BOOST_TEST(error_code(early) == "commitment_too_recent");
  BOOST_TEST(request(port, "GET", "/f/energie/verificatie").has("De seed mag pas worden ingevoerd vanaf"));

  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  BOOST_TEST(staff_request(port, admin, "GET", "/api/admin/forums/energie/draw").json_body()["seed_time_reached"] == true);
  BOOST_TEST(request(port, "GET", "/f/energie/verificatie?lang=en").has("The waiting time is over"));
  json corrected = parameters;
  corrected["count"] = 31;
  corrected["reason"] = "Eén uitnodiging meer <voor> Noord & Zuid.";
  BOOST_TEST_REQUIRE(commit(port, admin, corrected).status == 200);
  BOOST_TEST(error_code(draw(port, admin, {{"seed", "1 2 3"}})) == "commitment_too_recent");
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  const auto drawn = draw(port, admin, {{"seed", "1 2 3"}});
  BOOST_TEST_REQUIRE(drawn.status == 200, drawn.body);
  BOOST_TEST(drawn.json_body()["invitations"] == 31);
  BOOST_TEST(error_code(commit(port, admin, corrected)) == "already_drawn");

  const auto page = request(port, "GET", "/f/energie/verificatie");
  BOOST_TEST(page.has(first.json_body()["commitment"].get<std::string>()));
  BOOST_TEST(page.has(drawn.json_body()["commitment"].get<std::string>()));
  BOOST_TEST(page.has("Eén uitnodiging meer &lt;voor&gt; Noord &amp; Zuid."));
  BOOST_TEST(page.has("De toezegging is 1 keer gecorrigeerd"));
  BOOST_TEST(page.has("Versie 2 was minder dan een minuut openbaar toen de seed werd ingevoerd"), page.body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.draw_committed' AND "
                                  "details ->> 'reason' = 'Eén uitnodiging meer <voor> Noord & Zuid.'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
