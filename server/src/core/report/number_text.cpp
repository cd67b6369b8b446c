#include "core/report/number_text.hpp"

#include <cmath>
#include <cstdio>

namespace mienskip {

std::string format_number(double value, int decimals, Language language) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
  const std::string digits = buffer;
  const auto point = digits.find('.');
  const std::string whole = digits.substr(0, point);
  const bool english = language == Language::en;
  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += english ? ',' : '.';
    out += whole[i];
  }
  if (point != std::string::npos) out += (english ? "." : ",") + digits.substr(point + 1);
  // "-0,0" would read as a negative result that is not there.
  if (value < 0 && digits.find_first_not_of("0.") != std::string::npos) out.insert(0, "-");
  return out;
}

std::string format_count(long long count, Language language) {
  return format_number(static_cast<double>(count), 0, language);
}

std::string format_percent(double share, int decimals, Language language) {
  return format_number(100 * share, decimals, language) + "%";
}

std::string format_coordinate(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

}  // namespace mienskip
