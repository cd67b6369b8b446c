#pragma once

#include <string>
#include <vector>

#include "core/report/representativeness_words.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// A category's shares as the tables show them, percentages with one decimal: among the
/// responses, in the population and after weighting.
struct ShareCells {
  std::string sample, population, weighted;
};

ShareCells share_cells(const CategoryComparison& category, Language language);

/// A category's row of the comparison table.
struct ComparisonRow {
  std::string label;
  bool notable = false;     // it took part noticeably more or less than its share (bold)
  std::string respondents;  // "95"
  ShareCells shares;
};

/// A weighting variable's rows, under its name.
struct ComparisonGroup {
  std::string name;
  std::vector<ComparisonRow> rows;
};

/// "Representativiteit": the largest difference in words, then the table of every weighting
/// variable but the one the results per domain are broken down by (its shares stand in that table).
struct ReportRepresentativeness {
  std::vector<std::string> sentences;  // one category sentence, the resemblance, the precision
  std::vector<ComparisonGroup> groups;
  std::string noticeable_points;  // the thresholds of "notable": "3" percentage points...
  std::string noticeable_standardised;  // ...or a standardised difference of "0,1"
  std::string in_domain_table;    // the name of the variable shown in the domain table; empty: none
};

ReportRepresentativeness report_representativeness(const WeighingResult& result, const WeightingLabels& labels,
                                                   Language language);

/// The weighting variable the results per domain are broken down by, if the domain question is
/// one (nullptr otherwise): its representativeness is shown in the domain table, next to the
/// results, so that its (often long) category labels appear once.
const VariableComparison* domain_comparison(const WeighingResult& result);

}  // namespace mienskip
