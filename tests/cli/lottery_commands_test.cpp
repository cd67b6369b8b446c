// `mienskip draw` and `mienskip select` as a municipality runs them: files in, files and a receipt
// out, the same result from the same published inputs.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

#include "support/reference_data.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"

using namespace mienskip::test;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

std::string make_register(const fs::path& dir) {
  std::string text = "id,naam,postcode,huisnummer,dorp\n";
  for (int i = 0; i < 400; ++i) {
    text += "BSN" + std::to_string(100000 + i) + ",Inwoner " + std::to_string(i) + ",8701 " +
            static_cast<char>('A' + (i / 2) % 26) + "B," + std::to_string(i / 2) + "," + (i % 4 ? "Sneek" : "Bolsward") + "\n";
  }
  const auto path = dir / "register.csv";
  write(path, text);
  return path.string();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lottery_commands)

// Issue 18: `draw commit` checks what the draw will check before the seed (the columns named, the
// ids, whether the number fits), so a published commitment is one a draw can follow; and a register
// with no one to invite is refused, not drawn from as nothing.
BOOST_AUTO_TEST_CASE(commit_refuses_what_the_draw_would_refuse) {
  const auto dir = scratch_directory("lottery-commit-checks");
  const auto reg = make_register(dir);
  std::string output;
  BOOST_TEST(run_mienskip({"draw", "commit", "--register", reg, "--count", "5", "--stratify-by", "wijk"}, {}, output) == 1);
  BOOST_TEST(output.find("[unknown_variable]") != std::string::npos, output);
  const auto repeated = (dir / "repeated.csv").string();
  write(repeated, "id,naam\nA1,Een\nA1,Twee\n");
  BOOST_TEST(run_mienskip({"draw", "commit", "--register", repeated, "--count", "1"}, {}, output) == 1);
  BOOST_TEST(output.find("[invalid_register]") != std::string::npos, output);
  const auto empty = (dir / "empty.csv").string();
  write(empty, "id,naam\n");
  BOOST_TEST(run_mienskip({"draw", "commit", "--register", empty, "--count", "1"}, {}, output) == 1);
  BOOST_TEST(output.find("[invalid_draw]") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"draw", "--register", empty, "--count", "1", "--seed", "1 2 3", "--out",
                           (dir / "e.csv").string(), "--receipt", (dir / "e.json").string()},
                          {}, output) == 1);
  BOOST_TEST(output.find("[invalid_draw]") != std::string::npos, output);
  BOOST_TEST(!fs::exists(dir / "e.csv"));
}

BOOST_AUTO_TEST_CASE(commit_then_draw_gives_a_receipt_that_reproduces) {
  const auto dir = scratch_directory("lottery-draw");
  const auto reg = make_register(dir);
  const std::vector<std::string> common = {"--register", reg, "--count", "40", "--stratify-by", "dorp",
                                           "--household-key", "postcode,huisnummer"};
  std::string output;
  auto commit_args = std::vector<std::string>{"draw", "commit"};
  commit_args.insert(commit_args.end(), common.begin(), common.end());
  BOOST_TEST_REQUIRE(run_mienskip(commit_args, {}, output) == 0, output);
  const std::string commitment = output.substr(0, 64);

  auto draw_args = std::vector<std::string>{"draw"};
  draw_args.insert(draw_args.end(), common.begin(), common.end());
  for (const std::string& extra : {std::string("--seed"), std::string("03-17-22-31-40-44"), std::string("--commitment"), commitment,
                                   std::string("--out"), (dir / "a.csv").string(), std::string("--receipt"),
                                   (dir / "a.json").string()}) {
    draw_args.push_back(extra);
  }
  BOOST_TEST_REQUIRE(run_mienskip(draw_args, {}, output) == 0, output);
  const auto receipt = nlohmann::json::parse(read_text(dir / "a.json"));
  BOOST_TEST(receipt["commitment"] == commitment);
  BOOST_TEST(receipt["invitations"] == 40);
  const auto invitations = read_text(dir / "a.csv");
  BOOST_TEST(invitations.rfind("id,naam,postcode,huisnummer,dorp,stratum,draw_order\n", 0) == 0);
  BOOST_TEST(std::count(invitations.begin(), invitations.end(), '\n') == 41);

  // A second run, as a third party would do it: byte-identical.
  draw_args[draw_args.size() - 3] = (dir / "b.csv").string();
  draw_args[draw_args.size() - 1] = (dir / "b.json").string();
  BOOST_TEST_REQUIRE(run_mienskip(draw_args, {}, output) == 0, output);
  BOOST_TEST(read_text(dir / "b.csv") == invitations);

  // A changed register no longer matches the published commitment: nothing is drawn.
  write(reg, read_text(reg) + "BSN999999,Laatkomer,8701 ZZ,1,Sneek\n");
  draw_args[draw_args.size() - 3] = (dir / "c.csv").string();
  BOOST_TEST(run_mienskip(draw_args, {}, output) == 1);
  BOOST_TEST(output.find("[commitment_mismatch]") != std::string::npos, output);
  BOOST_TEST(!fs::exists(dir / "c.csv"));

  // A seed that is not UTF-8 text cannot go into the receipt: refused before any file is written,
  // not an invitations file without its receipt.
  auto bad_seed = draw_args;
  bad_seed[std::find(bad_seed.begin(), bad_seed.end(), "--seed") - bad_seed.begin() + 1] = "lotto \xff\xfe";
  bad_seed.erase(std::find(bad_seed.begin(), bad_seed.end(), "--commitment"), std::find(bad_seed.begin(), bad_seed.end(), "--commitment") + 2);
  bad_seed[bad_seed.size() - 3] = (dir / "d.csv").string();
  bad_seed[bad_seed.size() - 1] = (dir / "d.json").string();
  BOOST_TEST(run_mienskip(bad_seed, {}, output) == 1, output);
  BOOST_TEST(output.find("not UTF-8") != std::string::npos, output);
  BOOST_TEST(!fs::exists(dir / "d.csv"));
  BOOST_TEST(!fs::exists(dir / "d.json"));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(select_draws_the_same_panel_from_the_same_seed) {
  const auto dir = scratch_directory("lottery-select");
  const std::string pool = test_data_path("sortition/example_small_20");
  std::string output;
  for (const char* name : {"a.json", "b.json"}) {
    BOOST_TEST_REQUIRE(run_mienskip({"select", "--pool", pool, "--seed", "2026-11-24 lotto", "--json", (dir / name).string()},
                                    {}, output) == 0,
                       output);
  }
  const auto a = nlohmann::json::parse(read_text(dir / "a.json"));
  const auto b = nlohmann::json::parse(read_text(dir / "b.json"));
  BOOST_TEST(a["draw"]["panel"] == b["draw"]["panel"]);
  BOOST_TEST(a["draw"]["panel"].size() == 20u);
  BOOST_TEST(a["panel_size"] == 20);  // from the directory name
  BOOST_TEST(std::fabs(a["summary"]["min"].get<double>() - 0.1) < 1e-4);
  BOOST_TEST(a["lottery"]["tickets"] == 1000);
  BOOST_TEST(output.find("drawn panel (ticket") != std::string::npos, output);

  // The publicly drawn number picks the same panel as the seed that maps to it.
  const int number = a["draw"]["lottery_number"].get<int>();
  BOOST_TEST_REQUIRE(run_mienskip({"select", "--pool", pool, "--lottery-number", std::to_string(number), "--json",
                                   (dir / "c.json").string()},
                                  {}, output) == 0,
                     output);
  BOOST_TEST(nlohmann::json::parse(read_text(dir / "c.json"))["draw"]["panel"] == a["draw"]["panel"]);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(infeasible_quotas_name_the_fix_and_write_nothing) {
  const auto dir = scratch_directory("lottery-infeasible");
  std::string output;
  BOOST_TEST(run_mienskip({"select", "--pool", test_data_path("sortition/foundation"), "--panel-size", "24", "--json",
                           (dir / "out.json").string()},
                          {}, output) == 1);
  BOOST_TEST(output.find("Gender: Male max 11 -> 12") != std::string::npos, output);
  BOOST_TEST(!fs::exists(dir / "out.json"));
  fs::remove_all(dir);
}

// Issue 22, item 6: files made for the Sortition Foundation's tools, with a column name or answers
// in another case, select the same panel from the same seed as the exact files, and say so.
BOOST_AUTO_TEST_CASE(loosely_written_files_select_the_same_panel_and_say_what_was_read_loosely) {
  const auto dir = scratch_directory("lottery-loose");
  const std::string exact = test_data_path("sortition/foundation");
  std::string candidates = read_text(fs::path(exact) / "candidates.csv");
  candidates.replace(candidates.find(",Gender,"), 8, ", GENDER ,");
  for (std::size_t at = 0; (at = candidates.find(",Male,", at)) != std::string::npos;) candidates.replace(at, 6, ",male,");
  write(dir / "candidates.csv", candidates);
  fs::copy_file(fs::path(exact) / "features.csv", dir / "features.csv");
  std::string output;
  BOOST_TEST_REQUIRE(run_mienskip({"select", "--pool", exact, "--panel-size", "22", "--seed", "7 7 7", "--json",
                                   (dir / "exact.json").string()},
                                  {}, output) == 0,
                     output);
  BOOST_TEST(output.find("warning") == std::string::npos, output);
  BOOST_TEST_REQUIRE(run_mienskip({"select", "--pool", dir.string(), "--panel-size", "22", "--seed", "7 7 7", "--json",
                                   (dir / "loose.json").string()},
                                  {}, output) == 0,
                     output);
  BOOST_TEST(output.find("warning: " + (dir / "candidates.csv").string() + ": the column 'GENDER' is read as 'Gender'") !=
                 std::string::npos,
             output);
  BOOST_TEST(output.find("'male' is read as 'Male' of 'Gender' (written in another case,") != std::string::npos, output);
  const auto a = nlohmann::json::parse(read_text(dir / "exact.json"));
  const auto b = nlohmann::json::parse(read_text(dir / "loose.json"));
  BOOST_TEST(a["input_sha256"] == b["input_sha256"]);
  BOOST_TEST(a["draw"]["panel"] == b["draw"]["panel"]);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
