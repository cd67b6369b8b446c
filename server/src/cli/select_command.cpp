#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/files.hpp"
#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/crypto/public_seed.hpp"
#include "core/panel/alternates.hpp"
#include "core/panel/panel_selection.hpp"

namespace mienskip::cli {

namespace {

namespace fs = std::filesystem;

struct PoolFiles {
  Pool pool;
  std::optional<int> panel_size_from_name;  // replication directories are named NAME_K
};

PoolFiles load_pool(const std::string& where, const std::string& id_column, const std::vector<std::string>& households) {
  std::string quotas, volunteers;
  PoolFiles loaded;
  if (fs::is_directory(where)) {
    const fs::path dir(where);
    if (fs::exists(dir / "categories.csv") && fs::exists(dir / "respondents.csv")) {
      quotas = (dir / "categories.csv").string();
      volunteers = (dir / "respondents.csv").string();
      std::smatch match;
      const std::string name = fs::weakly_canonical(dir).filename().string();
      if (std::regex_search(name, match, std::regex("_([0-9]+)$"))) loaded.panel_size_from_name = std::stoi(match[1]);
    } else if (fs::exists(dir / "features.csv") && fs::exists(dir / "candidates.csv")) {
      quotas = (dir / "features.csv").string();
      volunteers = (dir / "candidates.csv").string();
    } else {
      throw Error(error_codes::file_not_found, where + " holds neither categories.csv + respondents.csv nor features.csv + candidates.csv");
    }
  } else {
    const auto files = split_list(where);
    if (files.size() != 2) {
      throw Error(error_codes::usage, "--pool takes a directory, or the quota file and the volunteers file separated by a comma");
    }
    quotas = files[0];
    volunteers = files[1];
  }
  const auto quota_table = parse_csv(read_file(quotas), quotas);
  const auto volunteer_table = parse_csv(read_file(volunteers), volunteers);
  if (quota_table.column("category") >= 0) {
    if (!households.empty()) throw Error(error_codes::usage, "household columns need the Sortition Foundation format (with addresses)");
    loaded.pool = read_replication_pool(quota_table, volunteer_table);
  } else {
    loaded.pool = read_foundation_pool(quota_table, volunteer_table, id_column, households);
  }
  // Read as the Sortition Foundation's library would, but said, so whoever runs it can check.
  for (const auto& warning : loaded.pool.warnings) std::cerr << "mienskip select: warning: " << warning << '\n';
  return loaded;
}

int whole_number(const std::string& name, const std::string& text, int min, int max) {
  return static_cast<int>(parse_whole_number(text, min, max, "--" + name));
}

// The pool named by --pool (with --household-columns, --id-column) and the panel size from
// --panel-size or the directory name.
std::pair<PoolFiles, int> pool_and_panel_size(const Arguments& args) {
  if (!args.has("pool")) throw Error(error_codes::usage, "--pool is required");
  const auto households = args.option("household-columns") ? split_list(*args.option("household-columns"))
                                                            : std::vector<std::string>{};
  auto loaded = load_pool(*args.option("pool"), args.option("id-column").value_or(""), households);
  std::optional<int> k = loaded.panel_size_from_name;
  if (auto text = args.option("panel-size")) k = whole_number("panel-size", *text, 1, 1000000);
  if (!k) throw Error(error_codes::usage, "--panel-size is required");
  return {std::move(loaded), *k};
}

}  // namespace

int select_command(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(raw, {"pool", "panel-size", "algorithm", "household-columns", "id-column", "seed",
                                          "lottery-number", "time-limit", "legacy-runs", "json"});
  const auto [loaded, k] = pool_and_panel_size(args);

  SelectionOptions options;
  options.algorithm = args.option("algorithm").value_or("leximin");
  options.seed = args.option("seed");
  if (auto text = args.option("lottery-number")) options.lottery_number = whole_number("lottery-number", *text, 0, 999);
  if (auto text = args.option("time-limit")) options.time_limit = std::chrono::seconds(whole_number("time-limit", *text, 0, 86400));
  if (auto text = args.option("legacy-runs")) options.legacy_runs = whole_number("legacy-runs", *text, 1, 10000000);

  const auto outcome = select_panel(loaded.pool, k, options);
  const auto json = selection_json(loaded.pool, outcome, std::string("mienskip ") + MIENSKIP_VERSION);
  if (auto path = args.option("json")) write_file(*path, json.dump(2) + "\n");

  std::cout << "Selected by " << outcome.algorithm << " from " << loaded.pool.ids.size() << " volunteers, panel of " << k
            << " (inputs " << loaded.pool.input_sha256.substr(0, 16) << "...)\n"
            << "  selection probability: min " << outcome.summary.min << ", max " << outcome.summary.max
            << ", Gini " << outcome.summary.gini << ", geometric mean " << outcome.summary.geometric_mean << "\n";
  if (outcome.after_rounding) {
    std::cout << "  after rounding to " << outcome.lottery->tickets << " tickets: min " << outcome.after_rounding->min
              << ", max " << outcome.after_rounding->max << "\n";
  }
  if (outcome.algorithm != "legacy" && !outcome.fair.never_selectable.empty()) {
    std::cout << "  " << json["never_selectable"].size() << " volunteers are in no panel that meets the quotas\n";
  }
  if (outcome.algorithm != "legacy" && !outcome.fair.optimal) {
    std::cout << "  time limit reached: the smallest probability could be at most "
              << outcome.fair.minimum_upper_bound << "\n";
  }
  if (!outcome.panel.empty()) {
    std::cout << "  drawn panel";
    if (outcome.lottery_number) std::cout << " (ticket " << *outcome.lottery_number << ")";
    std::cout << ":";
    for (auto i : outcome.panel) std::cout << " " << loaded.pool.ids[i];
    std::cout << "\n";
  } else {
    std::cout << "  no panel drawn yet: give --seed or --lottery-number\n";
  }
  return 0;
}

}  // namespace mienskip::cli

namespace mienskip::cli {

int alternates_command(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(raw, {"pool", "panel-size", "household-columns", "id-column", "panel-json",
                                          "dropouts", "seed", "json"});
  for (const char* required : {"panel-json", "dropouts", "seed"}) {
    if (!args.has(required)) throw Error(error_codes::usage, std::string("--") + required + " is required");
  }
  const auto [loaded, k] = pool_and_panel_size(args);

  const auto& pool = loaded.pool;
  auto index_of = [&](const std::string& id) {
    const auto at = std::find(pool.ids.begin(), pool.ids.end(), id);
    if (at == pool.ids.end()) throw Error(error_codes::invalid_panel, "'" + id + "' is not a volunteer in this pool");
    return static_cast<std::size_t>(at - pool.ids.begin());
  };
  const auto selection = nlohmann::json::parse(read_file(*args.option("panel-json")));
  if (selection.value("input_sha256", "") != pool.input_sha256) {
    throw Error(error_codes::invalid_panel, "the panel was selected from other inputs than this pool (input hash differs)");
  }
  std::vector<std::size_t> panel, dropouts;
  std::vector<std::string> members;
  for (const auto& id : selection.at("draw").at("panel")) members.push_back(id.get<std::string>());
  for (const auto& id : members) panel.push_back(index_of(id));
  // The staff app's rules for the dropouts and the seed, so that both draw the same round or refuse.
  for (const auto& id : checked_dropouts(split_list(*args.option("dropouts")), members)) dropouts.push_back(index_of(id));
  const std::string seed = public_seed(*args.option("seed"));

  const auto replacements = draw_alternates(pool, k, panel, dropouts, seed);
  nlohmann::json ids = nlohmann::json::array();
  for (auto i : replacements) ids.push_back(pool.ids[i]);
  nlohmann::json dropped = nlohmann::json::array();
  for (auto i : dropouts) dropped.push_back(pool.ids[i]);
  const nlohmann::json result = {{"input_sha256", pool.input_sha256}, {"seed", seed},
                                 {"dropouts", dropped}, {"replacements", ids},
                                 {"version", std::string("mienskip ") + MIENSKIP_VERSION}};
  if (auto path = args.option("json")) write_file(*path, result.dump(2) + "\n");
  std::cout << "Replacements for " << dropouts.size() << " dropouts, keeping every quota:";
  for (const auto& id : ids) std::cout << " " << id.get<std::string>();
  std::cout << "\n";
  return 0;
}

}  // namespace mienskip::cli
