#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/csv.hpp"
#include "core/weighting/no_answer.hpp"
#include "core/weighting/weighting_input.hpp"

namespace mienskip {

/// What happens to a respondent who skipped a weighting question (an empty cell, `NA` or
/// `prefer_not_to_say`). keep: counted, in a category of their own for that question (see
/// Sample::no_answer); drop: left out of the weighted results; error: refused with `missing_answer`.
enum class MissingAnswers { keep, drop, error };

/// Margin totals further apart than this (relative) are rescaled with a note, and the report names it.
inline constexpr double noticeable_margin_discrepancy = 0.005;

struct SampleOptions {
  std::vector<std::string> variables;  // weighting variables; empty: every variable in the margins
  // Scenario columns (a name may omit the export's `points_` prefix); empty: the `points_*` columns
  // when the file has any (named without the prefix), else every numeric column that is not the id,
  // a margin, `by` or `weight`.
  std::vector<std::string> scenarios;
  std::string by;                      // domain variable (any respondent column), or empty
  MissingAnswers missing = MissingAnswers::keep;
};

/// Respondents ready for weighting: category codes per weighting variable, points per scenario,
/// margins rescaled to one population total.
///
/// Respondents kept though they skipped a weighting question (MissingAnswers::keep) are, for that
/// question, in an extra last category, `no_answer_label`, whose population is their share of the
/// respondents times the population total; the question's other categories share the rest in the
/// population's proportions. Raking then holds the skippers' share where it is and weights those
/// who answered to the population, so the skippers are weighted on the questions they did answer.
/// The assumption, stated in the report: those who skipped a question are spread over its
/// categories as the population is.
struct Sample {
  std::vector<std::string> ids;
  std::vector<Margin> margins;                     // the weighting variables, rescaled
  std::vector<std::vector<std::uint16_t>> codes;   // [variable][respondent] category index
  std::vector<std::string> scenarios;
  std::vector<std::vector<double>> points;         // [scenario][respondent]
  std::vector<std::string> dropped_ids;            // a weighting answer was missing (MissingAnswers::drop)
  std::vector<int> no_answer;                      // [variable] index of its "(no answer)" category, or -1
  std::vector<long> skipped;                       // [variable] respondents kept who did not answer it
  long kept_with_missing = 0;                      // respondents kept who skipped at least one
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
/// `missing_answer` (with MissingAnswers::error), `invalid_points`, `too_few_respondents`, and
/// `invalid_margins` when a margin already has a category labelled `no_answer_label`.
/// Margin totals that differ are rescaled to the first variable's total, with a warning above 0.5%.
/// The "(no answer)" categories are added after that rescaling.
Sample prepare_sample(const CsvTable& respondents, const Margins& margins,
                      const SampleOptions& options);

}  // namespace mienskip
