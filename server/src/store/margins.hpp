#pragma once

#include <optional>
#include <pqxx/connection>
#include <string>

#include "core/weighting/margins_source.hpp"
#include "core/weighting/weighting_input.hpp"

namespace mienskip::store {

/// A survey's population margins as stored, with who uploaded them and when.
struct StoredMargins {
  Margins margins;  // read back through parse_margins, so exactly as `mienskip weigh` reads a file
  std::string uploaded_by;
  std::string uploaded_at;  // ISO 8601 in UTC
  MarginsSource source;     // as stated with the upload; empty parts: not stated
};

/// Replaces the margins of the survey `slug` with `margins` (population counts, as parse_margins
/// returns them) and where they come from (checked_margins_source) in one transaction, and audits
/// it (`survey.margins_replaced`, with the source). Throws Error `not_found` when there is no such
/// survey, `invalid_margins` for shares (the server keeps counts only); nothing is stored then.
void replace_margins(pqxx::connection& connection, const std::string& slug, const Margins& margins,
                     const MarginsSource& source, const std::string& actor);

/// The margins of the survey `slug` in upload order, or nothing when none were uploaded. Throws
/// Error `not_found` when there is no such survey.
std::optional<StoredMargins> find_margins(pqxx::connection& connection, const std::string& slug);

}  // namespace mienskip::store
