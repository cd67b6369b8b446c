#include "core/weighting/margins_source.hpp"

#include <algorithm>
#include <chrono>
#include <regex>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/base/netherlands_time.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

constexpr std::size_t longest = 200;

std::string checked_text(const std::optional<std::string>& given, const std::string& field) {
  if (!given) return "";
  std::string text = trim(*given);
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
    throw Error(error_codes::invalid_option, field + ": must be on one line, without tabs or control characters");
  }
  const auto length = utf8_length(text);
  if (!length) throw Error(error_codes::invalid_option, field + ": is not UTF-8 text");
  if (*length > longest) {
    throw Error(error_codes::invalid_option, field + ": is longer than " + std::to_string(longest) + " characters");
  }
  return text;
}

std::optional<DutchTime> calendar_date(const std::string& text) {
  static const std::regex shape("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  std::smatch parts;
  if (!std::regex_match(text, parts, shape)) return std::nullopt;
  const int year = std::stoi(parts[1]), month = std::stoi(parts[2]), day = std::stoi(parts[3]);
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  DutchTime time{};
  time.year = year;
  time.month = month;
  time.day = day;
  return time;
}

}  // namespace

MarginsSource checked_margins_source(const std::optional<std::string>& source,
                                     const std::optional<std::string>& reference_date,
                                     const std::optional<std::string>& population) {
  MarginsSource out;
  out.source = checked_text(source, "source");
  out.reference_date = checked_text(reference_date, "reference_date");
  out.population = checked_text(population, "population");
  if (!out.reference_date.empty() && !calendar_date(out.reference_date)) {
    throw Error(error_codes::invalid_option,
                "reference_date: '" + out.reference_date + "' is not a date written as YYYY-MM-DD, such as 2026-01-01");
  }
  return out;
}

std::optional<DutchTime> reference_day(const std::string& reference_date) { return calendar_date(reference_date); }

}  // namespace mienskip
