#include "core/invitations/invitation_draw.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/crypto/deterministic_random.hpp"
#include "core/base/error.hpp"
#include "core/panel/pool.hpp"
#include "core/crypto/sha256.hpp"

namespace mienskip {

namespace {

// A stratum with fewer residents (or households) than its share of the invitations: the
// parameters ask the impossible. `unit` is "residents" or "households".
Error stratum_too_small(const std::string& stratum, std::size_t needed, std::size_t available, const std::string& unit) {
  return Error(error_codes::invalid_draw,
               "stratum '" + stratum + "' needs " + std::to_string(needed) + " invitations but has only " +
                   std::to_string(available) + " eligible " + unit + "; lower the number or the oversampling",
               {},
               {{"reason", "stratum_too_small"},
                {"stratum", stratum},
                {"needed", std::to_string(needed)},
                {"available", std::to_string(available)},
                {"unit", unit}});
}

int required_column(const CsvTable& table, const std::string& name) {
  const int column = table.column(name);
  if (column < 0) throw Error(error_codes::unknown_variable, "the register has no column '" + name + "'", Location{table.file_name});
  return column;
}

// The shortest text that reads back as exactly this number.
std::string format_factor(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// Refuses an empty or repeated id, naming the first row where that happens. A million ids in a
// hash set cost most of the draw's time (a node per id); sorting their hashes reads memory in
// order, and only ids whose hashes collide are compared as text.
void check_unique_ids(const CsvTable& table, int id) {
  std::vector<std::pair<std::size_t, std::size_t>> hashed;  // (hash of the trimmed id, row)
  hashed.reserve(table.rows.size());
  const std::hash<std::string_view> hash;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto person = trim_view(table.rows[r][id]);
    if (person.empty()) throw Error(error_codes::invalid_register, "a row has no id", Location{table.file_name, table.row_lines[r], "id"});
    hashed.emplace_back(hash(person), r);
  }
  std::sort(hashed.begin(), hashed.end());
  std::size_t repeated = table.rows.size();  // the earliest row whose id an earlier row has
  for (std::size_t start = 0; start < hashed.size();) {
    std::size_t end = start + 1;
    while (end < hashed.size() && hashed[end].first == hashed[start].first) ++end;
    for (std::size_t i = start + 1; i < end; ++i) {  // rows ascending within equal hashes
      const auto person = trim_view(table.rows[hashed[i].second][id]);
      for (std::size_t j = start; j < i; ++j) {
        if (trim_view(table.rows[hashed[j].second][id]) == person) {
          repeated = std::min(repeated, hashed[i].second);
          break;
        }
      }
    }
    start = end;
  }
  if (repeated < table.rows.size()) {
    throw Error(error_codes::invalid_register, "id '" + trim(table.rows[repeated][id]) + "' appears twice",
                Location{table.file_name, table.row_lines[repeated], "id"});
  }
}

// The register's columns the draw reads.
struct DrawColumns {
  int id = -1;
  int stratum = -1;  // -1 when the draw is not stratified
  std::vector<int> household;
};

DrawColumns draw_columns(const CsvTable& table, const DrawParameters& parameters) {
  DrawColumns columns;
  columns.id = required_column(table, "id");
  columns.stratum = parameters.stratify_by.empty() ? -1 : required_column(table, parameters.stratify_by);
  for (const auto& column : parameters.household_key) columns.household.push_back(required_column(table, column));
  return columns;
}

void check_draw_parameters(const DrawParameters& parameters) {
  if (parameters.count == 0) throw Error(error_codes::invalid_draw, "the number of invitations must be at least 1");
  for (const auto& [stratum, factor] : parameters.oversample) {
    if (!(factor > 0) || !std::isfinite(factor)) {
      throw Error(error_codes::invalid_draw, "the oversampling factor of '" + stratum + "' must be a positive number");
    }
  }
}

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};
using StratumRows = std::unordered_map<std::string, std::vector<std::size_t>, TextHash, std::equal_to<>>;

// Eligible rows per stratum, in register order, and how many rows the exclusion list took out.
struct Eligible {
  StratumRows members;
  std::size_t excluded = 0;
};

Eligible eligible_rows(const CsvTable& table, const DrawColumns& columns, const std::set<std::string>& excluded_ids) {
  Eligible eligible;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (!excluded_ids.empty() && excluded_ids.count(trim(table.rows[r][columns.id]))) {
      ++eligible.excluded;
      continue;
    }
    const std::string_view stratum =
        columns.stratum < 0 ? std::string_view() : trim_view(table.rows[r][columns.stratum]);
    auto place = eligible.members.find(stratum);
    if (place == eligible.members.end()) {
      place = eligible.members.emplace(std::string(stratum), std::vector<std::size_t>()).first;
    }
    place->second.push_back(r);
  }
  return eligible;
}

// The strata in sorted order; every stratum the oversampling names must have someone eligible.
std::vector<std::string> sorted_strata(const StratumRows& members, const DrawParameters& parameters) {
  for (const auto& [stratum, factor] : parameters.oversample) {
    if (!members.count(stratum)) {
      throw Error(error_codes::invalid_draw, "oversampling names stratum '" + stratum + "', which has no one in the register",
                  {}, {{"reason", "unknown_stratum"}, {"stratum", stratum}});
    }
  }
  std::vector<std::string> strata;
  for (const auto& [stratum, rows] : members) strata.push_back(stratum);
  std::sort(strata.begin(), strata.end());
  return strata;
}

// Largest-remainder allocation of the count over strata, proportional to size x factor;
// equal remainders go to the stratum that sorts first.
std::vector<std::size_t> allocate_invitations(const std::vector<std::string>& strata,
                                              const std::vector<std::size_t>& eligible,
                                              const DrawParameters& parameters) {
  auto factor_of = [&](const std::string& stratum) {
    const auto factor = parameters.oversample.find(stratum);
    return factor == parameters.oversample.end() ? 1.0 : factor->second;
  };
  double total_weight = 0;
  for (std::size_t s = 0; s < strata.size(); ++s) {
    total_weight += static_cast<double>(eligible[s]) * factor_of(strata[s]);
  }
  std::vector<std::size_t> allocation;
  std::vector<std::pair<double, std::size_t>> remainders;
  std::size_t allocated = 0;
  for (std::size_t s = 0; s < strata.size(); ++s) {
    const double weight = static_cast<double>(eligible[s]) * factor_of(strata[s]);
    const double quota = static_cast<double>(parameters.count) * weight / total_weight;
    const auto whole = static_cast<std::size_t>(std::floor(quota));
    allocation.push_back(whole);
    allocated += whole;
    remainders.push_back({quota - static_cast<double>(whole), s});
  }
  std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; allocated < parameters.count && i < remainders.size(); ++i, ++allocated) {
    ++allocation[remainders[i].second];
  }
  return allocation;
}

// Per stratum: walk a shuffle, one invitation per household (across strata), until the
// stratum's allocation is invited or its rows run out. The rows invited, in draw order.
std::vector<std::size_t> invite_in_stratum(const CsvTable& table, const DrawColumns& columns,
                                           const std::vector<std::size_t>& rows, std::size_t allocation,
                                           DeterministicRandom& random,
                                           std::unordered_set<std::string>& households_invited) {
  std::vector<std::size_t> order(rows.begin(), rows.end());
  std::vector<std::size_t> invited;
  for (std::size_t i = 0; i < order.size() && invited.size() < allocation; ++i) {
    std::swap(order[i], order[i + random.below(order.size() - i)]);
    const std::size_t row = order[i];
    if (!columns.household.empty()) {
      std::string key;
      for (int column : columns.household) key += normalise_household_part(table.rows[row][column]) + '\x1f';
      if (!households_invited.insert(key).second) continue;
    }
    invited.push_back(row);
  }
  return invited;
}

}  // namespace

void RegisterHash::add(const std::vector<std::string>& fields) {
  line_.clear();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) line_.push_back('\x1f');
    line_ += trim(fields[i]);
  }
  line_.push_back('\n');
  digest_.add(line_);
}

std::string register_hash(const CsvTable& table) {
  RegisterHash hash;
  hash.add(table.header);
  for (const auto& row : table.rows) hash.add(row);
  return hash.hex();
}

std::string exclusion_hash(const std::set<std::string>& excluded_ids) {
  std::string text;
  for (const auto& id : excluded_ids) text += id + "\n";
  return sha256_hex(text);
}

std::string draw_commitment(const std::string& register_sha256, const std::string& exclusion_sha256,
                            const DrawParameters& parameters) {
  std::string text = "mienskip-draw-v1\n";
  text += "register " + register_sha256 + "\n";
  text += "count " + std::to_string(parameters.count) + "\n";
  text += "stratify_by " + parameters.stratify_by + "\n";
  text += "oversample";
  for (const auto& [stratum, factor] : parameters.oversample) text += " " + stratum + "=" + format_factor(factor);
  text += "\nhousehold_key";
  for (const auto& column : parameters.household_key) text += " " + column;
  text += "\nexclusion " + exclusion_sha256 + "\n";
  return sha256_hex(text);
}

InvitationDraw draw_invitations(const CsvTable& table, const std::set<std::string>& excluded_ids,
                                const DrawParameters& parameters, const std::string& seed) {
  return draw_invitations_from(table, register_hash(table), excluded_ids, parameters, seed);
}

namespace {

// The plan, and the eligible rows per stratum the walk goes through.
std::pair<InvitationDraw, Eligible> planned(const CsvTable& table, const DrawColumns& columns,
                                            const std::string& register_sha256, const std::set<std::string>& excluded_ids,
                                            const DrawParameters& parameters) {
  check_draw_parameters(parameters);
  InvitationDraw draw;
  draw.register_sha256 = register_sha256;
  draw.exclusion_sha256 = exclusion_hash(excluded_ids);
  draw.commitment = draw_commitment(draw.register_sha256, draw.exclusion_sha256, parameters);
  check_unique_ids(table, columns.id);
  Eligible eligible = eligible_rows(table, columns, excluded_ids);
  draw.excluded = eligible.excluded;
  // Nothing drawn from nothing: an empty register, or one the exclusions empty, is a mistake.
  if (eligible.members.empty()) {
    throw Error(error_codes::invalid_draw,
                table.rows.empty() ? "the register has no residents to invite" : "every resident in the register is excluded",
                {}, {{"reason", table.rows.empty() ? "no_residents" : "all_excluded"}});
  }
  draw.strata = sorted_strata(eligible.members, parameters);
  for (const auto& stratum : draw.strata) draw.eligible.push_back(eligible.members.find(stratum)->second.size());
  draw.allocation = allocate_invitations(draw.strata, draw.eligible, parameters);
  for (std::size_t s = 0; s < draw.strata.size(); ++s) {
    if (draw.allocation[s] > draw.eligible[s]) {
      throw stratum_too_small(draw.strata[s], draw.allocation[s], draw.eligible[s], "residents");
    }
  }
  return {std::move(draw), std::move(eligible)};
}

}  // namespace

InvitationDraw plan_invitation_draw(const CsvTable& table, const std::string& register_sha256,
                                    const std::set<std::string>& excluded_ids, const DrawParameters& parameters) {
  return planned(table, draw_columns(table, parameters), register_sha256, excluded_ids, parameters).first;
}

InvitationDraw draw_invitations_from(const CsvTable& table, const std::string& register_sha256,
                                     const std::set<std::string>& excluded_ids, const DrawParameters& parameters,
                                     const std::string& seed) {
  const DrawColumns columns = draw_columns(table, parameters);
  if (seed.empty()) throw Error(error_codes::invalid_draw, "the seed is empty");
  auto [draw, eligible] = planned(table, columns, register_sha256, excluded_ids, parameters);
  draw.seed = seed;

  std::unordered_set<std::string> households_invited;
  for (std::size_t s = 0; s < draw.strata.size(); ++s) {
    DeterministicRandom random(std::string("mienskip-invitation-draw") + '\0' + draw.commitment + '\0' + seed + '\0' +
                               draw.strata[s]);
    const auto rows = invite_in_stratum(table, columns, eligible.members.find(draw.strata[s])->second,
                                        draw.allocation[s], random, households_invited);
    if (rows.size() < draw.allocation[s]) {
      throw stratum_too_small(draw.strata[s], draw.allocation[s], rows.size(), "households");
    }
    draw.rows.insert(draw.rows.end(), rows.begin(), rows.end());
    draw.row_stratum.insert(draw.row_stratum.end(), rows.size(), s);
  }
  return draw;
}

}  // namespace mienskip
