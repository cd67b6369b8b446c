#pragma once

#include <optional>
#include <pqxx/connection>
#include <string>

#include "core/weighting/weighting_settings.hpp"

namespace mienskip::store {

/// A survey's saved weighting settings, with who saved them and when.
struct StoredWeightingSettings {
  WeightingSettings settings;
  std::string updated_by;
  std::string updated_at;  // ISO 8601 in UTC
};

/// Replaces the weighting settings of the survey `slug` (already checked by read_weighting_settings)
/// and audits it (`survey.weighting_changed`, with the settings). Throws Error `not_found` when there
/// is no such survey.
void save_weighting_settings(pqxx::connection& connection, const std::string& slug, const WeightingSettings& settings,
                             const std::string& actor);

/// The saved weighting settings of the survey `slug`, or nothing when none were saved. Throws Error
/// `not_found` when there is no such survey.
std::optional<StoredWeightingSettings> find_weighting_settings(pqxx::connection& connection, const std::string& slug);

}  // namespace mienskip::store
