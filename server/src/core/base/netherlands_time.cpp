#include "core/base/netherlands_time.hpp"

#include <array>
#include <chrono>
#include <cstdio>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

using namespace std::chrono;

// 01:00 UTC on the last Sunday of `month`: when the Netherlands changes its clocks.
sys_seconds clock_change(int year, unsigned month) {
  const sys_days day{year_month_weekday_last{std::chrono::year{year}, std::chrono::month{month}, weekday_last{Sunday}}};
  return sys_seconds{day} + hours{1};
}

sys_seconds parse_utc(std::string_view iso_utc) {
  const std::string text(iso_utc);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, consumed = 0;
  const int fields =
      std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d%n:%2d%n", &y, &mo, &d, &h, &mi, &consumed, &s, &consumed);
  std::size_t rest = static_cast<std::size_t>(consumed);
  if (fields >= 6 && rest < text.size() && text[rest] == '.') {
    rest = text.find_first_not_of("0123456789", rest + 1);
    if (rest == std::string::npos) rest = text.size();
  }
  const year_month_day date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                            std::chrono::day{static_cast<unsigned>(d)}};
  if (fields < 5 || consumed == 0 || rest + 1 != text.size() || text[rest] != 'Z' || !date.ok() || h > 23 || mi > 59 ||
      s > 60 || h < 0 || mi < 0 || s < 0) {
    throw Error(error_codes::invalid_timestamp, "'" + text + "' is not a UTC time such as 2026-11-25T18:31:05Z");
  }
  return sys_seconds{sys_days{date}} + hours{h} + minutes{mi} + seconds{fields >= 6 ? s : 0};
}

}  // namespace

long long utc_seconds(std::string_view iso_utc) { return parse_utc(iso_utc).time_since_epoch().count(); }

DutchTime dutch_time(std::string_view iso_utc) {
  const sys_seconds utc = floor<minutes>(parse_utc(iso_utc));
  const int y = static_cast<int>(year_month_day{floor<days>(utc)}.year());
  const bool summer = utc >= clock_change(y, 3) && utc < clock_change(y, 10);
  const sys_seconds local = utc + hours{summer ? 2 : 1};
  const auto local_day = floor<days>(local);
  const year_month_day local_date{local_day};
  const auto time_of_day = local - sys_seconds{local_day};
  return {static_cast<int>(local_date.year()), static_cast<int>(static_cast<unsigned>(local_date.month())),
          static_cast<int>(static_cast<unsigned>(local_date.day())),
          static_cast<int>(duration_cast<hours>(time_of_day).count()),
          static_cast<int>(duration_cast<minutes>(time_of_day).count() % 60)};
}

}  // namespace mienskip
