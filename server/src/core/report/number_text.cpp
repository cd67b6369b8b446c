#include "core/report/number_text.hpp"

#include <array>
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

std::string date_text(const DutchTime& time, Language language) {
  using Months = std::array<const char*, 12>;
  static const Months nl = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                            "juli",    "augustus", "september", "oktober", "november", "december"};
  static const Months fy = {"jannewaris", "febrewaris", "maart",     "april",   "maaie",    "juny",
                            "july",       "augustus",   "septimber", "oktober", "novimber", "desimber"};
  static const Months en = {"January", "February", "March",     "April",   "May",      "June",
                            "July",    "August",   "September", "October", "November", "December"};
  const Months& months = language == Language::fy ? fy : language == Language::en ? en : nl;
  return std::to_string(time.day) + " " + months.at(static_cast<std::size_t>(time.month - 1)) + " " +
         std::to_string(time.year);
}

std::string date_time_text(const DutchTime& time, Language language) {
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", time.hour, time.minute);
  return date_text(time, language) + ", " + clock;
}

}  // namespace mienskip
