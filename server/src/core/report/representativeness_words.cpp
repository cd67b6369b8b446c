#include "core/report/representativeness_words.hpp"

#include <algorithm>
#include <cmath>

#include "core/report/number_text.hpp"

namespace mienskip {

namespace {

// The weighted share counts as corrected when it is this close to the population share; bounded
// weights may leave more.
constexpr double corrected_within_pp = 0.5;

struct Noticed {
  std::string variable;
  const CategoryComparison* category;
};

std::string quoted(const std::string& text) { return "\xE2\x80\x98" + text + "\xE2\x80\x99"; }

// The words of a category sentence in one language.
struct CategoryPhrases {
  const char* group;         // before the category's label
  const char* more;          // after it, when the group took part more often, up to "("
  const char* less;
  const char* of_responses;  // after the share of responses
  const char* of_residents;  // after the share of the population, up to "; "
  const char* counts_for;    // before the weighted share
  const char* short_of;      // after it, when weighting did not bring it to the population's share
};

const CategoryPhrases& category_phrases(Language language) {
  static const CategoryPhrases nl{"Inwoners in de groep ", " deden vaker mee dan hun aandeel in de bevolking (",
                                  " deden minder vaak mee dan hun aandeel in de bevolking (", " van de antwoorden, ",
                                  " van de inwoners); ", "gewogen telt de groep voor ", ", nog niet naar haar aandeel"};
  static const CategoryPhrases fy{"Ynwenners yn de groep ", " diene faker mei as harren oandiel yn de befolking (",
                                  " diene minder faak mei as harren oandiel yn de befolking (", " fan de antwurden, ",
                                  " fan de ynwenners); ", "woegen telt de groep foar ", ", noch net neffens har oandiel"};
  static const CategoryPhrases en{"Residents in the group ",
                                  " took part more often than their share of the population would suggest (",
                                  " took part less often than their share of the population would suggest (",
                                  " of responses, ", " of residents); ", "weighted, the group counts for ",
                                  ", short of its share"};
  return language == Language::fy ? fy : language == Language::en ? en : nl;
}

std::string category_sentence(const Noticed& n, const WeightingLabels& labels, Language language) {
  const auto& c = *n.category;
  const CategoryPhrases& words = category_phrases(language);
  std::string s = words.group + quoted(labels.category_label(n.variable, c.category, language)) +
                  (c.difference_pp > 0 ? words.more : words.less) + format_percent(c.sample_share, 0, language) +
                  words.of_responses + format_percent(c.population_share, 0, language) + words.of_residents +
                  words.counts_for + format_percent(c.weighted_share, 0, language);
  if (100 * std::fabs(c.weighted_share - c.population_share) >= corrected_within_pp) s += words.short_of;
  return s + ".";
}

const VariableLabels* find_variable(const WeightingLabels& labels, const std::string& variable) {
  for (const auto& v : labels.variables) {
    if (v.variable == variable) return &v;
  }
  return nullptr;
}

}  // namespace

double standardised_difference(const CategoryComparison& c) {
  const double spread = std::sqrt((c.sample_share * (1 - c.sample_share) + c.population_share * (1 - c.population_share)) / 2);
  return spread > 0 ? (c.sample_share - c.population_share) / spread : 0.0;
}

bool noticeably_different(const CategoryComparison& c) {
  return std::fabs(c.difference_pp) >= noticeable_difference_pp ||
         std::fabs(standardised_difference(c)) >= noticeable_standardised_difference;
}

std::string WeightingLabels::variable_name(const std::string& variable, Language language) const {
  const auto* found = find_variable(*this, variable);
  if (!found || found->name.in(language).empty()) return variable;
  return found->name.in(language);
}

std::string WeightingLabels::category_label(const std::string& variable, const std::string& category,
                                            Language language) const {
  const auto* found = find_variable(*this, variable);
  if (!found) return category;
  const auto label = found->categories.find(category);
  if (label == found->categories.end() || label->second.in(language).empty()) return category;
  return label->second.in(language);
}

WeightingLabels weighting_labels(const Survey& survey) {
  WeightingLabels labels;
  for (const auto& question : survey.demographics) {
    VariableLabels variable{question.id, question.label, {}};
    for (const auto& option : question.options) variable.categories[option.id] = option.label;
    labels.variables.push_back(std::move(variable));
  }
  return labels;
}

long rounded_effective_sample_size(double effective_sample_size, long respondents) {
  const double rounded =
      effective_sample_size >= 100 ? 10 * std::round(effective_sample_size / 10) : std::round(effective_sample_size);
  return std::min(static_cast<long>(rounded), respondents);
}

RepresentativenessWords representativeness_words(const Representativeness& representativeness, long respondents,
                                                 double effective_sample_size, const WeightingLabels& labels,
                                                 std::size_t most_categories) {
  std::vector<Noticed> noticed;
  bool some_variable_fine = false;
  for (const auto& variable : representativeness.variables) {
    bool fine = true;
    for (const auto& category : variable.categories) {
      if (noticeably_different(category)) {
        noticed.push_back({variable.variable, &category});
        fine = false;
      }
    }
    some_variable_fine = some_variable_fine || fine;
  }
  // Largest first; equal differences keep the order of the margins, so the text is stable.
  std::stable_sort(noticed.begin(), noticed.end(), [](const Noticed& a, const Noticed& b) {
    return std::fabs(a.category->difference_pp) > std::fabs(b.category->difference_pp);
  });

  RepresentativenessWords words;
  const std::size_t told = std::min(noticed.size(), most_categories);
  for (std::size_t i = 0; i < told; ++i) {
    words.nl.push_back(category_sentence(noticed[i], labels, Language::nl));
    words.fy.push_back(category_sentence(noticed[i], labels, Language::fy));
    words.en.push_back(category_sentence(noticed[i], labels, Language::en));
  }
  if (noticed.size() > told) {
    const auto more = static_cast<double>(noticed.size() - told);
    words.nl.push_back("Nog " + format_number(more, 0, Language::nl) +
                       (more == 1 ? " kleiner verschil staat" : " kleinere verschillen staan") + " in de tabel.");
    words.fy.push_back("Noch " + format_number(more, 0, Language::fy) +
                       (more == 1 ? " lytser ferskil stiet" : " lytsere ferskillen steane") + " yn de tabel.");
    words.en.push_back("The table shows " + format_number(more, 0, Language::en) +
                       (more == 1 ? " more, smaller difference." : " more, smaller differences."));
  }
  if (noticed.empty() && !representativeness.variables.empty()) {
    words.nl.push_back(
        "De antwoorden lijken goed op de bevolking: bij geen van de kenmerken waarop gewogen is, wijkt een groep "
        "noemenswaardig af van haar aandeel onder de inwoners.");
    words.fy.push_back(
        "De antwurden lykje goed op de befolking: by gjin inkeld fan de skaaimerken dêr't op woegen is, wykt in groep "
        "neamenswurdich ôf fan har oandiel ûnder de ynwenners.");
    words.en.push_back(
        "The responses resemble the population well: on none of the characteristics used for weighting does a group "
        "differ noticeably from its share of residents.");
  } else if (some_variable_fine) {
    words.nl.push_back("Bij de andere kenmerken waarop gewogen is, lijken de antwoorden goed op de bevolking.");
    words.fy.push_back("By de oare skaaimerken dêr't op woegen is, lykje de antwurden goed op de befolking.");
    words.en.push_back("On the other characteristics used for weighting, the responses resemble the population well.");
  }

  const long ess = rounded_effective_sample_size(effective_sample_size, respondents);
  const auto n = static_cast<double>(respondents);
  const auto e = static_cast<double>(ess);
  if (effective_sample_size >= 0.9 * n) {
    words.nl.push_back("De weging kost weinig zekerheid: de " + format_number(n, 0, Language::nl) +
                       " antwoorden tellen statistisch als ongeveer " + format_number(e, 0, Language::nl) + ".");
    words.fy.push_back("De weging kostet net folle wissichheid: de " + format_number(n, 0, Language::fy) +
                       " antwurden telle statistysk as sawat " + format_number(e, 0, Language::fy) + ".");
    words.en.push_back("The weighting costs little precision: the " + format_number(n, 0, Language::en) +
                       " responses count statistically as about " + format_number(e, 0, Language::en) + ".");
  } else {
    words.nl.push_back("Door de weging tellen de " + format_number(n, 0, Language::nl) +
                       " antwoorden statistisch als ongeveer " + format_number(e, 0, Language::nl) +
                       "; de onzekerheidsmarges bij de resultaten houden daar rekening mee.");
    words.fy.push_back("Troch de weging telle de " + format_number(n, 0, Language::fy) +
                       " antwurden statistysk as sawat " + format_number(e, 0, Language::fy) +
                       "; de ûnwissichheidsmarzjes by de resultaten hâlde dêr rekken mei.");
    words.en.push_back("Because of the weighting, the " + format_number(n, 0, Language::en) +
                       " responses count statistically as about " + format_number(e, 0, Language::en) +
                       "; the margins of uncertainty in the results take this into account.");
  }
  return words;
}

const std::vector<std::string>& RepresentativenessWords::in(Language language) const {
  return language == Language::fy ? fy : language == Language::en ? en : nl;
}

RepresentativenessWords representativeness_words(const WeighingResult& result, const WeightingLabels& labels,
                                                 std::size_t most_categories) {
  return representativeness_words(result.representativeness, static_cast<long>(result.weights.size()),
                                  result.effective_sample_size, labels, most_categories);
}

}  // namespace mienskip
