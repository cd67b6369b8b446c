#include "core/weighting/weighting_input.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <functional>
#include <sstream>
#include <string_view>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

// `text` without leading and trailing spaces and tabs, without copying: every cell of a file of
// 100,000 respondents passes here.
std::string_view trimmed(std::string_view text) {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<double> parse_number(std::string_view text) {
  const std::string_view t = trimmed(text);
  if (t.empty()) return std::nullopt;
  // Points are whole numbers: read short digit strings directly (exact in a double), the rest
  // with from_chars.
  if (t.size() <= 9 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long whole = 0;
    for (const char c : t) whole = whole * 10 + (c - '0');
    return static_cast<double>(whole);
  }
  double value = 0;
  const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (error != std::errc() || end != t.data() + t.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// `prefer_not_to_say` is how `mienskip survey export` writes a declined demographic question.
bool is_missing(std::string_view text) {
  const std::string_view t = trimmed(text);
  return t.empty() || t == "NA" || t == "prefer_not_to_say";
}

// The first row, in file order, whose id was used on an earlier row, and that earlier row. Found by
// sorting the ids' hashes, which reads memory in order: a hash table of 100,000 ids costs a cache
// miss per id.
struct RepeatedId {
  std::size_t row = 0;
  std::size_t earlier = 0;
};

std::optional<RepeatedId> first_repeated_id(const CsvTable& table, int id_column) {
  std::vector<std::pair<std::size_t, std::size_t>> hashes;  // (hash, row)
  hashes.reserve(table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::string_view id = trimmed(table.rows[r][id_column]);
    // An empty id is refused by the row loop itself.
    if (!id.empty()) hashes.emplace_back(std::hash<std::string_view>{}(id), r);
  }
  std::sort(hashes.begin(), hashes.end());
  std::optional<RepeatedId> first;
  for (std::size_t start = 0; start < hashes.size();) {
    std::size_t end = start + 1;
    while (end < hashes.size() && hashes[end].first == hashes[start].first) ++end;
    // Rows of one hash in file order; equal hashes of different ids are told apart here.
    for (std::size_t j = start + 1; j < end; ++j) {
      const std::string_view id = trimmed(table.rows[hashes[j].second][id_column]);
      for (std::size_t i = start; i < j; ++i) {
        if (trimmed(table.rows[hashes[i].second][id_column]) != id) continue;
        if (!first || hashes[j].second < first->row) first = RepeatedId{hashes[j].second, hashes[i].second};
        break;
      }
    }
    start = end;
  }
  return first;
}

constexpr std::string_view points_prefix = "points_";

bool is_points_column(const std::string& name) {
  return name.size() > points_prefix.size() && name.starts_with(points_prefix);
}

std::string join(const std::vector<std::string>& items, std::size_t limit = 10) {
  std::string text;
  for (std::size_t i = 0; i < items.size() && i < limit; ++i) {
    text += (i ? ", " : "") + items[i];
  }
  if (items.size() > limit) text += " and " + std::to_string(items.size() - limit) + " more";
  return text;
}

}  // namespace

Margins parse_margins(const CsvTable& table) {
  const int variable = table.column("variable");
  const int category = table.column("category");
  int value = table.column("population_count");
  Margins margins;
  if (value < 0) {
    value = table.column("share");
    margins.shares = true;
  }
  if (variable < 0 || category < 0 || value < 0) {
    throw Error(error_codes::invalid_margins,
                "the margins need the columns variable, category and population_count (or share)",
                Location{table.file_name});
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const Location where{table.file_name, table.row_lines[r], ""};
    const std::string name = trim(row[variable]);
    const std::string label = trim(row[category]);
    if (name.empty() || label.empty()) {
      throw Error(error_codes::invalid_margins, "variable and category must not be empty", where);
    }
    const auto number = parse_number(row[value]);
    if (!number || *number < 0) {
      throw Error(error_codes::invalid_margins,
                  "'" + row[value] + "' is not a population figure (a number of 0 or more)",
                  Location{table.file_name, table.row_lines[r], table.header[value]});
    }
    auto found = std::find_if(margins.variables.begin(), margins.variables.end(),
                              [&](const Margin& m) { return m.variable == name; });
    if (found == margins.variables.end()) {
      margins.variables.push_back({name, {}, {}});
      found = margins.variables.end() - 1;
    }
    if (std::find(found->categories.begin(), found->categories.end(), label) !=
        found->categories.end()) {
      throw Error(error_codes::invalid_margins, "category '" + label + "' of '" + name + "' appears twice",
                  where);
    }
    found->categories.push_back(label);
    found->population.push_back(*number);
  }
  if (margins.variables.empty()) {
    throw Error(error_codes::invalid_margins, "the margins file has no rows", Location{table.file_name});
  }
  for (const auto& margin : margins.variables) {
    double total = 0;
    for (double p : margin.population) total += p;
    if (!(total > 0)) {
      throw Error(error_codes::invalid_margins, "the population of '" + margin.variable + "' adds up to 0",
                  Location{table.file_name});
    }
    // Each figure is finite, but their sum need not be: an infinite total would turn every
    // weight into NaN when raking rescales by it.
    if (!std::isfinite(total)) {
      throw Error(error_codes::invalid_margins,
                  "the population of '" + margin.variable +
                      "' adds up to more than can be computed with; give counts or shares of a realistic size",
                  Location{table.file_name});
    }
  }
  return margins;
}

Sample prepare_sample(const CsvTable& respondents, const Margins& all_margins,
                      const SampleOptions& options) {
  const std::string& file = respondents.file_name;
  // `id` as in the reference files, or `response_id` as `mienskip survey export` writes it.
  int id_column = respondents.column("id");
  if (id_column < 0) id_column = respondents.column("response_id");
  if (id_column < 0) {
    throw Error(error_codes::unknown_variable, "the respondents file has no 'id' (or 'response_id') column",
                Location{file});
  }
  const std::string id_name = respondents.header[id_column];

  Sample sample;
  // Which margins weight, in the order asked for (or the file's order).
  if (options.variables.empty()) {
    sample.margins = all_margins.variables;
  } else {
    for (const auto& name : options.variables) {
      const auto found = std::find_if(all_margins.variables.begin(), all_margins.variables.end(),
                                      [&](const Margin& m) { return m.variable == name; });
      if (found == all_margins.variables.end()) {
        throw Error(error_codes::unknown_variable, "weighting variable '" + name + "' is not in the margins");
      }
      sample.margins.push_back(*found);
    }
  }
  std::vector<int> variable_columns;
  for (const auto& margin : sample.margins) {
    const int column = respondents.column(margin.variable);
    if (column < 0) {
      throw Error(error_codes::unknown_variable,
                  "the margins weight by '" + margin.variable + "' but the respondents file has no "
                  "such column", Location{file});
    }
    variable_columns.push_back(column);
  }

  // Scenario columns: as asked; else the export's `points_<scenario>` columns, reported under the
  // scenario id; else (files without that prefix) every numeric column that is neither id, margin,
  // --by nor `weight`. Everything else (submitted_at, language, motivation_*, weight) is ignored.
  std::vector<int> scenario_columns;
  if (!options.scenarios.empty()) {
    for (const auto& name : options.scenarios) {
      int column = respondents.column(name);
      if (column < 0) column = respondents.column(std::string(points_prefix) + name);
      if (column < 0) {
        throw Error(error_codes::unknown_variable, "scenario column '" + name + "' is not in the respondents file",
                    Location{file});
      }
      scenario_columns.push_back(column);
      sample.scenarios.push_back(name);
    }
  } else if (std::any_of(respondents.header.begin(), respondents.header.end(), is_points_column)) {
    for (std::size_t c = 0; c < respondents.header.size(); ++c) {
      const std::string& name = respondents.header[c];
      if (!is_points_column(name) || name == options.by) continue;
      scenario_columns.push_back(static_cast<int>(c));
      sample.scenarios.push_back(name.substr(points_prefix.size()));
    }
  } else {
    for (std::size_t c = 0; c < respondents.header.size(); ++c) {
      const std::string& name = respondents.header[c];
      const bool is_margin = std::any_of(all_margins.variables.begin(), all_margins.variables.end(),
                                         [&](const Margin& m) { return m.variable == name; });
      if (static_cast<int>(c) == id_column || is_margin || name == options.by || name == "weight") continue;
      const bool numeric = !respondents.rows.empty() &&
                           std::all_of(respondents.rows.begin(), respondents.rows.end(),
                                       [&](const auto& row) { return parse_number(row[c]).has_value(); });
      if (numeric) {
        scenario_columns.push_back(static_cast<int>(c));
        sample.scenarios.push_back(name);
      }
    }
  }
  int by_column = -1;
  if (!options.by.empty()) {
    by_column = respondents.column(options.by);
    if (by_column < 0) {
      throw Error(error_codes::unknown_variable, "--by names '" + options.by + "', which is not a column",
                  Location{file});
    }
    sample.by = options.by;
  }

  // Margins have a handful of categories each: a linear search on views beats a map of copies.
  auto category_code = [&](std::size_t v, std::string_view label) -> std::optional<std::uint16_t> {
    const auto& categories = sample.margins[v].categories;
    for (std::size_t k = 0; k < categories.size(); ++k) {
      if (categories[k] == label) return static_cast<std::uint16_t>(k);
    }
    return std::nullopt;
  };
  const std::size_t rows = respondents.rows.size();
  sample.codes.resize(sample.margins.size());
  for (auto& codes : sample.codes) codes.reserve(rows);
  sample.points.resize(scenario_columns.size());
  for (auto& points : sample.points) points.reserve(rows);
  sample.ids.reserve(rows);
  std::map<std::string, int, std::less<>> domain_index;
  const auto repeated = first_repeated_id(respondents, id_column);
  std::vector<std::uint16_t> row_codes(sample.margins.size());
  std::vector<double> row_points(scenario_columns.size());

  for (std::size_t r = 0; r < rows; ++r) {
    const auto& row = respondents.rows[r];
    const long line = respondents.row_lines[r];
    const std::string_view id = trimmed(row[id_column]);
    if (id.empty()) throw Error(error_codes::invalid_respondents, "a respondent has no id", Location{file, line, id_name});
    if (repeated && repeated->row == r) {
      throw Error(error_codes::invalid_respondents,
                  "id '" + std::string(id) + "' appears twice (also on line " +
                      std::to_string(respondents.row_lines[repeated->earlier]) + ")",
                  Location{file, line, id_name});
    }
    bool missing = false;
    for (std::size_t v = 0; v < sample.margins.size(); ++v) {
      const std::string_view cell = trimmed(row[variable_columns[v]]);
      if (is_missing(cell)) {
        if (options.missing_is_error) {
          throw Error(error_codes::missing_answer,
                      "respondent " + std::string(id) + " did not answer '" + sample.margins[v].variable +
                          "'; use --missing drop to leave such respondents out",
                      Location{file, line, sample.margins[v].variable});
        }
        missing = true;
        continue;
      }
      const auto code = category_code(v, cell);
      if (!code) {
        throw Error(error_codes::unknown_category,
                    "'" + std::string(cell) + "' is not a category of '" + sample.margins[v].variable +
                        "' in the margins (" + join(sample.margins[v].categories) + ")",
                    Location{file, line, sample.margins[v].variable});
      }
      row_codes[v] = *code;
    }
    double total = 0;
    for (std::size_t s = 0; s < scenario_columns.size(); ++s) {
      const auto value = parse_number(row[scenario_columns[s]]);
      if (!value || *value < 0) {
        throw Error(error_codes::invalid_points,
                    "'" + row[scenario_columns[s]] + "' is not a number of points (0 or more)",
                    Location{file, line, respondents.header[scenario_columns[s]]});
      }
      row_points[s] = *value;
      total += *value;
    }
    if (missing) {
      sample.dropped_ids.emplace_back(id);
      continue;
    }
    if (!scenario_columns.empty() && std::fabs(total - 100) > 1e-9) ++sample.points_total_not_100;
    sample.ids.emplace_back(id);
    for (std::size_t v = 0; v < row_codes.size(); ++v) sample.codes[v].push_back(row_codes[v]);
    for (std::size_t s = 0; s < row_points.size(); ++s) sample.points[s].push_back(row_points[s]);
    if (by_column >= 0) {
      const std::string_view label = trimmed(row[by_column]);
      if (is_missing(label)) {
        sample.domain_of.push_back(-1);
      } else {
        auto found = domain_index.find(label);
        if (found == domain_index.end()) {
          found = domain_index.emplace(std::string(label), static_cast<int>(sample.domain_labels.size())).first;
          sample.domain_labels.emplace_back(label);
        }
        sample.domain_of.push_back(found->second);
      }
    }
  }

  if (!sample.domain_labels.empty()) {
    // Domains in the margins' order when `by` is a weighting variable, else alphabetically.
    std::vector<std::string> order = sample.domain_labels;
    const auto margin = std::find_if(all_margins.variables.begin(), all_margins.variables.end(),
                                     [&](const Margin& m) { return m.variable == options.by; });
    auto rank = [&](const std::string& label) {
      if (margin == all_margins.variables.end()) return std::ptrdiff_t{0};
      const auto at = std::find(margin->categories.begin(), margin->categories.end(), label);
      return at - margin->categories.begin();
    };
    std::sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
      return std::make_pair(rank(a), a) < std::make_pair(rank(b), b);
    });
    std::vector<int> new_index(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      const auto old = std::find(sample.domain_labels.begin(), sample.domain_labels.end(), order[i]);
      new_index[old - sample.domain_labels.begin()] = static_cast<int>(i);
    }
    for (int& d : sample.domain_of) {
      if (d >= 0) d = new_index[d];
    }
    sample.domain_labels = std::move(order);
  }

  if (sample.ids.size() < 2) {
    throw Error(error_codes::too_few_respondents, "fewer than two respondents can be weighted", Location{file});
  }

  // Categories with population but no respondents cannot be weighted up from nothing.
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    const auto& margin = sample.margins[v];
    std::vector<long> counts(margin.categories.size(), 0);
    for (auto code : sample.codes[v]) ++counts[code];
    std::vector<std::string> empty;
    std::vector<std::string> unpopulated;
    for (std::size_t k = 0; k < counts.size(); ++k) {
      if (counts[k] == 0 && margin.population[k] > 0) empty.push_back(margin.categories[k]);
      if (counts[k] > 0 && margin.population[k] == 0) unpopulated.push_back(margin.categories[k]);
    }
    if (!empty.empty()) {
      throw Error(error_codes::empty_category,
                  "margin '" + margin.variable + "' has categories with population > 0 but no "
                  "respondents: collapse categories (" + join(empty) + ")");
    }
    if (!unpopulated.empty()) {
      throw Error(error_codes::empty_category,
                  "margin '" + margin.variable + "' has respondents in categories with population 0: "
                  "correct the margins or collapse categories (" + join(unpopulated) + ")");
    }
  }

  // One population total: the first variable's (counts), or none (shares).
  double reference_total = 0;
  for (double p : sample.margins.front().population) reference_total += p;
  for (auto& margin : sample.margins) {
    double total = 0;
    for (double p : margin.population) total += p;
    sample.raw_margin_totals.push_back(total);
    const double discrepancy = std::fabs(total - reference_total) / reference_total;
    sample.margin_total_max_rel_discrepancy =
        std::max(sample.margin_total_max_rel_discrepancy, discrepancy);
    if (discrepancy > 0.005 && !all_margins.shares) {
      std::ostringstream warning;
      warning << "the population of '" << margin.variable << "' adds up to " << total
              << ", not " << reference_total << " as '" << sample.margins.front().variable
              << "': rescaled (difference " << discrepancy * 100 << "%)";
      sample.warnings.push_back(warning.str());
    }
    for (double& p : margin.population) p *= reference_total / total;
  }
  if (!all_margins.shares) sample.population_total = reference_total;
  if (!sample.dropped_ids.empty()) {
    sample.warnings.push_back(std::to_string(sample.dropped_ids.size()) +
                              " respondents left out because a weighting answer is missing");
  }
  return sample;
}

}  // namespace mienskip
