#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/files.hpp"
#include "core/base/csv.hpp"
#include "core/invitations/invitation_receipt.hpp"
#include "core/base/error.hpp"
#include "core/base/utf8.hpp"
#include "core/invitations/invitation_draw.hpp"
#include "core/crypto/sha256.hpp"

namespace mienskip::cli {

namespace {

std::set<std::string> read_exclusions(const std::string& path) {
  const auto table = parse_csv(read_file(path), path);
  const int column = table.column("id") >= 0 ? table.column("id") : 0;
  std::set<std::string> ids;
  if (table.column("id") < 0) ids.insert(trim(table.header[0]));  // a bare list without header
  for (const auto& row : table.rows) {
    const std::string id = trim(row[column]);
    if (!id.empty()) ids.insert(id);
  }
  return ids;
}

DrawParameters parameters_from(const Arguments& args) {
  DrawParameters parameters;
  parameters.count =
      static_cast<std::size_t>(parse_whole_number(args.option("count").value_or(""), 1, 100000000, "--count"));
  parameters.stratify_by = args.option("stratify-by").value_or("");
  if (auto text = args.option("household-key")) parameters.household_key = split_list(*text);
  if (auto text = args.option("oversample")) {
    for (const auto& item : split_list(*text)) {
      const auto equals = item.rfind('=');
      if (equals == std::string::npos) {
        throw Error(error_codes::usage, "--oversample takes STRATUM=FACTOR pairs separated by commas, not '" + item + "'");
      }
      parameters.oversample[trim(item.substr(0, equals))] =
          parse_decimal(trim(item.substr(equals + 1)), 1e-9, 1e9, "the oversampling factor of " + item.substr(0, equals));
    }
  }
  return parameters;
}

// The seed as given, which must be text: it is published and put in the receipt.
std::string checked_seed(const Arguments& args) {
  const auto seed = *args.option("seed");
  if (!utf8_length(seed)) {
    throw Error(error_codes::invalid_seed, "the seed is not UTF-8 text, so it cannot be published or put in the receipt; "
                                           "nothing was drawn");
  }
  return seed;
}

// The invitations file and its receipt: both, or neither when the receipt cannot hold the draw.
void write_draw_files(const Arguments& args, const CsvTable& table, const InvitationDraw& draw,
                      const DrawParameters& parameters) {
  std::vector<std::vector<std::string>> drawn_rows;
  drawn_rows.reserve(draw.rows.size());
  for (const auto row : draw.rows) drawn_rows.push_back(table.rows[row]);
  const std::string out = invitations_csv(table.header, drawn_rows, drawn_strata(draw));
  const auto receipt = draw_receipt(draw, parameters, table.rows.size(), sha256_hex(out),
                                    std::string("mienskip ") + MIENSKIP_VERSION);
  std::string receipt_text;
  try {  // before any file is written: never an invitations file without its receipt
    receipt_text = receipt.dump(2) + "\n";
  } catch (const nlohmann::json::type_error&) {
    throw Error(error_codes::invalid_register, "a column name or stratum of the register is not UTF-8 text, so the receipt "
                                               "cannot hold it; nothing was written");
  }
  write_file(*args.option("out"), out);
  write_file(*args.option("receipt"), receipt_text);
}

}  // namespace

int draw_command(const std::vector<std::string>& raw) {
  std::vector<std::string> rest = raw;
  const bool commit_only = !rest.empty() && rest[0] == "commit";
  if (commit_only) rest.erase(rest.begin());
  const auto args = parse_arguments(rest, {"register", "count", "seed", "stratify-by", "oversample", "household-key",
                                           "exclude", "commitment", "out", "receipt"});
  if (!args.has("register")) throw Error(error_codes::usage, "--register is required");
  if (!args.has("count")) throw Error(error_codes::usage, "--count is required");
  const std::string register_path = *args.option("register");
  const auto table = parse_csv(read_file(register_path), register_path);
  const auto parameters = parameters_from(args);
  const auto excluded = args.has("exclude") ? read_exclusions(*args.option("exclude")) : std::set<std::string>{};

  if (commit_only) {
    // What the draw will refuse without the seed is refused now, before anything is published.
    const auto plan = plan_invitation_draw(table, register_hash(table), excluded, parameters);
    std::cout << plan.commitment << "\n";
    std::cerr << "Publish this commitment before the seed is known. It covers the register (SHA-256 "
              << plan.register_sha256 << "), the parameters and the exclusion list.\n";
    return 0;
  }
  for (const char* required : {"seed", "out", "receipt"}) {
    if (!args.has(required)) throw Error(error_codes::usage, std::string("--") + required + " is required");
  }
  const auto draw = draw_invitations(table, excluded, parameters, checked_seed(args));
  if (auto published = args.option("commitment"); published && *published != draw.commitment) {
    throw Error(error_codes::commitment_mismatch, "the register, parameters or exclusions differ from the published commitment " +
                                           *published + " (now " + draw.commitment + "); nothing was drawn");
  }

  write_draw_files(args, table, draw, parameters);
  std::cout << "Drew " << draw.rows.size() << " invitations from " << table.rows.size() << " residents ("
            << draw.excluded << " excluded) in " << draw.strata.size() << " strata.\n"
            << "Commitment " << draw.commitment << "; receipt in " << *args.option("receipt") << ".\n";
  return 0;
}

}  // namespace mienskip::cli
