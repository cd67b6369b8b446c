#include "core/weighting/sample.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <sstream>
#include <string_view>

#include "core/base/error.hpp"
#include "core/weighting/no_answer.hpp"
#include "core/weighting/table_text.hpp"

namespace mienskip {

using namespace table_text;

namespace {

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


// `id` as in the reference files, or `response_id` as `mienskip survey export` writes it.
int id_column_of(const CsvTable& respondents) {
  int id_column = respondents.column("id");
  if (id_column < 0) id_column = respondents.column("response_id");
  if (id_column < 0) {
    throw Error(error_codes::unknown_variable, "the respondents file has no 'id' (or 'response_id') column",
                Location{respondents.file_name});
  }
  return id_column;
}

// Which margins weight, in the order asked for (or the file's order).
std::vector<Margin> chosen_margins(const Margins& all_margins, const std::vector<std::string>& variables) {
  if (variables.empty()) return all_margins.variables;
  std::vector<Margin> chosen;
  for (const auto& name : variables) {
    const auto found = std::find_if(all_margins.variables.begin(), all_margins.variables.end(),
                                    [&](const Margin& m) { return m.variable == name; });
    if (found == all_margins.variables.end()) {
      throw Error(error_codes::unknown_variable, "weighting variable '" + name + "' is not in the margins");
    }
    chosen.push_back(*found);
  }
  return chosen;
}

std::vector<int> margin_columns(const CsvTable& respondents, const std::vector<Margin>& margins) {
  std::vector<int> columns;
  for (const auto& margin : margins) {
    const int column = respondents.column(margin.variable);
    if (column < 0) {
      throw Error(error_codes::unknown_variable,
                  "the margins weight by '" + margin.variable + "' but the respondents file has no "
                  "such column", Location{respondents.file_name});
    }
    columns.push_back(column);
  }
  return columns;
}

struct ScenarioColumns {
  std::vector<int> columns;
  std::vector<std::string> names;  // as reported
};

// Scenario columns: as asked; else the export's `points_<scenario>` columns, reported under the
// scenario id; else (files without that prefix) every numeric column that is neither id, margin,
// --by nor `weight`. Everything else (submitted_at, language, motivation_*, weight) is ignored.
ScenarioColumns scenario_columns(const CsvTable& respondents, const Margins& all_margins,
                                 const SampleOptions& options, int id_column) {
  ScenarioColumns scenarios;
  auto take = [&](std::size_t column, std::string name) {
    scenarios.columns.push_back(static_cast<int>(column));
    scenarios.names.push_back(std::move(name));
  };
  if (!options.scenarios.empty()) {
    for (const auto& name : options.scenarios) {
      int column = respondents.column(name);
      if (column < 0) column = respondents.column(std::string(points_prefix) + name);
      if (column < 0) {
        throw Error(error_codes::unknown_variable, "scenario column '" + name + "' is not in the respondents file",
                    Location{respondents.file_name});
      }
      take(static_cast<std::size_t>(column), name);
    }
  } else if (std::any_of(respondents.header.begin(), respondents.header.end(), is_points_column)) {
    for (std::size_t c = 0; c < respondents.header.size(); ++c) {
      const std::string& name = respondents.header[c];
      if (is_points_column(name) && name != options.by) take(c, name.substr(points_prefix.size()));
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
      if (numeric) take(c, name);
    }
  }
  return scenarios;
}

int by_column_of(const CsvTable& respondents, const std::string& by) {
  if (by.empty()) return -1;
  const int column = respondents.column(by);
  if (column < 0) {
    throw Error(error_codes::unknown_variable, "--by names '" + by + "', which is not a column",
                Location{respondents.file_name});
  }
  return column;
}

constexpr std::uint16_t skipped_code = no_answer_pending;

struct Columns {
  int id = -1;
  std::vector<int> variables;  // per weighting variable
  std::vector<int> scenarios;
  int by = -1;
};

// The number of the domain `label` (missing: -1), numbered in order of appearance.
int domain_number(std::string_view label, std::map<std::string, int, std::less<>>& domain_index, Sample& sample) {
  if (is_missing(label)) return -1;
  auto found = domain_index.find(label);
  if (found == domain_index.end()) {
    found = domain_index.emplace(std::string(label), static_cast<int>(sample.domain_labels.size())).first;
    sample.domain_labels.emplace_back(label);
  }
  return found->second;
}

void reserve(Sample& sample, std::size_t rows, std::size_t scenarios) {
  sample.codes.resize(sample.margins.size());
  for (auto& codes : sample.codes) codes.reserve(rows);
  sample.skipped.assign(sample.margins.size(), 0);
  sample.no_answer.assign(sample.margins.size(), -1);
  sample.points.resize(scenarios);
  for (auto& points : sample.points) points.reserve(rows);
  sample.ids.reserve(rows);
}

// A respondent's codes and points, counting the weighting questions they skipped.
void add_respondent(Sample& sample, std::string_view id, const std::vector<std::uint16_t>& codes,
                    const std::vector<double>& points) {
  sample.ids.emplace_back(id);
  bool skipped_any = false;
  for (std::size_t v = 0; v < codes.size(); ++v) {
    sample.codes[v].push_back(codes[v]);
    if (codes[v] == skipped_code) {
      ++sample.skipped[v];
      skipped_any = true;
    }
  }
  if (skipped_any) ++sample.kept_with_missing;
  for (std::size_t s = 0; s < points.size(); ++s) sample.points[s].push_back(points[s]);
}

// Every row checked and read into the sample: category codes, points, domain. A missing weighting
// answer gets `skipped_code` (keep), drops the respondent (drop) or is refused (error).
void read_rows(const CsvTable& respondents, const Columns& columns, MissingAnswers missing_answers, Sample& sample) {
  const std::string& file = respondents.file_name;
  const std::string& id_name = respondents.header[columns.id];
  // Margins have a handful of categories each: a linear search on views beats a map of copies.
  auto category_code = [&](std::size_t v, std::string_view label) -> std::optional<std::uint16_t> {
    const auto& categories = sample.margins[v].categories;
    for (std::size_t k = 0; k < categories.size(); ++k) {
      if (categories[k] == label) return static_cast<std::uint16_t>(k);
    }
    return std::nullopt;
  };
  const std::size_t rows = respondents.rows.size();
  reserve(sample, rows, columns.scenarios.size());
  std::map<std::string, int, std::less<>> domain_index;
  const auto repeated = first_repeated_id(respondents, columns.id);
  std::vector<std::uint16_t> row_codes(sample.margins.size());
  std::vector<double> row_points(columns.scenarios.size());

  for (std::size_t r = 0; r < rows; ++r) {
    const auto& row = respondents.rows[r];
    const long line = respondents.row_lines[r];
    const std::string_view id = trimmed(row[columns.id]);
    if (id.empty()) throw Error(error_codes::invalid_respondents, "a respondent has no id", Location{file, line, id_name});
    if (repeated && repeated->row == r) {
      throw Error(error_codes::invalid_respondents,
                  "id '" + std::string(id) + "' appears twice (also on line " +
                      std::to_string(respondents.row_lines[repeated->earlier]) + ")",
                  Location{file, line, id_name});
    }
    bool dropped = false;
    for (std::size_t v = 0; v < sample.margins.size(); ++v) {
      const std::string_view cell = trimmed(row[columns.variables[v]]);
      if (is_missing(cell)) {
        if (missing_answers == MissingAnswers::error) {
          throw Error(error_codes::missing_answer,
                      "respondent " + std::string(id) + " did not answer '" + sample.margins[v].variable +
                          "'; use --missing keep to weight such respondents on the questions they answered",
                      Location{file, line, sample.margins[v].variable});
        }
        dropped = dropped || missing_answers == MissingAnswers::drop;
        row_codes[v] = skipped_code;
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
    for (std::size_t s = 0; s < columns.scenarios.size(); ++s) {
      const auto value = parse_number(row[columns.scenarios[s]]);
      if (!value || *value < 0) {
        throw Error(error_codes::invalid_points,
                    "'" + row[columns.scenarios[s]] + "' is not a number of points (0 or more)",
                    Location{file, line, respondents.header[columns.scenarios[s]]});
      }
      row_points[s] = *value;
      total += *value;
    }
    if (dropped) {
      sample.dropped_ids.emplace_back(id);
      continue;
    }
    if (!columns.scenarios.empty() && std::fabs(total - 100) > 1e-9) ++sample.points_total_not_100;
    add_respondent(sample, id, row_codes, row_points);
    if (columns.by >= 0) sample.domain_of.push_back(domain_number(trimmed(row[columns.by]), domain_index, sample));
  }
}

// Domains in the margins' order when `by` is a weighting variable, else alphabetically.
void order_domains(const Margins& all_margins, const std::string& by, Sample& sample) {
  if (sample.domain_labels.empty()) return;
  std::vector<std::string> order = sample.domain_labels;
  const auto margin = std::find_if(all_margins.variables.begin(), all_margins.variables.end(),
                                   [&](const Margin& m) { return m.variable == by; });
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

// Categories with population but no respondents cannot be weighted up from nothing.
void require_respondents_where_population(const Sample& sample) {
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    const auto& margin = sample.margins[v];
    std::vector<long> counts(margin.categories.size(), 0);
    for (auto code : sample.codes[v]) ++counts[code];
    std::vector<std::string> empty;
    std::vector<std::string> unpopulated;
    for (std::size_t k = 0; k < counts.size(); ++k) {
      if (static_cast<int>(k) == sample.no_answer[v]) continue;  // its population comes later
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
}

// One population total: the first variable's (counts), or none (shares).
void rescale_margins(bool shares, Sample& sample) {
  double reference_total = 0;
  for (double p : sample.margins.front().population) reference_total += p;
  for (auto& margin : sample.margins) {
    double total = 0;
    for (double p : margin.population) total += p;
    sample.raw_margin_totals.push_back(total);
    const double discrepancy = std::fabs(total - reference_total) / reference_total;
    sample.margin_total_max_rel_discrepancy =
        std::max(sample.margin_total_max_rel_discrepancy, discrepancy);
    if (discrepancy > noticeable_margin_discrepancy && !shares) {
      std::ostringstream warning;
      warning << "the population of '" << margin.variable << "' adds up to " << total
              << ", not " << reference_total << " as '" << sample.margins.front().variable
              << "': rescaled (difference " << discrepancy * 100 << "%)";
      sample.warnings.push_back(warning.str());
    }
    for (double& p : margin.population) p *= reference_total / total;
  }
  if (!shares) sample.population_total = reference_total;
}

}  // namespace

Sample prepare_sample(const CsvTable& respondents, const Margins& all_margins,
                      const SampleOptions& options) {
  Sample sample;
  Columns columns;
  columns.id = id_column_of(respondents);
  sample.margins = chosen_margins(all_margins, options.variables);
  columns.variables = margin_columns(respondents, sample.margins);
  auto scenarios = scenario_columns(respondents, all_margins, options, columns.id);
  columns.scenarios = std::move(scenarios.columns);
  sample.scenarios = std::move(scenarios.names);
  columns.by = by_column_of(respondents, options.by);
  sample.by = options.by;

  read_rows(respondents, columns, options.missing, sample);
  // Before the checks, which pass over these categories; their population comes after rescaling.
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    if (sample.skipped[v] > 0) sample.no_answer[v] = add_no_answer_category(sample.margins[v], sample.codes[v]);
  }
  order_domains(all_margins, options.by, sample);
  if (sample.ids.size() < 2) {
    throw Error(error_codes::too_few_respondents, "fewer than two respondents can be weighted",
                Location{respondents.file_name});
  }
  require_respondents_where_population(sample);
  rescale_margins(all_margins.shares, sample);
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    if (sample.no_answer[v] < 0) continue;
    const double skipped_share = static_cast<double>(sample.skipped[v]) / static_cast<double>(sample.ids.size());
    set_no_answer_population(sample.margins[v], static_cast<std::size_t>(sample.no_answer[v]), skipped_share);
  }
  if (!sample.dropped_ids.empty()) {
    sample.warnings.push_back(std::to_string(sample.dropped_ids.size()) +
                              " respondents left out because a weighting answer is missing");
  }
  return sample;
}

}  // namespace mienskip
