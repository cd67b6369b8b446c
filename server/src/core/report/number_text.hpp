#pragma once

#include <string>

#include "core/base/netherlands_time.hpp"
#include "core/survey/survey.hpp"

namespace mienskip {

/// `value` rounded to `decimals` decimals as readers of `language` write numbers: Dutch (and
/// Frisian) "1.376" and "12,5" (thousands point, decimal comma), English "1,376" and "12.5".
/// A value that rounds to zero has no minus sign.
std::string format_number(double value, int decimals, Language language);

/// A count of people or answers as format_number writes a whole number: "1.376" in Dutch.
std::string format_count(long long count, Language language);

/// A share (0.31) as a percentage ("31%", or "30,9%" with one decimal), formatted as format_number.
std::string format_percent(double share, int decimals, Language language);

/// A day as readers of `language` write it: "1 januari 2026", "1 jannewaris 2026", "1 January 2026".
std::string date_text(const DutchTime& time, Language language);

/// The day and the (Dutch) time of day: "20 december 2026, 10:05".
std::string date_time_text(const DutchTime& time, Language language);

/// `value` with one decimal and a decimal point whatever the language, as CSS and SVG read
/// numbers: "42.0", "-3.5".
std::string format_coordinate(double value);

}  // namespace mienskip
