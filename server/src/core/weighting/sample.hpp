#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/csv.hpp"
#include "core/weighting/weighting_input.hpp"

namespace mienskip {

struct SampleOptions {
  std::vector<std::string> variables;  // weighting variables; empty: every variable in the margins
  // Scenario columns (a name may omit the export's `points_` prefix); empty: the `points_*` columns
  // when the file has any (named without the prefix), else every numeric column that is not the id,
  // a margin, `by` or `weight`.
  std::vector<std::string> scenarios;
  std::string by;                      // domain variable (any respondent column), or empty
  bool missing_is_error = false;       // otherwise respondents with a missing answer are dropped
};

/// Respondents ready for weighting: category codes per weighting variable, points per scenario,
/// margins rescaled to one population total.
struct Sample {
  std::vector<std::string> ids;
  std::vector<Margin> margins;                     // the weighting variables, rescaled
  std::vector<std::vector<std::uint16_t>> codes;   // [variable][respondent] category index
  std::vector<std::string> scenarios;
  std::vector<std::vector<double>> points;         // [scenario][respondent]
  std::vector<std::string> dropped_ids;            // a weighting answer was missing
  std::optional<double> population_total;          // unknown when the margins are shares
  std::vector<double> raw_margin_totals;           // per weighting variable, before rescaling
  double margin_total_max_rel_discrepancy = 0;
  long points_total_not_100 = 0;
  std::string by;
  std::vector<std::string> domain_labels;          // categories of `by`, in order of appearance
  std::vector<int> domain_of;                      // [respondent] index into domain_labels, -1 missing
  std::vector<std::string> warnings;
};

/// Checks the respondents against the margins and builds the sample. Reads the reference files
/// (`id`) and the file `mienskip survey export` writes as it is (`response_id`, `points_*`; its
/// other columns are ignored). An empty cell, `NA` or `prefer_not_to_say` is a missing answer. Every check runs before any
/// weighting, each with its own code: `unknown_variable`, `unknown_category` (a respondent's label
/// is not in the margins), `empty_category` (population but no respondents: collapse categories),
/// `missing_answer` (with missing_is_error), `invalid_points`, `too_few_respondents`.
/// Margin totals that differ are rescaled to the first variable's total, with a warning above 0.5%.
Sample prepare_sample(const CsvTable& respondents, const Margins& margins,
                      const SampleOptions& options);

}  // namespace mienskip
