// `mienskip survey export` as an analyst runs it: responses submitted to a real database come out
// as CSV, codebook and R script, in submission order, and no invitation code, code hash or
// idempotency key appears in any file.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <regex>
#include <sstream>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"
#include "support/resident_answers.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
namespace fs = std::filesystem;

namespace {

const std::string slug = "export-energie";

// The same secret `server_environment` gives the program, so the hashes are the stored ones.
const std::string secret = server_environment("")["MIENSKIP_SECRET"];

struct Submitted {
  std::string response_id, code, code_hash, idempotency_key;
};

// The Súdwest-Fryslân survey imported and given codes through the CLI, and two responses stored the
// way the web layer stores them.
struct ExportDatabase {
  std::string url = fresh_database("cli_survey_export");
  std::vector<Submitted> submitted;

  ExportDatabase() {
    const auto codes = import_survey_with_codes(url, "sudwest-fryslan-energiestrategie.json", slug, 3);

    pqxx::connection connection(url);
    const auto stored = *store::find_survey(connection, slug);
    const auto submit = [&](const std::string& code, const std::string& key, Language language,
                            const ResponseDraft& draft) {
      const auto result = submit_with_code(connection, stored, secret, code, key, language, draft);
      submitted.push_back({result.response_id, code, invitation_code_hash(secret, *normalise_invitation_code(code)), key});
    };
    ResponseDraft first;
    first.allocations = {{"gemeente-leidt", "50"}, {"opslag", "30"}, {"energieleverancier", "20"}};
    first.motivations = {{"gemeente-leidt", "Helder, \"eerlijk\"\nen dichtbij"},
                         {"opslag", "Wyn; sinne en \xC3\xA2lde mûnen"}};
    first.demographics = {{"age", "35-44"}, {"gender", "prefer_not_to_say"}};
    submit(codes[0], "export-key-first", Language::fy, first);
    ResponseDraft second;
    second.allocations = {{"markt-bepaalt", "100"}};
    submit(codes[1], "export-key-second", Language::nl, second);
  }
};

const ExportDatabase& database() {
  static const ExportDatabase value;
  return value;
}

void require_nothing_secret(const ExportDatabase& db, const std::string& name, const std::string& text) {
  for (const auto& s : db.submitted) {
    for (const auto& secret_text : {s.code, *normalise_invitation_code(s.code), s.code_hash, s.idempotency_key}) {
      BOOST_TEST(text.find(secret_text) == std::string::npos, name << " contains " << secret_text);
    }
  }
  BOOST_TEST(text.find("code_hash") == std::string::npos, name);
  BOOST_TEST(text.find("idempotency") == std::string::npos, name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_export)

BOOST_AUTO_TEST_CASE(exports_every_response_in_order_and_no_code) {
  const auto& db = database();
  const auto dir = scratch_directory("survey-export");
  std::string output;
  const int code = run_mienskip({"survey", "export", "--survey", slug, "--out", (dir / "responses.csv").string(),
                                 "--codebook", (dir / "codebook.json").string(), "--codebook-csv",
                                 (dir / "codebook.csv").string(), "--r-script", (dir / "read_export.R").string()},
                                server_environment(db.url), output);
  BOOST_TEST_REQUIRE(code == 0, output);
  BOOST_TEST(output.find("exported 2 responses of survey " + slug) != std::string::npos, output);

  const std::string csv = read_text(dir / "responses.csv");
  const auto table = parse_csv(csv, "responses.csv");
  BOOST_TEST_REQUIRE(table.rows.size() == 2u, csv);
  BOOST_TEST(table.header.front() == "response_id");
  BOOST_TEST(table.header.back() == "weight");
  const auto at = [&](std::size_t row, const std::string& name) {
    BOOST_TEST_REQUIRE(table.column(name) >= 0, name);
    return table.rows[row][static_cast<std::size_t>(table.column(name))];
  };
  BOOST_TEST(at(0, "response_id") == db.submitted[0].response_id);
  BOOST_TEST(at(1, "response_id") == db.submitted[1].response_id);
  static const std::regex utc(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
  BOOST_TEST(std::regex_match(at(0, "submitted_at"), utc), at(0, "submitted_at"));
  BOOST_TEST(at(0, "submitted_at") <= at(1, "submitted_at"));
  BOOST_TEST(at(0, "language") == "fy");
  BOOST_TEST(at(0, "points_gemeente-leidt") == "50");
  BOOST_TEST(at(0, "points_markt-bepaalt") == "0");
  BOOST_TEST(at(0, "points_opslag") == "30");
  BOOST_TEST(at(0, "points_energieleverancier") == "20");
  BOOST_TEST(at(0, "motivation_gemeente-leidt") == "Helder, \"eerlijk\"\nen dichtbij");
  BOOST_TEST(at(0, "motivation_opslag") == "Wyn; sinne en \xC3\xA2lde mûnen");
  BOOST_TEST(at(0, "age") == "35-44");
  BOOST_TEST(at(0, "gender") == "prefer_not_to_say");
  BOOST_TEST(at(0, "weight") == "");
  BOOST_TEST(at(1, "language") == "nl");
  BOOST_TEST(at(1, "points_markt-bepaalt") == "100");
  BOOST_TEST(at(1, "motivation_gemeente-leidt") == "");
  BOOST_TEST(at(1, "age") == "");

  const auto codebook = nlohmann::json::parse(read_text(dir / "codebook.json"));
  BOOST_TEST(codebook["columns"].size() == table.header.size());
  BOOST_TEST(read_text(dir / "read_export.R").find("survey::svymean(") != std::string::npos);
  for (const char* name : {"responses.csv", "codebook.json", "codebook.csv", "read_export.R"}) {
    require_nothing_secret(db, name, read_text(dir / name));
  }
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(the_excel_variant_through_the_command) {
  const auto& db = database();
  const auto dir = scratch_directory("survey-export-excel");
  std::string output;
  BOOST_TEST_REQUIRE(
      run_mienskip({"survey", "export", "--survey", slug, "--out", (dir / "excel.csv").string(), "--excel"},
                   server_environment(db.url), output) == 0,
      output);
  const std::string csv = read_text(dir / "excel.csv");
  BOOST_TEST(csv.rfind("\xEF\xBB\xBFresponse_id;submitted_at;language;", 0) == 0u);
  BOOST_TEST(parse_csv(csv, "excel.csv").rows.size() == 2u);
  require_nothing_secret(db, "excel.csv", csv);
  fs::remove_all(dir);
}

// The generated read_export.R, run by R itself on both variants (deploy/install-deps.sh installs
// r-base-core and r-cran-survey for this).
BOOST_AUTO_TEST_CASE(read_export_r_runs_in_r) {
  BOOST_TEST_REQUIRE(std::system("Rscript -e 'library(survey)' >/dev/null 2>&1") == 0,
                     "Rscript with the survey package is missing: run deploy/install-deps.sh");
  const auto& db = database();
  const auto dir = scratch_directory("survey-export-r");
  std::string output;
  for (const bool excel : {false, true}) {
    std::vector<std::string> args = {"survey",     "export",
                                     "--survey",   slug,
                                     "--out",      (dir / "responses.csv").string(),
                                     "--r-script", (dir / "read_export.R").string()};
    if (excel) args.push_back("--excel");
    BOOST_TEST_REQUIRE(run_mienskip(args, server_environment(db.url), output) == 0, output);
    const std::string command =
        "cd " + dir.string() + " && Rscript read_export.R responses.csv" + (excel ? " excel" : "") + " > r.out 2>&1";
    BOOST_TEST(std::system(command.c_str()) == 0, read_text(dir / "r.out"));
    const std::string printed = read_text(dir / "r.out");
    // Two responses: 50 and 0 points for the first scenario, 0 and 100 for the third.
    BOOST_TEST(std::regex_search(printed, std::regex(R"(`points_gemeente-leidt` +25 )")), printed);
    BOOST_TEST(std::regex_search(printed, std::regex(R"(`points_markt-bepaalt` +50 )")), printed);
  }
  fs::remove_all(dir);
}

// A resident's motivation that a spreadsheet would run as a formula is text in both files, and the
// R script gives the analyst the motivation exactly as typed.
BOOST_AUTO_TEST_CASE(formula_motivations_are_text_in_both_files_and_r_reads_them_as_typed) {
  const std::string url = fresh_database("cli_survey_export_formulas");
  const std::string formulas = "export-formules";
  const auto codes = import_survey_with_codes(url, "sudwest-fryslan-energiestrategie.json", formulas, 1);
  const std::vector<std::pair<std::string, std::string>> typed = {
      {"gemeente-leidt", "=HYPERLINK(\"http://evil\",\"click\")"},
      {"inwoners-zelf", "@SUM(1)"},
      {"markt-bepaalt", "-5 punten"},
      {"grootschalige-opwek", "'=1+1"},
      {"opslag", "'s avonds stil"},
      {"energieleverancier", "+31 gewoon"}};
  {
    pqxx::connection connection(url);
    const auto stored = *store::find_survey(connection, formulas);
    ResponseDraft draft;
    draft.allocations = {{"gemeente-leidt", "100"}};
    for (const auto& [scenario, text] : typed) draft.motivations[scenario] = text;
    submit_with_code(connection, stored, secret, codes[0], "formula-key", Language::nl, draft);
  }
  const auto dir = scratch_directory("survey-export-formulas");
  const bool have_r = std::system("Rscript -e 'library(survey)' >/dev/null 2>&1") == 0;
  for (const bool excel : {false, true}) {
    std::vector<std::string> args = {"survey", "export", "--survey", formulas, "--out", (dir / "responses.csv").string(),
                                     "--r-script", (dir / "read_export.R").string()};
    if (excel) args.push_back("--excel");
    std::string output;
    BOOST_TEST_REQUIRE(run_mienskip(args, server_environment(url), output) == 0, output);
    const auto table = parse_csv(read_text(dir / "responses.csv"), "responses.csv");
    BOOST_TEST_REQUIRE(table.rows.size() == 1u);
    const auto at = [&](const std::string& name) { return table.rows[0][static_cast<std::size_t>(table.column(name))]; };
    BOOST_TEST(at("motivation_gemeente-leidt") == "'=HYPERLINK(\"http://evil\",\"click\")", excel);
    BOOST_TEST(at("motivation_inwoners-zelf") == "'@SUM(1)", excel);
    BOOST_TEST(at("motivation_markt-bepaalt") == "'-5 punten", excel);
    BOOST_TEST(at("motivation_grootschalige-opwek") == "''=1+1", excel);
    BOOST_TEST(at("motivation_opslag") == "'s avonds stil", excel);
    BOOST_TEST(at("motivation_energieleverancier") == "'+31 gewoon", excel);
    BOOST_TEST(at("points_gemeente-leidt") == "100", excel);
    if (!have_r) continue;
    // R writes each motivation as it reads it, one per line.
    const std::string command = "cd " + dir.string() +
                                " && Rscript -e 'source(\"read_export.R\"); r <- read_export(\"responses.csv\", excel = " +
                                (excel ? "TRUE" : "FALSE") +
                                "); writeLines(unlist(r[1, grep(\"^motivation_\", names(r))]), \"motivations.txt\", "
                                "useBytes = TRUE)' > r.out 2>&1";
    BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, read_text(dir / "r.out"));
    std::istringstream lines(read_text(dir / "motivations.txt"));
    std::vector<std::string> read;
    for (std::string line; std::getline(lines, line);) read.push_back(line);
    BOOST_TEST_REQUIRE(read.size() == typed.size(), read_text(dir / "motivations.txt"));
    for (std::size_t i = 0; i < typed.size(); ++i) BOOST_TEST(read[i] == typed[i].second, typed[i].first << " excel " << excel);
  }
  BOOST_TEST(have_r, "Rscript with the survey package is missing: run deploy/install-deps.sh");
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(errors_are_explained_and_write_nothing) {
  const auto& db = database();
  const auto dir = scratch_directory("survey-export-errors");
  const auto environment = server_environment(db.url);
  std::string output;
  BOOST_TEST(run_mienskip({"survey", "export", "--survey", "bestaat-niet", "--out", (dir / "out.csv").string()},
                          environment, output) == 1);
  BOOST_TEST(output.find("There is no survey 'bestaat-niet'. [not_found]") != std::string::npos, output);
  BOOST_TEST(!fs::exists(dir / "out.csv"));

  BOOST_TEST(run_mienskip({"survey", "export", "--survey", slug, "--out", (dir / "missing-dir" / "out.csv").string()},
                          environment, output) == 1);
  BOOST_TEST(output.find("cannot write " + (dir / "missing-dir" / "out.csv").string() + " [cannot_write]") !=
                 std::string::npos,
             output);

  // The last file's folder is missing: not even the responses file is written.
  BOOST_TEST(run_mienskip({"survey", "export", "--survey", slug, "--out", (dir / "first.csv").string(), "--r-script",
                           (dir / "missing-dir" / "read_export.R").string()},
                          environment, output) == 1);
  BOOST_TEST(output.find("[cannot_write]") != std::string::npos, output);
  BOOST_TEST(!fs::exists(dir / "first.csv"));

  BOOST_TEST(run_mienskip({"survey", "export", "--survey", slug}, environment, output) == 2);
  BOOST_TEST(output.find("--out is required [usage]") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"survey", "frobnicate"}, environment, output) == 2);
  BOOST_TEST(output.find("survey export --survey SLUG --out responses.csv") != std::string::npos, output);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(the_store_reads_no_code_hash) {
  const auto& db = database();
  pqxx::connection connection(db.url);
  const auto responses = store::responses_for_export(connection, slug);
  BOOST_TEST_REQUIRE(responses.size() == 2u);
  BOOST_TEST(responses[0].public_id == db.submitted[0].response_id);
  BOOST_TEST(responses[0].answers["allocations"]["gemeente-leidt"] == 50);
  BOOST_CHECK_THROW(store::responses_for_export(connection, "bestaat-niet"), Error);
}

BOOST_AUTO_TEST_SUITE_END()
