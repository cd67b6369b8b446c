// Respondents for weighting (the reference files, or what `mienskip survey export` writes) against
// the Súdwest-Fryslân margins of tests/data, with the default options and with `--by area
// --missing error`. Refusals are the Errors prepare_sample documents; a sample it returns is what
// raking indexes into without checking again.
#include <algorithm>
#include <cmath>

#include "core/base/error.hpp"
#include "core/weighting/sample.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

const Margins& sudwest_fryslan_margins() {
  static const Margins margins = parse_margins(
      parse_csv(fuzz::source_file("tests/data/weighting/sudwest-fryslan-margins.csv"), "margins.csv"));
  return margins;
}

bool is_refusal(const std::string& code) {
  return code == "csv_malformed" || code == "unknown_variable" || code == "unknown_category" ||
         code == "empty_category" || code == "missing_answer" || code == "invalid_points" ||
         code == "too_few_respondents" || code == "invalid_respondents";
}

void check_sample(const Sample& sample) {
  const std::size_t n = sample.ids.size();
  fuzz::require(n >= 2 && sample.codes.size() == sample.margins.size());
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    fuzz::require(sample.codes[v].size() == n);
    for (const auto code : sample.codes[v]) fuzz::require(code < sample.margins[v].categories.size());
    for (const double p : sample.margins[v].population) fuzz::require(std::isfinite(p) && p >= 0);
  }
  fuzz::require(sample.points.size() == sample.scenarios.size());
  for (const auto& points : sample.points) {
    fuzz::require(points.size() == n);
    for (const double p : points) fuzz::require(std::isfinite(p) && p >= 0);
  }
  // Those kept who skipped a question: in its last category, counted, standing for their share.
  fuzz::require(sample.no_answer.size() == sample.margins.size() && sample.skipped.size() == sample.margins.size());
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    const int k = sample.no_answer[v];
    const auto in_group = k < 0 ? 0 : std::count(sample.codes[v].begin(), sample.codes[v].end(), k);
    fuzz::require(in_group == sample.skipped[v] && (k < 0) == (sample.skipped[v] == 0));
    if (k >= 0) fuzz::require(static_cast<std::size_t>(k) + 1 == sample.margins[v].categories.size());
  }
  fuzz::require(sample.domain_of.empty() || sample.domain_of.size() == n);
  for (const int d : sample.domain_of) fuzz::require(d >= -1 && d < static_cast<int>(sample.domain_labels.size()));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)sudwest_fryslan_margins();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  CsvTable respondents;
  try {
    respondents = parse_csv(fuzz::text_of(data, size), "respondents.csv");
  } catch (const Error& e) {
    fuzz::require(e.code() == "csv_malformed");
    return 0;
  }
  SampleOptions by_area;
  by_area.by = "area";
  by_area.missing = MissingAnswers::error;
  // The second reading only where the first got through: most inputs are refused early, and
  // speed is coverage.
  for (const SampleOptions& options : {SampleOptions{}, by_area}) {
    try {
      check_sample(prepare_sample(respondents, sudwest_fryslan_margins(), options));
    } catch (const Error& e) {
      fuzz::require(is_refusal(e.code()));
      return 0;
    }
  }
  return 0;
}
