// Issue 6, steps 5 and 6 through a real `mienskip serve`: the selection probabilities computed in
// the background from the volunteers, the panel drawn with a public number, alternates for
// dropouts, and the public verification page whose files re-run to the same panel with the
// `mienskip select` and `mienskip alternates` commands.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <tuple>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <random>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>
#include <thread>

#include "core/base/error.hpp"
#include "core/crypto/sha256.hpp"
#include "store/forum_selection.hpp"
#include "support/forum_fixture.hpp"
#include "support/http_client.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip::test;
using nlohmann::json;

namespace {

// 45 seats: 10-20 aged 16-34, 10-20 aged 35-64, exactly 15 aged 65+; 20-25 women and men.
json quotas() {
  return json::parse(R"([
    {"name": "Leeftijd", "values": [{"value": "16-34", "min": 10, "max": 20}, {"value": "35-64", "min": 10, "max": 20},
                                    {"value": "65+", "min": 15, "max": 15}]},
    {"name": "Geslacht", "values": [{"value": "vrouw", "min": 20, "max": 25}, {"value": "man", "min": 20, "max": 25}]}])");
}

// A forum with those quotas whose 120 invitations have been drawn.
Login forum_with_invitations(std::uint16_t port) {
  auto body = forum_body();
  body["categories"] = quotas();
  const Login admin = forum_with_register(port, register_csv(300), body);
  commit_and_draw(port, admin, {{"count", 120}}, "03 17 22");
  return admin;
}

// Volunteers `from`..`to` answering invitations of the same numbers: two in five are 16-34, two
// in five 35-64, one in five 65+ (20 of 100), women and men in turn per five.
void add_volunteers(const std::string& url, int from, int to) {
  const auto added = query_number(
      url, "WITH added AS (INSERT INTO forum_volunteers (forum_id, number, draw_order, answers, name, email, source) "
           "SELECT f.id, n, n, jsonb_build_object('Leeftijd', CASE n % 5 WHEN 0 THEN '16-34' WHEN 1 THEN '16-34' "
           "WHEN 2 THEN '35-64' WHEN 3 THEN '35-64' ELSE '65+' END, 'Geslacht', "
           "CASE WHEN (n / 5) % 2 = 0 THEN 'vrouw' ELSE 'man' END), 'Inwoner ' || n, 'inwoner' || n || '@example.nl', "
           "'sign_up' FROM forums f, generate_series(" + std::to_string(from) + ", " + std::to_string(to) +
           ") AS n WHERE f.slug = 'energie' RETURNING 1) SELECT count(*) FROM added");
  BOOST_TEST_REQUIRE(added == to - from + 1);
}

// A pool that keeps LEXIMIN busy for half a minute or more (docs/lottery.md: 1,000 volunteers,
// 8 categories, k = 170), shaped as tests/bench/select_bench generates it: quotas around each
// value's share with a little slack, volunteers self-selected towards the later values, and no
// minimum above the volunteers there are.
struct LargePool {
  json quotas;
  std::string volunteers;  // SQL VALUES rows (number, answers)
};

LargePool large_pool(int n, int k, int categories) {
  std::mt19937 random(3);
  const int slack = std::max(1, k / 40);
  json quotas = json::array();
  for (int c = 0; c < categories; ++c) {
    const int values = 2 + (c * 3 + 3) % 5;
    std::vector<double> population(values);
    double total = 0;
    for (auto& p : population) total += (p = 1.0 + random() % 5);
    json list = json::array();
    for (int v = 0; v < values; ++v) {
      const double seats = population[v] / total * k;
      list.push_back({{"value", "v" + std::to_string(v)},
                      {"min", std::max(0, static_cast<int>(std::floor(seats)) - slack)},
                      {"max", static_cast<int>(std::ceil(seats)) + slack}});
    }
    quotas.push_back({{"name", "c" + std::to_string(c)}, {"values", list}});
  }
  LargePool pool;
  std::vector<std::vector<int>> available(categories);
  for (int c = 0; c < categories; ++c) available[c].assign(quotas[c]["values"].size(), 0);
  for (int i = 1; i <= n; ++i) {
    json answers = json::object();
    for (int c = 0; c < categories; ++c) {
      std::vector<double> weight;
      for (std::size_t v = 0; v < quotas[c]["values"].size(); ++v) weight.push_back(1.0 + static_cast<double>(v) * 0.5);
      const int v = std::discrete_distribution<int>(weight.begin(), weight.end())(random);
      ++available[c][v];
      answers["c" + std::to_string(c)] = "v" + std::to_string(v);
    }
    pool.volunteers += (i > 1 ? ", (" : "(") + std::to_string(i) + ", '" + answers.dump() + "')";
  }
  for (int c = 0; c < categories; ++c) {
    for (std::size_t v = 0; v < available[c].size(); ++v) {
      quotas[c]["values"][v]["min"] = std::min(quotas[c]["values"][v]["min"].get<int>(), available[c][v]);
    }
  }
  pool.quotas = quotas;
  return pool;
}

json selection(std::uint16_t port, const Login& admin) {
  const auto reply = staff_request(port, admin, "GET", "/api/admin/forums/energie/selection");
  BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
  return reply.json_body();
}

// The selection once it is no longer running (or as it is after a minute).
json finished_selection(std::uint16_t port, const Login& admin) {
  for (int i = 0; i < 600; ++i) {
    auto state = selection(port, admin);
    if (state["status"] != "running") return state;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return selection(port, admin);
}

long long audited(const std::string& url, const std::string& action) {
  return query_number(url, "SELECT count(*) FROM audit_log WHERE action = '" + action + "'");
}

std::vector<std::string> ids_of(const json& members, const std::string& status = "") {
  std::vector<std::string> ids;
  for (const auto& member : members) {
    if (status.empty() || member["status"] == status) ids.push_back(member["id"].get<std::string>());
  }
  return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_selection_api)

BOOST_AUTO_TEST_CASE(the_selection_runs_in_the_background_and_the_panel_is_what_the_cli_draws) {
  StaffDatabase db("http_forum_selection");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_invitations(port);
  const std::string base = "/api/admin/forums/energie/";

  // Before anything: no selection, no volunteers, nothing published.
  BOOST_TEST(selection(port, admin)["status"] == "none");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection", "{}")) == "no_volunteers");
  BOOST_TEST(error_code(staff_request(port, admin, "GET", base + "panel")) == "no_panel");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel/dropouts",
                                      json{{"ids", {"V0001"}}, {"seed", "5"}}.dump())) == "no_panel");
  BOOST_TEST(request(port, "GET", "/f/energie/verificatie/selection.json").status == 404);
  const auto early_page = request(port, "GET", "/f/energie/verificatie");
  BOOST_TEST_REQUIRE(early_page.status == 200, early_page.body);
  const auto commitment = query_text(db.url, "SELECT commitment FROM forum_draw_commitments ORDER BY version DESC LIMIT 1");
  BOOST_TEST(early_page.has(commitment));
  BOOST_TEST(early_page.has("Het panel is nog niet geloot."));

  add_volunteers(db.url, 1, 100);
  // A volunteer who withdrew stays listed but is not in the pool.
  add_volunteers(db.url, 101, 101);
  query_number(db.url, "UPDATE forum_volunteers SET withdrawn_at = now() WHERE number = 101 RETURNING 1");

  // Refusals change nothing.
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection", R"({"algorithm": "legacy"})")) ==
             "invalid_algorithm");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection", R"({"seed": "1"})")) == "invalid_algorithm");
  // Quotas no panel meets with these volunteers: 25 seats for 65+, who are 20.
  json strict = quotas();
  strict[0]["values"] = json::parse(R"([{"value": "16-34", "min": 10, "max": 20}, {"value": "35-64", "min": 10, "max": 25},
                                        {"value": "65+", "min": 25, "max": 30}])");
  BOOST_TEST_REQUIRE(
      staff_request(port, admin, "PUT", base + "quotas", json{{"categories", strict}}.dump()).status == 200);
  const auto infeasible = staff_request(port, admin, "POST", base + "selection", "{}");
  BOOST_TEST_REQUIRE(infeasible.status == 422, infeasible.body);
  const json refusal = infeasible.json_body();
  BOOST_TEST(refusal["error"]["code"] == "quota_infeasible");
  BOOST_TEST(refusal["error"]["feasibility"]["checked_against"] == "volunteers");
  BOOST_TEST(!refusal["error"]["feasibility"]["relaxation"].empty(), infeasible.body);
  BOOST_TEST(refusal["error"]["message"].get<std::string>().find("65+") != std::string::npos, infeasible.body);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_selections") == 0);
  BOOST_TEST(audited(db.url, "forum.selection_started") == 0);
  BOOST_TEST_REQUIRE(staff_request(port, admin, "PUT", base + "quotas",
                                   json{{"categories", quotas()}}.dump()).status == 200);

  // Quotas changed after sign-up so that an answer is no longer one of their values.
  json renamed = quotas();
  renamed[0]["values"][2]["value"] = "66+";
  BOOST_TEST_REQUIRE(staff_request(port, admin, "PUT", base + "quotas", json{{"categories", renamed}}.dump()).status == 200);
  const auto mismatch = staff_request(port, admin, "POST", base + "selection", "{}");
  BOOST_TEST(error_code(mismatch) == "answers_outside_quotas");
  BOOST_TEST(mismatch.status == 409);
  BOOST_TEST(mismatch.has("65+"), mismatch.body);
  BOOST_TEST_REQUIRE(staff_request(port, admin, "PUT", base + "quotas", json{{"categories", quotas()}}.dump()).status == 200);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_selections") == 0);

  // The run: 202 at once, the result from the database when it is done.
  const auto started = staff_request(port, admin, "POST", base + "selection", R"({"algorithm": "leximin"})");
  BOOST_TEST_REQUIRE(started.status == 202, started.body);
  BOOST_TEST(started.json_body()["status"] == "running");
  BOOST_TEST(started.json_body()["volunteers"] == 100);
  const json done = finished_selection(port, admin);
  BOOST_TEST_REQUIRE(done["status"] == "done", done.dump());
  BOOST_TEST(done["stale"] == false);
  BOOST_TEST(done["error"].is_null());
  BOOST_TEST(done["progress"]["stage"] == "done");
  BOOST_TEST(done["progress"]["elapsed_seconds"].get<double>() >= 0.0);
  const json& result = done["result"];
  BOOST_TEST(result["algorithm"] == "leximin");
  BOOST_TEST(result["input_sha256"] == done["input_sha256"]);
  BOOST_TEST(result["lottery"]["tickets"] == 1000);
  BOOST_TEST(result["draw"].is_null());
  BOOST_TEST_REQUIRE(result["probabilities"].size() == 100u);
  double expected_seats = 0;
  for (const auto& p : result["probabilities"]) expected_seats += p["probability"].get<double>();
  BOOST_TEST(expected_seats == 45.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(result["probabilities"][0]["id"] == "V0001");
  BOOST_TEST(result["probabilities"][0]["answers"] == json::parse(R"({"Leeftijd": "16-34", "Geslacht": "vrouw"})"));
  // 15 seats for 20 volunteers aged 65+: they are selected twice as often as the others.
  BOOST_TEST(result["probabilities"][3]["probability"].get<double>() > result["probabilities"][0]["probability"].get<double>());
  BOOST_TEST(audited(db.url, "forum.selection_started") == 1);
  BOOST_TEST(audited(db.url, "forum.selection_finished") == 1);

  // The published files, without logging in: pseudonymous ids and answers only.
  const auto features = request(port, "GET", "/f/energie/verificatie/features.csv");
  const auto candidates = request(port, "GET", "/f/energie/verificatie/candidates.csv");
  const auto published = request(port, "GET", "/f/energie/verificatie/selection.json");
  BOOST_TEST_REQUIRE(features.status == 200);
  BOOST_TEST_REQUIRE(candidates.status == 200);
  BOOST_TEST_REQUIRE(published.status == 200);
  BOOST_TEST(features.body.rfind("feature,value,min,max\n", 0) == 0u, features.body);
  BOOST_TEST(candidates.body.rfind("id,Leeftijd,Geslacht\nV0001,16-34,vrouw\n", 0) == 0u, candidates.body);
  BOOST_TEST(!candidates.has("Inwoner "));
  BOOST_TEST(!candidates.has("V0101"));
  BOOST_TEST(published.json_body()["lottery"] == result["lottery"]);

  // The CLI on the published files: the same input hash and the same lottery.
  const auto folder = scratch_directory("http-forum-selection");
  std::ofstream(folder / "features.csv", std::ios::binary) << features.body;
  std::ofstream(folder / "candidates.csv", std::ios::binary) << candidates.body;
  const std::string pool = (folder / "features.csv").string() + "," + (folder / "candidates.csv").string();
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"select", "--pool", pool, "--panel-size", "45", "--json", (folder / "verdeling.json").string()},
                                  {}, output) == 0, output);
  const json cli_distribution = json::parse(read_text(folder / "verdeling.json"));
  BOOST_TEST(cli_distribution["input_sha256"] == done["input_sha256"]);
  BOOST_TEST(cli_distribution["lottery"]["panels"] == result["lottery"]["panels"]);

  // The panel waits for sign-up to close, and for a selection of the volunteers as they are.
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel", R"({"lottery_number": 417})")) == "sign_up_open");
  query_number(db.url, "UPDATE forums SET sign_up_closed_at = now(), sign_up_closed_by = 'griffie' RETURNING 1");
  add_volunteers(db.url, 102, 102);
  BOOST_TEST(selection(port, admin)["stale"] == true);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel", R"({"lottery_number": 417})")) == "selection_stale");
  query_number(db.url, "UPDATE forum_volunteers SET withdrawn_at = now() WHERE number = 102 RETURNING 1");
  BOOST_TEST(selection(port, admin)["stale"] == false);
  {
    // A withdrawal between the route's check and storing the panel: the store checks again under
    // the forum's lock and stores nothing.
    query_number(db.url, "UPDATE forum_volunteers SET withdrawn_at = now() WHERE number = 3 RETURNING 1");
    pqxx::connection connection(db.url);
    const auto run = query_number(db.url, "SELECT run FROM forum_selections");
    BOOST_CHECK_EXCEPTION(mienskip::store::store_panel(connection, "energie", run, 417, done["input_sha256"], {"V0001"}, "test"),
                          mienskip::Error, [](const mienskip::Error& e) { return e.code() == "selection_stale"; });
    query_number(db.url, "UPDATE forum_volunteers SET withdrawn_at = NULL WHERE number = 3 RETURNING 1");
    BOOST_TEST(selection(port, admin)["stale"] == false);
  }
  for (const auto* bad : {R"({"lottery_number": 1000})", R"({"lottery_number": -1})", R"({"lottery_number": "417"})",
                          R"({"lottery_number": 4.5})", R"({})"}) {
    BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel", bad)) == "invalid_lottery_number", bad);
  }
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panels") == 0);

  // Issue 18: the panel is drawn only from a run fixed beforehand; once fixed, the pool stays.
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel", R"({"lottery_number": 417})")) ==
             "selection_not_fixed");
  const auto run = done["run"].get<long long>();
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection/fixed", "{}")) == "invalid_option");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection/fixed",
                                      json{{"run", run + 1}}.dump())) == "no_selection");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_selection_fixed") == 0);
  const auto fixed = staff_request(port, admin, "POST", base + "selection/fixed", json{{"run", run}}.dump());
  BOOST_TEST_REQUIRE(fixed.status == 201, fixed.body);
  const json history = fixed.json_body();
  BOOST_TEST(history["fixed"]["run"] == run);
  BOOST_TEST(history["fixed"]["number_time_reached"] == true);
  BOOST_TEST_REQUIRE(history["runs"].size() == 1u);
  BOOST_TEST(history["runs"][0]["outcome"] == "done");
  // The kept hash is the one of the file anyone downloads from the verification page.
  BOOST_TEST(history["runs"][0]["result_sha256"] == mienskip::sha256_hex(published.body));
  BOOST_TEST(history["fixed"]["result_sha256"] == history["runs"][0]["result_sha256"]);
  BOOST_TEST(audited(db.url, "forum.selection_fixed") == 1);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection/fixed", json{{"run", run}}.dump())) ==
             "selection_fixed");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection", "{}")) == "selection_fixed");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "volunteers/V0002/withdraw")) == "selection_fixed");
  BOOST_TEST(error_code(staff_request(port, admin, "PUT", base + "quotas", json{{"categories", quotas()}}.dump())) ==
             "selection_fixed");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "sign-up/open")) == "selection_fixed");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_selection_runs") == 1);

  const auto drawn = staff_request(port, admin, "POST", base + "panel", R"({"lottery_number": 417})");
  BOOST_TEST_REQUIRE(drawn.status == 201, drawn.body);
  const json panel = drawn.json_body();
  BOOST_TEST(panel["lottery_number"] == 417);
  BOOST_TEST(panel["input_sha256"] == done["input_sha256"]);
  BOOST_TEST_REQUIRE(panel["members"].size() == 45u);
  BOOST_TEST(panel["members"][0]["status"] == "member");
  BOOST_TEST(panel["members"][0]["email"].get<std::string>().find("@example.nl") != std::string::npos);
  BOOST_TEST(panel["members"][0]["name"].get<std::string>().rfind("Inwoner ", 0) == 0u);
  BOOST_TEST(panel["rounds"].empty());
  BOOST_TEST(staff_request(port, admin, "GET", base + "panel").json_body() == panel);
  BOOST_TEST(audited(db.url, "forum.panel_drawn") == 1);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE action = 'forum.panel_drawn' AND "
                                  "(details ->> 'lottery_number')::int = 417 AND jsonb_array_length(details -> 'members') = 45") == 1);
  // Audited by id, never by name.
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM audit_log WHERE details::text LIKE '%Inwoner%'") == 0);

  // `mienskip select --lottery-number 417` on the published files draws the same panel.
  BOOST_TEST_REQUIRE(run_mienskip({"select", "--pool", pool, "--panel-size", "45", "--lottery-number", "417", "--json",
                                   (folder / "panel.json").string()},
                                  {}, output) == 0, output);
  const json cli_panel = json::parse(read_text(folder / "panel.json"));
  BOOST_TEST(cli_panel["input_sha256"] == panel["input_sha256"]);
  BOOST_TEST(cli_panel["draw"]["panel"].get<std::vector<std::string>>() == ids_of(panel["members"]),
             boost::test_tools::per_element());

  // Once only; and the selection it came from stays as published.
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel", R"({"lottery_number": 12})")) == "panel_drawn");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "selection", "{}")) == "selection_fixed");
  // Nor do the quotas, the volunteers or the sign-up change under the published panel.
  const auto withdrawn = query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE withdrawn_at IS NOT NULL");
  BOOST_TEST(error_code(staff_request(port, admin, "PUT", base + "quotas", json{{"categories", quotas()}}.dump())) ==
             "selection_fixed");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "sign-up/open")) == "selection_fixed");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "volunteers/V0002/withdraw")) == "selection_fixed");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE withdrawn_at IS NOT NULL") == withdrawn);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forums WHERE sign_up_closed_at IS NULL") == 0);

  // Dropouts: refusals first, then a round the CLI reproduces.
  const std::string first = panel["members"][0]["id"];
  const auto not_member = ids_of(result["probabilities"]);
  std::string outsider;
  for (const auto& id : not_member) {
    const auto members = ids_of(panel["members"]);
    if (std::find(members.begin(), members.end(), id) == members.end()) {
      outsider = id;
      break;
    }
  }
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel/dropouts",
                                      json{{"ids", {outsider}}, {"seed", "5"}}.dump())) == "invalid_dropouts");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel/dropouts",
                                      json{{"ids", {first, first}}, {"seed", "5"}}.dump())) == "invalid_dropouts");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel/dropouts",
                                      json{{"ids", json::array()}, {"seed", "5"}}.dump())) == "invalid_dropouts");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel/dropouts",
                                      json{{"ids", {first}}, {"seed", "  "}}.dump())) == "invalid_seed");
  // Six of the 15 members aged 65+: only five volunteers of that age are left to replace them.
  std::vector<std::string> older;
  for (const auto& member : panel["members"]) {
    if (member["answers"]["Leeftijd"] == "65+" && older.size() < 6) older.push_back(member["id"]);
  }
  BOOST_TEST_REQUIRE(older.size() == 6u);
  // Only members who declined or withdrew are replaced (issue 22): their answer is recorded first.
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel/dropouts", json{{"ids", older}, {"seed", "5"}}.dump())) ==
             "invalid_dropouts");
  const auto decline = [&](const std::string& id) {
    const auto declined = staff_request(port, admin, "POST", base + "panel/members/" + id + "/status",
                                        json{{"status", "declined"}, {"comment", "Zei af aan de telefoon."}}.dump());
    BOOST_TEST_REQUIRE(declined.status == 200, declined.body);
  };
  for (const auto& id : older) decline(id);
  decline(first);
  const auto impossible = staff_request(port, admin, "POST", base + "panel/dropouts", json{{"ids", older}, {"seed", "5"}}.dump());
  BOOST_TEST(error_code(impossible) == "no_alternates", impossible.body);
  BOOST_TEST(impossible.status == 422);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panel_rounds") == 0);

  const auto replaced = staff_request(port, admin, "POST", base + "panel/dropouts",
                                      json{{"ids", {first}}, {"seed", " 12 34 "}}.dump());
  BOOST_TEST_REQUIRE(replaced.status == 201, replaced.body);
  const json after = replaced.json_body();
  BOOST_TEST_REQUIRE(after["rounds"].size() == 1u);
  BOOST_TEST(after["rounds"][0]["seed"] == "12 34");
  BOOST_TEST(after["rounds"][0]["dropouts"] == json{first});
  BOOST_TEST(ids_of(after["members"], "dropout") == std::vector<std::string>{first}, boost::test_tools::per_element());
  const auto alternates = ids_of(after["members"], "alternate");
  BOOST_TEST_REQUIRE(alternates.size() == 1u);
  BOOST_TEST(after["rounds"][0]["alternates"] == json(alternates));
  BOOST_TEST(audited(db.url, "forum.alternates_drawn") == 1);
  BOOST_TEST_REQUIRE(run_mienskip({"alternates", "--pool", pool, "--panel-size", "45", "--panel-json",
                                   (folder / "panel.json").string(), "--dropouts", first, "--seed", "12 34", "--json",
                                   (folder / "vervangers.json").string()},
                                  {}, output) == 0, output);
  BOOST_TEST(json::parse(read_text(folder / "vervangers.json"))["replacements"] == json(alternates));
  // The command line refuses what the staff app refuses: one rule for both (issue 18).
  for (const std::string& dropouts : {first + "," + first, std::string(","), outsider}) {
    BOOST_TEST(run_mienskip({"alternates", "--pool", pool, "--panel-size", "45", "--panel-json",
                             (folder / "panel.json").string(), "--dropouts", dropouts, "--seed", "12 34"},
                            {}, output) == 1, dropouts);
    BOOST_TEST(output.find("[invalid_dropouts]") != std::string::npos, output);
  }
  BOOST_TEST(run_mienskip({"alternates", "--pool", pool, "--panel-size", "45", "--panel-json",
                           (folder / "panel.json").string(), "--dropouts", first, "--seed", " "},
                          {}, output) == 1);
  BOOST_TEST(output.find("[invalid_seed]") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"select", "--pool", pool, "--panel-size", "45", "--id-column", "nummer"}, {}, output) == 1);
  BOOST_TEST(output.find("no column 'nummer'") != std::string::npos, output);
  // The one who dropped out is not drawn again in a later round.
  decline(alternates[0]);
  const auto second = staff_request(port, admin, "POST", base + "panel/dropouts",
                                    json{{"ids", {alternates[0]}}, {"seed", "99"}}.dump());
  BOOST_TEST_REQUIRE(second.status == 201, second.body);
  BOOST_TEST(second.json_body()["rounds"][1]["alternates"][0] != first);
  BOOST_TEST(error_code(staff_request(port, admin, "POST", base + "panel/dropouts",
                                      json{{"ids", {first}}, {"seed", "5"}}.dump())) == "invalid_dropouts");

  // The verification page: everything published, and how to re-run it.
  for (const std::string lang : {"nl", "fy", "en"}) {
    const auto page = request(port, "GET", "/f/energie/verificatie?lang=" + lang);
    BOOST_TEST_REQUIRE(page.status == 200, page.body);
    BOOST_TEST(page.has("<html lang=\"" + lang + "\""));
    BOOST_TEST(page.has(commitment));
    BOOST_TEST(page.has("03 17 22"));
    BOOST_TEST(page.has(done["input_sha256"].get<std::string>()));
    BOOST_TEST(page.has("mienskip select --pool features.csv,candidates.csv --panel-size 45 --lottery-number 417 "
                        "--json panel.json"), page.body);
    BOOST_TEST(page.has(ids_of(panel["members"])[44]));
    const bool names_round = page.has("--dropouts " + first + " --seed &#39;12 34&#39;") ||
                             page.has("--dropouts " + first + " --seed '12 34'");
    BOOST_TEST(names_round, page.body);
    BOOST_TEST(!page.has("Inwoner "));  // a volunteer's name ("Inwoners" heads the strata table)
    BOOST_TEST(!page.has("@example.nl"));
    // The smallest probability in the page's language: 0,3750 in Dutch and Frisian, 0.3750 in English.
    char smallest[32];
    std::snprintf(smallest, sizeof smallest, "%.4f", result["summary"]["min"].get<double>());
    std::string written = smallest;
    if (lang != "en") std::replace(written.begin(), written.end(), '.', ',');
    BOOST_TEST(page.has(">" + written + "</td>"), written << "\n" << page.body);
  }
  BOOST_TEST(request(port, "GET", "/f/energie/verificatie?lang=en").has("Verification: Burgerforum Energie"));
  // Every run, the fixed one marked, and how long it was public when the number went in.
  const auto timeline = request(port, "GET", "/f/energie/verificatie");
  BOOST_TEST(timeline.has("vastgelegd voor het panel"));
  BOOST_TEST(timeline.has(history["runs"][0]["result_sha256"].get<std::string>()));
  BOOST_TEST(timeline.has("Berekening " + std::to_string(run) + " is op "), timeline.body);
  BOOST_TEST(timeline.has("openbaar toen het nummer werd ingevoerd"), timeline.body);
  BOOST_TEST(request(port, "GET", "/f/energie/verificatie?lang=fy").has("Ferifikaasje: Burgerforum Energie"));
  // The page explains itself to a resident in each language, words first and commands last.
  for (const auto& [lang, how, term] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"nl", "Hoe werkt de loting?", "<dt>Toezegging</dt>"},
           {"fy", "Hoe wurket de lotting?", "<dt>Tasizzing</dt>"},
           {"en", "How does the lottery work?", "<dt>Commitment</dt>"}}) {
    const auto explained = request(port, "GET", "/f/energie/verificatie?lang=" + lang);
    BOOST_TEST(explained.has(">" + how + "</h2>"), lang);
    BOOST_TEST(explained.has(term), lang);
    BOOST_TEST(explained.body.find(how) < explained.body.find("mienskip-command"), lang);
  }
  BOOST_TEST(request(port, "GET", "/f/onbekend/verificatie").status == 404);

  // Once the panel is complete: everyone's contact details go but the current panel's (members
  // and the alternates drawn so far). The published selection and panel stay as they were.
  const auto before = staff_request(port, admin, "GET", base + "panel").json_body();
  const auto current = ids_of(before["members"], "member").size() + ids_of(before["members"], "alternate").size();
  const auto forgotten = staff_request(port, admin, "POST", base + "volunteers/personal-data/delete", R"({"keep": "panel"})");
  BOOST_TEST_REQUIRE(forgotten.status == 200, forgotten.body);
  BOOST_TEST(forgotten.json_body()["kept"] == current);
  // All 102 volunteers (two withdrawn) gave an email; those not on the panel now (dropouts too) have none.
  BOOST_TEST(forgotten.json_body()["deleted"] == 102 - static_cast<long long>(current));
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_volunteers WHERE email IS NOT NULL") ==
             static_cast<long long>(current));
  const auto after_forgetting = staff_request(port, admin, "GET", base + "panel").json_body();
  for (const auto& member : after_forgetting["members"]) {
    BOOST_TEST(member["email"].is_null() == (member["status"] == "dropout"), member.dump());
  }
  BOOST_TEST(request(port, "GET", "/f/energie/verificatie/candidates.csv").body == candidates.body);
  // One member asking to be forgotten stays on the panel, without details.
  const std::string member = ids_of(before["members"], "member")[1];
  const auto one = staff_request(port, admin, "POST", base + "volunteers/" + member + "/personal-data/delete");
  BOOST_TEST_REQUIRE(one.status == 200, one.body);
  BOOST_TEST(one.json_body()["withdrawn_at"].is_null());
  BOOST_TEST(one.json_body()["email"].is_null());
  BOOST_TEST(ids_of(staff_request(port, admin, "GET", base + "panel").json_body()["members"], "member") ==
                 ids_of(before["members"], "member"),
             boost::test_tools::per_element());
  BOOST_TEST(audited(db.url, "forum.volunteer_contacts_deleted") == 1);
  BOOST_TEST(audited(db.url, "forum.volunteer_contact_deleted") == 1);

  // Issue 18: the forum is seated; the volunteers' answers leave the public page, their hashes stay.
  const auto unpublished = staff_request(port, admin, "POST", base + "published-pool/unpublish");
  BOOST_TEST_REQUIRE(unpublished.status == 200, unpublished.body);
  BOOST_TEST(unpublished.json_body()["pool_unpublished"]["by"] == admin_email);
  for (const std::string file : {"features.csv", "candidates.csv", "selection.json"}) {
    const auto gone = request(port, "GET", "/f/energie/verificatie/" + file);
    BOOST_TEST(gone.status == 410, file);
    BOOST_TEST(error_code(gone) == "personal_data_deleted", file);
  }
  const auto without_files = request(port, "GET", "/f/energie/verificatie");
  BOOST_TEST(without_files.has("van deze pagina gehaald"), without_files.body);
  BOOST_TEST(!without_files.has("/verificatie/candidates.csv"));
  BOOST_TEST(without_files.has(done["input_sha256"].get<std::string>()));
  BOOST_TEST(without_files.has(history["runs"][0]["result_sha256"].get<std::string>()));
  BOOST_TEST(staff_request(port, admin, "POST", base + "published-pool/unpublish").status == 200);
  BOOST_TEST(audited(db.url, "forum.pool_unpublished") == 1);
}

BOOST_AUTO_TEST_CASE(a_run_whose_server_stopped_reads_as_interrupted_and_blocks_nothing) {
  StaffDatabase db("http_forum_selection_interrupted");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = forum_with_invitations(port);
  add_volunteers(db.url, 1, 100);
  BOOST_TEST_REQUIRE(staff_request(port, admin, "POST", "/api/admin/forums/energie/selection", "{}").status == 202);
  BOOST_TEST_REQUIRE(finished_selection(port, admin)["status"] == "done");

  // As another server left it while computing: running, its heartbeat fresh.
  query_number(db.url, "UPDATE forum_selections SET status = 'running', stage = 'computing', finished_at = NULL, "
                       "result = NULL, heartbeat_at = now() RETURNING 1");
  BOOST_TEST(selection(port, admin)["status"] == "running");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/selection", "{}")) ==
             "selection_running");
  BOOST_TEST(request(port, "GET", "/f/energie/verificatie/features.csv").status == 404);
  // No panel from a selection that is not done, even with sign-up closed.
  query_number(db.url, "UPDATE forums SET sign_up_closed_at = now(), sign_up_closed_by = 'griffie' RETURNING 1");
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/panel", R"({"lottery_number": 1})")) ==
             "no_selection");
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_panels") == 0);
  // Without a panel the published files are how the draw is checked: they stay public.
  BOOST_TEST(error_code(staff_request(port, admin, "POST", "/api/admin/forums/energie/published-pool/unpublish")) ==
             "no_panel");
  // That server died: its heartbeat stops.
  query_number(db.url, "UPDATE forum_selections SET heartbeat_at = now() - interval '1 minute' RETURNING 1");
  const json state = selection(port, admin);
  BOOST_TEST(state["status"] == "failed");
  BOOST_TEST(state["error"]["code"] == "interrupted");
  BOOST_TEST(state["progress"]["stage"] == "interrupted");
  // A new run may start, and finishes.
  BOOST_TEST_REQUIRE(staff_request(port, admin, "POST", "/api/admin/forums/energie/selection", "{}").status == 202);
  BOOST_TEST(finished_selection(port, admin)["status"] == "done");
  BOOST_TEST(query_number(db.url, "SELECT run FROM forum_selections") == 2);
  // Both runs are kept, each with its outcome.
  BOOST_TEST(selection(port, admin)["runs"].size() == 2u);
  BOOST_TEST(query_number(db.url, "SELECT count(*) FROM forum_selection_runs WHERE outcome = 'done'") == 2);
}

BOOST_AUTO_TEST_CASE(a_server_killed_while_computing_leaves_an_interrupted_run_that_may_be_started_again) {
  StaffDatabase db("http_forum_selection_killed");
  auto server =
      std::make_unique<ServerProcess>(std::vector<std::string>{"serve", "--port", "0"}, server_environment(db.url));
  auto port = server->port();
  auto body = forum_body();
  body["panel_size"] = 170;
  const auto pool = large_pool(1000, 170, 8);
  body["categories"] = pool.quotas;
  Login admin = forum_with_register(port, register_csv(1000), body);
  commit_and_draw(port, admin, {{"count", 1000}}, "1");
  BOOST_TEST_REQUIRE(query_number(db.url, "WITH added AS (INSERT INTO forum_volunteers (forum_id, number, draw_order, "
                                          "answers, source) SELECT f.id, v.n, v.n, v.a::jsonb, 'sign_up' FROM forums f, "
                                          "(VALUES " + pool.volunteers + ") AS v(n, a) WHERE f.slug = 'energie' "
                                          "RETURNING 1) SELECT count(*) FROM added") == 1000);

  const auto started = staff_request(port, admin, "POST", "/api/admin/forums/energie/selection", "{}", "application/json",
                                     false, 120);
  BOOST_TEST_REQUIRE(started.status == 202, started.body);
  json state;
  for (int i = 0; i < 600; ++i) {
    state = selection(port, admin);
    if (state["progress"]["stage"] != "queued") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  BOOST_TEST_REQUIRE(state["progress"]["stage"] == "computing", state.dump());
  server->send_signal(SIGKILL);
  BOOST_TEST_REQUIRE(server->wait_for_exit(std::chrono::seconds(10)).has_value());

  // Another server reads the run as running while its heartbeat is recent, then as interrupted.
  server =
      std::make_unique<ServerProcess>(std::vector<std::string>{"serve", "--port", "0"}, server_environment(db.url));
  port = server->port();
  admin = log_in(port, admin_email, admin_password);
  BOOST_TEST(selection(port, admin)["status"] == "running");
  for (int i = 0; i < 250 && state["status"] == "running"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    state = selection(port, admin);
  }
  BOOST_TEST(state["status"] == "failed", state.dump());
  BOOST_TEST(state["error"]["code"] == "interrupted");
  BOOST_TEST(state["result"].is_null());
  // Started again on this server; its destructor kills it without waiting for the solver.
  const auto again = staff_request(port, admin, "POST", "/api/admin/forums/energie/selection", "{}", "application/json",
                                   false, 120);
  BOOST_TEST(again.status == 202, again.body);
  BOOST_TEST(query_number(db.url, "SELECT run FROM forum_selections") == 2);
}

BOOST_AUTO_TEST_SUITE_END()
