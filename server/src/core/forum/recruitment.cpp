#include "core/forum/recruitment.hpp"

#include <algorithm>

namespace mienskip {

Recruitment recruitment(const std::vector<StratumCount>& counts) {
  Recruitment result;
  for (const auto& count : counts) {
    if (count.letters <= 0) continue;
    result.total.letters += count.letters;
    result.total.volunteers += count.volunteers;
    result.total.withdrawn += count.withdrawn;
  }
  if (result.total.letters > 0) {
    result.response_rate = static_cast<double>(result.total.volunteers) / static_cast<double>(result.total.letters);
  }
  for (const auto& count : counts) {
    if (count.letters <= 0) continue;
    StratumResponse response{count, static_cast<double>(count.volunteers) / static_cast<double>(count.letters), false};
    // Compared as whole numbers (volunteers x all letters against all volunteers x letters), so a
    // stratum exactly at the forum's rate is never called lower through rounding.
    response.below_total = count.volunteers * result.total.letters < result.total.volunteers * count.letters;
    result.strata.push_back(std::move(response));
  }
  std::stable_sort(result.strata.begin(), result.strata.end(), [](const StratumResponse& a, const StratumResponse& b) {
    // a's rate below b's, cross-multiplied for the same reason.
    const auto left = a.count.volunteers * b.count.letters, right = b.count.volunteers * a.count.letters;
    return left != right ? left < right : a.count.stratum < b.count.stratum;
  });
  return result;
}

}  // namespace mienskip
