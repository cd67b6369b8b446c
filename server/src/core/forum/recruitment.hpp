#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mienskip {

/// What the letters of one stratum brought in so far: letters sent, volunteers signed up with
/// them and still in, and those who withdrew.
struct StratumCount {
  std::string stratum;
  long long letters = 0, volunteers = 0, withdrawn = 0;
};

/// A stratum's response while sign-up is open: the share of its letters answered by a volunteer
/// still in (withdrawals do not count), and whether that share is below the forum's as a whole.
struct StratumResponse {
  StratumCount count;
  double response_rate = 0;  // volunteers / letters
  bool below_total = false;
};

/// The forum's recruitment by stratum of the letters (issue 22, item 1): the strata with the
/// lowest response first (then by name), and the totals.
struct Recruitment {
  std::vector<StratumResponse> strata;
  StratumCount total;
  double response_rate = 0;  // of all letters
};

/// The recruitment from each stratum's counts. A stratum without letters is left out (it cannot
/// respond); a forum without letters has a response rate of 0 and no strata.
Recruitment recruitment(const std::vector<StratumCount>& counts);

}  // namespace mienskip
