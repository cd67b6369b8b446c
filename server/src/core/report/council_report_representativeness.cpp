#include "core/report/council_report_representativeness.hpp"

#include "core/report/number_text.hpp"

namespace mienskip {

ShareCells share_cells(const CategoryComparison& category, Language language) {
  return {format_percent(category.sample_share, 1, language),
          format_percent(category.population_share, 1, language),
          format_percent(category.weighted_share, 1, language)};
}

const VariableComparison* domain_comparison(const WeighingResult& result) {
  const auto& by = result.sample.by;
  if (by.empty()) return nullptr;
  for (const auto& v : result.representativeness.variables) {
    if (v.variable == by) return &v;
  }
  return nullptr;
}

ReportRepresentativeness report_representativeness(const WeighingResult& result, const WeightingLabels& labels,
                                                   Language language) {
  ReportRepresentativeness out;
  // One category sentence: the table shows every group, the largest differences in bold.
  out.sentences = representativeness_words(result, labels, 1).in(language);
  const VariableComparison* in_domain_table = domain_comparison(result);
  for (const auto& v : result.representativeness.variables) {
    if (&v == in_domain_table) continue;
    ComparisonGroup group{labels.variable_name(v.variable, language), {}};
    for (const auto& c : v.categories) {
      group.rows.push_back({labels.category_label(v.variable, c.category, language), noticeably_different(c),
                            format_count(c.respondents, language), share_cells(c, language)});
    }
    out.groups.push_back(std::move(group));
  }
  out.noticeable_points = format_number(noticeable_difference_pp, 0, language);
  out.noticeable_standardised = format_number(noticeable_standardised_difference, 1, language);
  if (in_domain_table) out.in_domain_table = labels.variable_name(in_domain_table->variable, language);
  return out;
}

}  // namespace mienskip
