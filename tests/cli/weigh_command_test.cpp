// `mienskip weigh` as an analyst runs it: files in, files out, errors that change nothing.
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <filesystem>
#include <unistd.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/reference_data.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"

using namespace mienskip::test;
namespace fs = std::filesystem;

namespace {

const std::string respondents = test_data_path("weighting/municipality_default/respondents.csv");
const std::string margins = test_data_path("weighting/municipality_default/margins.csv");

}  // namespace

BOOST_AUTO_TEST_SUITE(weigh_command)

BOOST_AUTO_TEST_CASE(writes_json_weights_and_a_readable_summary) {
  const auto dir = scratch_directory("weigh-ok");
  std::string output;
  const int code = run_mienskip({"weigh", "--respondents", respondents, "--margins", margins, "--by", "area",
                                 "--json", (dir / "out.json").string(), "--weights-csv",
                                 (dir / "weights.csv").string(), "--format", "text"},
                                {}, output);
  BOOST_TEST_REQUIRE(code == 0, output);
  const auto json = nlohmann::json::parse(read_text(dir / "out.json"));
  BOOST_TEST(json["inputs"]["n_used"] == 1376);
  BOOST_TEST(json["estimates"]["domains"].size() == 10u);
  const auto csv = read_text(dir / "weights.csv");
  BOOST_TEST(csv.rfind("id,weight\nR0000330,0.93450493077", 0) == 0, csv.substr(0, 60));
  BOOST_TEST(std::count(csv.begin(), csv.end(), '\n') == 1377);
  BOOST_TEST(output.find("Mean points per scenario (95% interval)") != std::string::npos, output);
  BOOST_TEST(output.find("S1: weighted 20.2 (18.6 to 21.8)") != std::string::npos, output);
  BOOST_TEST(output.find("Variation of response propensities (CV): 0.652") != std::string::npos, output);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(errors_are_explained_and_write_nothing) {
  const auto dir = scratch_directory("weigh-bad");
  std::string output;
  const int code = run_mienskip({"weigh", "--respondents", respondents, "--margins", margins, "--lower", "0.5",
                                 "--upper", "1.5", "--json", (dir / "out.json").string()},
                                {}, output);
  BOOST_TEST(code == 1);
  BOOST_TEST(output.find("[bounds_infeasible]") != std::string::npos, output);
  BOOST_TEST(output.find("Raise the upper bound to at least 2.219") != std::string::npos, output);
  BOOST_TEST(!fs::exists(dir / "out.json"));

  BOOST_TEST(run_mienskip({"weigh", "--respondents", respondents}, {}, output) == 2);
  BOOST_TEST(output.find("--margins is required") != std::string::npos, output);
  BOOST_TEST(run_mienskip({"weigh", "--respondents", "/nonexistent.csv", "--margins", margins}, {}, output) == 1);
  BOOST_TEST(output.find("cannot read /nonexistent.csv") != std::string::npos, output);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
