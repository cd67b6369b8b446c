#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <pqxx/connection>
#include <sstream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/database.hpp"
#include "cli/files.hpp"
#include "core/base/error.hpp"
#include "store/audit_log.hpp"

namespace mienskip::cli {

namespace {

constexpr const char* usage =
    "usage: mienskip audit verify [--expect HASH@POSITION] [--expect-file HEADS.txt] [--database-url URL]\n"
    "       mienskip audit export --out AUDIT.jsonl [--database-url URL]";

ChainHead read_head(const std::string& text, const std::string& origin) {
  const auto head = parse_chain_head(text);
  if (!head) {
    throw Error(error_codes::usage, origin + " is not a published head: write HASH@POSITION, the 64 hex digits and "
                                             "the position as the verification page shows them");
  }
  return *head;
}

// The heads to hold the log against: --expect, and every line of --expect-file (blank lines and
// lines starting with # are skipped), so an auditor can keep every head ever published.
std::vector<ChainHead> expected_heads(const Arguments& args) {
  std::vector<ChainHead> heads;
  if (const auto expect = args.option("expect")) heads.push_back(read_head(*expect, "--expect"));
  if (const auto path = args.option("expect-file")) {
    std::istringstream lines(read_file(*path));
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      heads.push_back(read_head(line, *path + ", line " + std::to_string(number)));
    }
  }
  return heads;
}

int verify(const Arguments& args) {
  const auto heads = expected_heads(args);
  const auto connection = connect_database(args);
  const auto entries = store::read_audit_log(*connection);
  if (const auto broken = first_chain_break(entries)) {
    std::cout << "audit log BROKEN: " << *broken << '\n';
    return 1;
  }
  for (const auto& head : heads) {
    if (const auto departure = departure_from_head(entries, head)) {
      std::cout << "audit log BROKEN: " << *departure << '\n';
      return 1;
    }
  }
  std::cout << "audit log intact: " << entries.size() << " entries";
  if (!heads.empty()) std::cout << ", holding " << heads.size() << " published head" << (heads.size() == 1 ? "" : "s");
  if (const auto head = chain_head(entries)) {
    std::cout << "; head now " << chain_head_text(*head) << " (publish it to fix this state)";
  }
  std::cout << '\n';
  return 0;
}

// One JSON object per line with the fields exactly as the hashes cover them (`details` as the
// text the database rendered), so deploy/audit-recheck.sh can redo every hash with sha256sum.
int export_log(const Arguments& args) {
  const auto out = args.option("out");
  if (!out) throw Error(error_codes::usage, usage);
  const auto connection = connect_database(args);
  const auto entries = store::read_audit_log(*connection);
  std::string lines;
  for (const auto& e : entries) {
    lines += nlohmann::json{{"position", e.position}, {"occurred_at", e.occurred_at}, {"actor", e.actor},
                            {"action", e.action},     {"subject", e.subject},         {"details", e.details},
                            {"previous_hash", e.previous_hash}, {"entry_hash", e.entry_hash}}
                 .dump() +
             "\n";
  }
  write_file(*out, lines);
  std::cout << "wrote " << entries.size() << " entries to " << *out;
  if (const auto head = chain_head(entries)) std::cout << "; head " << chain_head_text(*head);
  std::cout << '\n';
  return 0;
}

}  // namespace

int audit_command(const std::vector<std::string>& raw) {
  if (raw.empty() || (raw[0] != "verify" && raw[0] != "export")) throw Error(error_codes::usage, usage);
  const std::vector<std::string> rest(raw.begin() + 1, raw.end());
  if (raw[0] == "export") return export_log(parse_arguments(rest, {"out", "database-url"}));
  return verify(parse_arguments(rest, {"expect", "expect-file", "database-url"}));
}

}  // namespace mienskip::cli
