#include "core/panel/pool.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "core/base/csv_cell.hpp"
#include "core/base/error.hpp"
#include "core/base/utf8.hpp"
#include "core/crypto/sha256.hpp"

namespace mienskip {

namespace {

int quota_number(const CsvTable& table, std::size_t row, int column) {
  const std::string text = trim(table.rows[row][column]);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0) {
    throw Error(error_codes::invalid_quota, "'" + text + "' is not a number of seats (a whole number, 0 or more)",
                Location{table.file_name, table.row_lines[row], table.header[column]});
  }
  return value;
}

// The column `name`: its exact spelling, or else the one column whose name differs from it only in
// case or in spaces around it - the Sortition Foundation's own library reads its files that way,
// so files made for it read the same here. What was read loosely is said in `warnings`.
int find_column(const CsvTable& table, const std::string& name, std::vector<std::string>& warnings) {
  const int exact = table.column(name);
  if (exact >= 0) return exact;
  const std::string key = fold_case(trim(name));
  int found = -1;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    if (fold_case(trim(table.header[i])) != key) continue;
    if (found >= 0) return -1;  // two candidates: neither is read as `name`
    found = static_cast<int>(i);
  }
  if (found >= 0) {
    warnings.push_back(table.file_name + ": the column '" + table.header[found] + "' is read as '" + name +
                       "' (written in another case or with spaces)");
  }
  return found;
}

int required_column(const CsvTable& table, const std::string& name, std::vector<std::string>& warnings) {
  const int column = find_column(table, name, warnings);
  if (column < 0) {
    throw Error(error_codes::invalid_quota, "the file has no '" + name + "' column", Location{table.file_name});
  }
  return column;
}

// The table as typed: the files a forum publishes put an apostrophe before a text that starts like
// a spreadsheet formula (core/base/csv_cell), and exactly that one comes off here, before trimming, so
// that the published files and `mienskip select` on them give the pool and the hash staff's
// quotas and volunteers give.
CsvTable without_formula_apostrophes(const CsvTable& written) {
  CsvTable table = written;
  for (auto& name : table.header) {
    if (!name.empty() && name.front() == '\'') name = trim(without_csv_apostrophe(name));
  }
  for (auto& row : table.rows) {
    for (auto& field : row) {
      if (!field.empty() && field.front() == '\'') field = std::string(without_csv_apostrophe(field));
    }
  }
  return table;
}

// Reads category/feature rows shared by both formats.
std::vector<QuotaCategory> read_categories(const CsvTable& table, const std::string& category_column,
                                           const std::string& value_column, std::vector<std::string>& warnings) {
  const int category = required_column(table, category_column, warnings);
  const int value = required_column(table, value_column, warnings);
  const int min = required_column(table, "min", warnings);
  const int max = required_column(table, "max", warnings);
  const int min_flex = find_column(table, "min_flex", warnings);
  const int max_flex = find_column(table, "max_flex", warnings);
  std::vector<QuotaCategory> categories;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Location where{table.file_name, table.row_lines[r], ""};
    const std::string name = trim(table.rows[r][category]);
    const std::string label = trim(table.rows[r][value]);
    if (name.empty() || label.empty()) throw Error(error_codes::invalid_quota, "a category or value is empty", where);
    auto found = std::find_if(categories.begin(), categories.end(), [&](const auto& c) { return c.name == name; });
    if (found == categories.end()) {
      categories.push_back({name, {}, {}, {}, {}, {}});
      found = categories.end() - 1;
    }
    if (std::find(found->values.begin(), found->values.end(), label) != found->values.end()) {
      throw Error(error_codes::invalid_quota, "value '" + label + "' of '" + name + "' appears twice", where);
    }
    const int lo = quota_number(table, r, min);
    const int hi = quota_number(table, r, max);
    if (lo > hi) {
      throw Error(error_codes::invalid_quota,
                  name + ": " + label + " has min " + std::to_string(lo) + " above max " + std::to_string(hi), where);
    }
    const int lo_flex = min_flex >= 0 ? quota_number(table, r, min_flex) : 0;
    const int hi_flex = max_flex >= 0 ? quota_number(table, r, max_flex) : -1;  // -1: no limit given
    if (lo_flex > lo || (hi_flex >= 0 && hi_flex < hi)) {
      throw Error(error_codes::invalid_quota, name + ": " + label + " has min_flex above min or max_flex below max", where);
    }
    found->values.push_back(label);
    found->min.push_back(lo);
    found->max.push_back(hi);
    found->min_flex.push_back(lo_flex);
    found->max_flex.push_back(hi_flex);
  }
  if (categories.empty()) throw Error(error_codes::invalid_quota, "no quota categories given", Location{table.file_name});
  return categories;
}

// The value of `category` written as `text`: exactly, or else the one value that differs from it
// only in case ("Male" for "male"), as the Sortition Foundation's library reads it; -1 for none.
int value_index(const QuotaCategory& category, const std::string& text, bool& loose) {
  const auto exact = std::find(category.values.begin(), category.values.end(), text);
  loose = false;
  if (exact != category.values.end()) return static_cast<int>(exact - category.values.begin());
  const std::string key = fold_case(text);
  int found = -1;
  for (std::size_t v = 0; v < category.values.size(); ++v) {
    if (fold_case(category.values[v]) != key) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(v);
  }
  loose = found >= 0;
  return found;
}

// `loose_values` counts the rows per value read loosely, keyed by what warnings will say of it.
std::vector<int> read_volunteer(const CsvTable& table, std::size_t row, const std::vector<QuotaCategory>& categories,
                                const std::vector<int>& columns, std::map<std::string, long>& loose_values) {
  std::vector<int> values(categories.size());
  for (std::size_t c = 0; c < categories.size(); ++c) {
    const std::string text = trim(table.rows[row][columns[c]]);
    const Location where{table.file_name, table.row_lines[row], categories[c].name};
    if (text.empty()) throw Error(error_codes::unknown_value, "the value for '" + categories[c].name + "' is empty", where);
    bool loose = false;
    values[c] = value_index(categories[c], text, loose);
    if (values[c] < 0) {
      throw Error(error_codes::unknown_value, "'" + text + "' is not a value of '" + categories[c].name + "' in the quotas",
                  where);
    }
    if (loose) {
      ++loose_values[table.file_name + ": '" + text + "' is read as '" + categories[c].values[values[c]] + "' of '" +
                     categories[c].name + "'"];
    }
  }
  return values;
}

void say_loose_values(const std::map<std::string, long>& loose_values, std::vector<std::string>& warnings) {
  for (const auto& [what, rows] : loose_values) {
    warnings.push_back(what + " (written in another case, " + std::to_string(rows) + (rows == 1 ? " row)" : " rows)"));
  }
}

std::vector<int> category_columns(const CsvTable& table, const std::vector<QuotaCategory>& categories,
                                  std::vector<std::string>& warnings) {
  std::vector<int> columns;
  for (const auto& category : categories) {
    const int column = find_column(table, category.name, warnings);
    if (column < 0) {
      throw Error(error_codes::unknown_value, "the quotas use '" + category.name + "' but the volunteers file has no such column",
                  Location{table.file_name});
    }
    columns.push_back(column);
  }
  return columns;
}

// The hash covers what the draw depends on, in a canonical form: quotas, then volunteers.
std::string canonical_hash(const Pool& pool) {
  std::string text;
  for (const auto& c : pool.categories) {
    for (std::size_t v = 0; v < c.values.size(); ++v) {
      text += c.name + "\x1f" + c.values[v] + "\x1f" + std::to_string(c.min[v]) + "\x1f" + std::to_string(c.max[v]) + "\n";
    }
  }
  text += "\x1e";
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    text += pool.ids[i];
    for (std::size_t c = 0; c < pool.categories.size(); ++c) text += "\x1f" + pool.categories[c].values[pool.values[i][c]];
    if (!pool.household.empty()) text += "\x1f" + std::to_string(pool.household[i]);
    text += "\n";
  }
  return sha256_hex(text);
}

}  // namespace

std::string normalise_household_part(const std::string& text) {
  std::string compact;
  for (char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c))) compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  // Dutch postcode: four digits and two letters, written with one space.
  if (compact.size() == 6 && std::all_of(compact.begin(), compact.begin() + 4, ::isdigit) &&
      std::all_of(compact.begin() + 4, compact.end(), ::isalpha)) {
    return compact.substr(0, 4) + " " + compact.substr(4);
  }
  return compact;
}

Pool read_replication_pool(const CsvTable& categories, const CsvTable& respondents) {
  Pool pool;
  pool.categories = read_categories(categories, "category", "feature", pool.warnings);
  const auto columns = category_columns(respondents, pool.categories, pool.warnings);
  std::map<std::string, long> loose_values;
  for (std::size_t r = 0; r < respondents.rows.size(); ++r) {
    pool.ids.push_back(std::to_string(r + 1));
    pool.values.push_back(read_volunteer(respondents, r, pool.categories, columns, loose_values));
  }
  say_loose_values(loose_values, pool.warnings);
  if (pool.ids.empty()) throw Error(error_codes::empty_pool, "there are no volunteers", Location{respondents.file_name});
  pool.input_sha256 = canonical_hash(pool);
  return pool;
}

Pool read_foundation_pool(const CsvTable& written_features, const CsvTable& written_candidates,
                          const std::string& id_column, const std::vector<std::string>& household_columns) {
  const CsvTable features = without_formula_apostrophes(written_features);
  const CsvTable candidates = without_formula_apostrophes(written_candidates);
  Pool pool;
  pool.categories = read_categories(features, "feature", "value", pool.warnings);
  const auto columns = category_columns(candidates, pool.categories, pool.warnings);
  int id = -1;
  // A named id column must exist: falling back to another would change the input hash unseen.
  if (!id_column.empty() && find_column(candidates, id_column, pool.warnings) < 0) {
    throw Error(error_codes::unknown_value, "the volunteers file has no column '" + id_column + "' (--id-column)",
                Location{candidates.file_name});
  }
  for (const std::string& name : {id_column, std::string("id"), std::string("nationbuilder_id")}) {
    std::vector<std::string> said;  // only the column that is used is worth a warning
    if (!name.empty() && (id = find_column(candidates, name, said)) >= 0) {
      if (name != id_column) pool.warnings.insert(pool.warnings.end(), said.begin(), said.end());
      break;
    }
  }
  if (id < 0) {
    throw Error(error_codes::unknown_value, "the volunteers file needs an id column (id or nationbuilder_id, or name it with --id-column)",
                Location{candidates.file_name});
  }
  std::vector<int> household_column_index;
  for (const auto& name : household_columns) {
    const int column = find_column(candidates, name, pool.warnings);
    if (column < 0) throw Error(error_codes::unknown_value, "household column '" + name + "' is not in the volunteers file", Location{candidates.file_name});
    household_column_index.push_back(column);
  }
  std::map<std::string, long> seen;
  std::map<std::string, int> households;
  std::map<std::string, long> loose_values;
  for (std::size_t r = 0; r < candidates.rows.size(); ++r) {
    const std::string volunteer = trim(candidates.rows[r][id]);
    const Location where{candidates.file_name, candidates.row_lines[r], candidates.header[id]};
    if (volunteer.empty()) throw Error(error_codes::unknown_value, "a volunteer has no id", where);
    if (auto [it, fresh] = seen.emplace(volunteer, candidates.row_lines[r]); !fresh) {
      throw Error(error_codes::duplicate_id, "id '" + volunteer + "' appears twice (also on line " + std::to_string(it->second) + ")", where);
    }
    pool.ids.push_back(volunteer);
    pool.values.push_back(read_volunteer(candidates, r, pool.categories, columns, loose_values));
    if (!household_column_index.empty()) {
      std::string key;
      for (int column : household_column_index) key += normalise_household_part(candidates.rows[r][column]) + "\x1f";
      pool.household.push_back(households.emplace(key, static_cast<int>(households.size())).first->second);
    }
  }
  if (pool.ids.empty()) throw Error(error_codes::empty_pool, "there are no volunteers", Location{candidates.file_name});
  say_loose_values(loose_values, pool.warnings);
  pool.input_sha256 = canonical_hash(pool);
  return pool;
}

}  // namespace mienskip
