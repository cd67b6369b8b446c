#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/weighting/representativeness.hpp"
#include "core/survey/survey.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// What people read for a weighting variable and its categories, instead of the ids in the margins.
struct VariableLabels {
  std::string variable;                         // as in the margins: a demographic question's id
  LocalText name;                               // the question, "Wat is uw leeftijd?"
  std::map<std::string, LocalText> categories;  // category (option id) -> "65 tot en met 74 jaar"
};

struct WeightingLabels {
  std::vector<VariableLabels> variables;

  /// The variable's name in `language`, or its id when nothing is known about it.
  std::string variable_name(const std::string& variable, Language language) const;
  /// The category's label in `language`, or its id when nothing is known about it.
  std::string category_label(const std::string& variable, const std::string& category, Language language) const;
};

/// The labels of every demographic question of `survey` and of its options.
WeightingLabels weighting_labels(const Survey& survey);

/// A category is worth a sentence when its share among the responses differs from its share of
/// the population by at least this many percentage points...
inline constexpr double noticeable_difference_pp = 3.0;
/// ...or when the absolute standardised difference of the two shares is at least this: the usual
/// threshold for a covariate imbalance, which also names a small group that is twice as rare among
/// the responses (issue 19: 58.7% men against 49.6% must be named, and a rule that needed both a
/// large point and a large relative difference did not).
inline constexpr double noticeable_standardised_difference = 0.1;
/// (p_responses - p_population) / sqrt((p_responses (1 - p_responses) + p_population (1 - p_population)) / 2).
double standardised_difference(const CategoryComparison& category);
/// Whether a category differs enough to be told (either threshold above).
bool noticeably_different(const CategoryComparison& category);
/// At most this many category sentences, largest differences first; the rest are in the tables.
inline constexpr std::size_t most_category_sentences = 5;

/// Plain sentences, the same ones in Dutch, Frisian and English, in this order.
struct RepresentativenessWords {
  std::vector<std::string> nl, fy, en;
  const std::vector<std::string>& in(Language language) const;
};

/// How the responses compare with the population, in words a council member reads: one sentence
/// per category that took part noticeably more or less than its share of the population (with
/// both percentages and whether the weighting corrects for it), a sentence saying where the
/// responses resemble the population, and one on what the weighting costs in precision ("door de
/// weging tellen de 1.376 antwoorden statistisch als ongeveer 1.050"). `respondents` are those
/// weighted; numbers are written as each language writes them.
/// At most `most_categories` category sentences (the one-page council report has room for fewer).
RepresentativenessWords representativeness_words(const Representativeness& representativeness, long respondents,
                                                 double effective_sample_size, const WeightingLabels& labels,
                                                 std::size_t most_categories = most_category_sentences);

/// The same for a weighing result.
RepresentativenessWords representativeness_words(const WeighingResult& result, const WeightingLabels& labels,
                                                 std::size_t most_categories = most_category_sentences);

/// The effective sample size as the sentences say it: to tens from 100 on (never above the
/// respondents), else whole.
long rounded_effective_sample_size(double effective_sample_size, long respondents);

}  // namespace mienskip
