#include "core/weighting/report_numbers.hpp"

#include <cstdio>

namespace mienskip::report_numbers {

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string p_value(double p) { return p < 0.001 ? std::string("< 0.001") : fixed(p, 3); }

}  // namespace mienskip::report_numbers
