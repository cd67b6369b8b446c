// `mienskip forum demo` as deploy/run.sh runs it on a fresh database: the demo burgerforum is set
// up through the same checks, store calls and audit entries as staff's routes, its draw can be
// redone by anyone with `mienskip draw`, and a second run leaves everything as it was.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>
#include <sstream>

#include "cli/demo_forum.hpp"
#include "core/invitations/invitation_parameters.hpp"
#include "core/base/error.hpp"
#include "core/forum/forum_settings.hpp"
#include "core/invitations/invitation_code.hpp"
#include "store/forum_draw.hpp"
#include "app/invitations.hpp"
#include "store/forum_register.hpp"
#include "store/forum_volunteers.hpp"
#include "store/forums.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using mienskip::test::query_number;
using mienskip::test::read_text;
using mienskip::test::run_mienskip;

namespace {

const std::string slug = "burgerforum-demo";
const std::string secret = mienskip::test::server_environment("")["MIENSKIP_SECRET"];

// The lines after the "letter codes" line of the command's output.
std::vector<std::string> printed_codes(const std::string& output) {
  std::vector<std::string> codes;
  std::istringstream lines(output);
  bool listing = false;
  for (std::string line; std::getline(lines, line);) {
    if (listing && !line.empty()) codes.push_back(line);
    if (line.rfind("letter codes", 0) == 0) listing = true;
  }
  return codes;
}

struct Counts {
  long long forums, audit, volunteers, invitations, register_rows;
  bool operator==(const Counts&) const = default;
};

Counts counts(const std::string& url) {
  return {query_number(url, "SELECT count(*) FROM forums"), query_number(url, "SELECT count(*) FROM audit_log"),
          query_number(url, "SELECT count(*) FROM forum_volunteers"),
          query_number(url, "SELECT count(*) FROM forum_invitations"),
          query_number(url, "SELECT count(*) FROM forum_register_rows")};
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_demo_forum_is_made_once_with_its_draw_volunteers_and_unused_codes) {
  const auto url = mienskip::test::fresh_database("cli_forum_demo");
  const auto scratch = mienskip::test::scratch_directory("cli_forum_demo");
  const auto codes_file = (scratch / "demo-forum-codes.txt").string();
  const auto env = mienskip::test::server_environment(url);
  const auto register_out = (scratch / "demo-register.csv").string();
  const std::vector<std::string> command{"forum", "demo", "--slug", slug, "--if-missing", "--print-codes", "3",
                                         "--codes-file", codes_file, "--register-out", register_out};

  // Without the server's secret no code could be checked later: refused before anything is stored.
  auto no_secret = env;
  no_secret["MIENSKIP_SECRET"] = "too-short";
  std::string output;
  BOOST_TEST(run_mienskip(command, no_secret, output) == 1);
  BOOST_TEST(output.find("MIENSKIP_SECRET") != std::string::npos, output);
  BOOST_TEST(query_number(url, "SELECT count(*) FROM forums") == 0);

  BOOST_TEST_REQUIRE(run_mienskip(command, env, output) == 0, output);
  const auto codes = printed_codes(output);
  BOOST_TEST_REQUIRE(codes.size() == 3u, output);
  BOOST_TEST(read_text(codes_file) == codes[0] + "\n" + codes[1] + "\n" + codes[2] + "\n");

  pqxx::connection connection(url);
  const auto forum = store::find_forum(connection, slug);
  BOOST_TEST_REQUIRE(forum.has_value());
  BOOST_TEST(forum->settings.name == "Burgerforum Energie Súdwest-Fryslân (demo)");
  BOOST_TEST(forum->settings.panel_size == 30);
  BOOST_TEST(forum->created_by == "demo");
  std::vector<std::string> categories;
  for (const auto& category : forum->settings.categories) categories.push_back(category.name);
  BOOST_TEST(categories == (std::vector<std::string>{"Leeftijd", "Geslacht", "Gebied", "Opleiding"}),
             boost::test_tools::per_element());
  BOOST_TEST(forum->settings.categories[0].values == (std::vector<std::string>{"16-34", "35-64", "65+"}),
             boost::test_tools::per_element());
  BOOST_TEST(forum->settings.categories[1].min == (std::vector<int>{14, 14}), boost::test_tools::per_element());

  // The register: 3,000 fictional residents, stored with the hash of the file the command makes.
  const std::string register_csv = cli::demo_register_csv(3000);
  BOOST_TEST(register_csv == cli::demo_register_csv(3000));
  BOOST_TEST(read_text(register_out) == register_csv);  // --register-out: the file to redo the draw with
  const auto register_summary = store::find_register(connection, slug, 1);
  BOOST_TEST_REQUIRE(register_summary.has_value());
  BOOST_TEST(register_summary->rows == 3000);
  BOOST_TEST(register_summary->uploaded_by == "demo");
  BOOST_TEST(register_summary->preview.at(0).at(0) == "DEMO-000001");
  BOOST_TEST(register_summary->preview.at(0).at(5).at(0) == '0');  // no Dutch postcode starts with 0

  // Drawn with the documented seed, and redone by anyone with `mienskip draw` and the commitment.
  const auto draw = store::find_draw(connection, slug);
  BOOST_TEST_REQUIRE(draw.has_value());
  BOOST_TEST(draw->seed.value_or("") == cli::demo_seed);
  BOOST_TEST(draw->invitations == 1000);
  BOOST_TEST(draw->drawn_by.value_or("") == "demo");
  const auto register_path = scratch / "register.csv";
  { std::ofstream(register_path) << register_csv; }
  std::string redo;
  BOOST_TEST_REQUIRE(run_mienskip({"draw", "--register", register_path.string(), "--count", "1000", "--stratify-by",
                                   "woonplaats", "--household-key", "postcode,huisnummer", "--seed", cli::demo_seed,
                                   "--commitment", draw->commitment, "--out", (scratch / "uitnodigingen.csv").string(),
                                   "--receipt", (scratch / "bon.json").string()},
                                  env, redo) == 0,
                     redo);
  const auto receipt = nlohmann::json::parse(read_text(scratch / "bon.json"));
  BOOST_TEST(receipt.at("invitations_sha256") == draw->receipt.at("invitations_sha256"));
  BOOST_TEST(receipt.at("register_sha256").get<std::string>() == register_summary->sha256);

  // 150 volunteers who signed up as residents do, skewed as a self-selected response is; sign-up open.
  const auto stored = store::list_volunteers(connection, slug);
  BOOST_TEST(stored.sign_up.open());
  BOOST_TEST(stored.volunteers.size() == 150u);
  BOOST_TEST(!stored.panel_drawn);
  std::map<std::string, int> answered;
  for (const auto& volunteer : stored.volunteers) {
    BOOST_TEST(volunteer.source == "sign_up");
    BOOST_TEST(volunteer.email.value_or("").ends_with("@example.org"));
    for (const auto& [category, value] : volunteer.answers) ++answered[category + "=" + value];
  }
  BOOST_TEST(answered["Leeftijd=65+"] > answered["Leeftijd=16-34"]);
  BOOST_TEST(answered["Opleiding=hbo of wo"] > 2 * answered["Opleiding=vmbo of lager"]);
  BOOST_TEST(answered["Opleiding=vmbo of lager"] >= 7);  // enough for the quota's minimum
  BOOST_TEST(answered["Leeftijd=16-34"] >= 7);

  // Staff's steps audited as done by "demo"; each sign-up as a resident's.
  for (const auto* action : {"forum.created", "forum.register_uploaded", "forum.draw_committed",
                             "forum.invitations_drawn", "forum.invitations_downloaded"}) {
    BOOST_TEST(query_number(url, std::string("SELECT count(*) FROM audit_log WHERE actor = 'demo' AND action = '") +
                                     action + "'") == 1,
               action);
  }
  BOOST_TEST(query_number(url, "SELECT count(*) FROM audit_log WHERE actor = 'resident' AND "
                               "action = 'forum.volunteer_signed_up'") == 150);

  // A second run (run.sh runs it on every start) changes nothing, the codes file included.
  const auto before = counts(url);
  BOOST_TEST_REQUIRE(run_mienskip(command, env, output) == 0, output);
  BOOST_TEST(output.find("already exists") != std::string::npos, output);
  BOOST_TEST(printed_codes(output).empty());
  BOOST_TEST((counts(url) == before));
  BOOST_TEST(read_text(codes_file) == codes[0] + "\n" + codes[1] + "\n" + codes[2] + "\n");
  // Without --if-missing the existing forum is refused, not replaced.
  BOOST_TEST(run_mienskip({"forum", "demo", "--slug", slug}, env, output) == 1);
  BOOST_TEST(output.find("forum_exists") != std::string::npos, output);
  BOOST_TEST((counts(url) == before));

  // A printed code is an unanswered letter: it signs up once.
  const store::NewVolunteer newcomer{
      0, invitation_code_hash(secret, *normalise_invitation_code(codes[1])),
      {{"Leeftijd", "16-34"}, {"Geslacht", "vrouw"}, {"Gebied", "Snits"}, {"Opleiding", "havo, vwo of mbo"}},
      {"Nynke Testinga", "nynke@example.org", ""}};
  BOOST_TEST(store::sign_up(connection, slug, newcomer) == 151);
  BOOST_CHECK_EXCEPTION(store::sign_up(connection, slug, newcomer), Error,
                        [](const Error& e) { return e.code() == "already_signed_up"; });
}

BOOST_AUTO_TEST_CASE(a_demo_run_that_stopped_partway_is_finished_by_the_next) {
  // An earlier run got as far as the draw and ten sign-ups before it was stopped (killed, or the
  // database went away): the next run of deploy/run.sh finishes it, once, instead of leaving a
  // forum without its volunteers that --if-missing would skip for ever.
  const auto url = mienskip::test::fresh_database("cli_forum_demo_resume");
  const auto env = mienskip::test::server_environment(url);
  pqxx::connection connection(url);
  const auto settings = check_forum_settings(cli::demo_forum_body(slug));
  store::create_forum(connection, *settings.value, "demo");
  const std::string register_csv = cli::demo_register_csv(3000);
  const auto problems = store::upload_register(connection, slug, store::pieces_of(register_csv), "demo").problems;
  BOOST_TEST_REQUIRE(problems.total() == 0u);
  const auto summary = store::find_register(connection, slug, 0);
  store::commit_draw(connection, slug,
                     {*check_draw_parameters(cli::demo_draw_parameters(1000), summary->columns, summary->rows).value,
                      std::nullopt, std::chrono::seconds(0)},
                     "demo");
  app::draw_invitations(connection, slug, cli::demo_seed, secret, "demo");
  const auto invitations = store::read_invitations(connection, slug);
  const auto planned = cli::demo_volunteers(invitations.columns, invitations.rows, 150);
  for (std::size_t i = 0; i < 10; ++i) {
    const auto code = normalise_invitation_code(
        letter_code(secret, invitations.forum_id, static_cast<long long>(planned[i].invitation) + 1));
    store::sign_up(connection, slug, {0, invitation_code_hash(secret, *code), planned[i].answers, planned[i].contact});
  }

  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"forum", "demo", "--slug", slug, "--if-missing"}, env, output) == 0, output);
  BOOST_TEST(output.find("unfinished") != std::string::npos, output);
  BOOST_TEST(printed_codes(output).size() == 5u, output);
  const auto stored = store::list_volunteers(connection, slug);
  BOOST_TEST(stored.volunteers.size() == 150u);
  // Each planned volunteer once, in the plan's order: the ten from before, then the rest.
  BOOST_TEST(query_number(url, "SELECT count(DISTINCT draw_order) FROM forum_volunteers") == 150);
  for (std::size_t i = 0; i < stored.volunteers.size(); ++i) {
    BOOST_TEST((stored.volunteers[i].answers == planned[i].answers), "volunteer " << i + 1);
  }
  BOOST_TEST(store::find_draw(connection, slug)->invitations == 1000);
  for (const auto* action : {"forum.created", "forum.register_uploaded", "forum.draw_committed", "forum.invitations_drawn"}) {
    BOOST_TEST(query_number(url, std::string("SELECT count(*) FROM audit_log WHERE action = '") + action + "'") == 1,
               action);
  }

  // Finished now: the next run leaves it as it is.
  const auto before = counts(url);
  BOOST_TEST_REQUIRE(run_mienskip({"forum", "demo", "--slug", slug, "--if-missing"}, env, output) == 0, output);
  BOOST_TEST(output.find("already exists") != std::string::npos, output);
  BOOST_TEST((counts(url) == before));

  // A forum staff made is never "finished" as a demo, however empty, even when the command is
  // given its slug.
  auto own = *settings.value;
  own.slug = "eigen-forum";
  own.name = "Ons eigen burgerforum";
  store::create_forum(connection, own, "beheerder");
  const auto with_own = counts(url);
  BOOST_TEST_REQUIRE(run_mienskip({"forum", "demo", "--slug", "eigen-forum", "--if-missing"}, env, output) == 0, output);
  BOOST_TEST(output.find("already exists") != std::string::npos, output);
  BOOST_TEST((counts(url) == with_own));
}
