#pragma once

#include <optional>
#include <string>

#include "core/base/netherlands_time.hpp"

namespace mienskip {

/// Where a survey's population margins come from, as staff state it with the upload, so that the
/// council report can say what the results were weighted to: the source ("CBS, Kerncijfers wijken
/// en buurten 2025"), the reference date the counts hold on ("2026-01-01") and the population they
/// cover ("inwoners van 16 jaar en ouder"). Each may be left empty; the report then says so.
struct MarginsSource {
  std::string source;
  std::string reference_date;  // YYYY-MM-DD, or empty
  std::string population;
  bool empty() const { return source.empty() && reference_date.empty() && population.empty(); }
};

/// The three as typed (query parameters of the upload, CLI options): trimmed; an absent or blank
/// one stays empty. Throws Error `invalid_option` naming the field ("source: ...") for text
/// longer than 200 characters or with control characters, and for a reference date that is not
/// a calendar date written YYYY-MM-DD.
MarginsSource checked_margins_source(const std::optional<std::string>& source,
                                     const std::optional<std::string>& reference_date,
                                     const std::optional<std::string>& population);

/// The reference date as a day (the report writes it in its language), or none when the text is
/// not a calendar date written YYYY-MM-DD.
std::optional<DutchTime> reference_day(const std::string& reference_date);

}  // namespace mienskip
