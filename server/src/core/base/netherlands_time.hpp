#pragma once

#include <string>
#include <string_view>

namespace mienskip {

/// A moment as a clock in the Netherlands shows it.
struct DutchTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
};

/// The Dutch local time (CET, or CEST from the last Sunday of March 01:00 UTC to the last Sunday
/// of October 01:00 UTC, as the EU has it) of a UTC timestamp as the store writes it:
/// "2026-11-25T18:31:05Z" (seconds and fraction optional). Core stays without a time zone
/// database because these two rules are all a Dutch municipality needs. Throws Error
/// `invalid_timestamp` for anything else.
DutchTime dutch_time(std::string_view iso_utc);

/// Seconds since 1970-01-01T00:00:00Z of a UTC timestamp as the store writes it, to reckon how
/// long apart two moments were. Throws Error `invalid_timestamp` as dutch_time does.
long long utc_seconds(std::string_view iso_utc);

/// Written out in words by core/report/number_text (date_text, in the report's language).

}  // namespace mienskip
