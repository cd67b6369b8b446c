#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/forum/forum_settings.hpp"
#include "core/invitations/invitation_draw.hpp"

namespace mienskip {

/// Reads a forum's draw parameters as staff send them, checked against the forum's register:
/// {"count": 10000, "stratify_by": "dorp", "household_key": ["postcode", "huisnummer"],
///  "oversample": {"Koudum": 1.5}}. `count` is required (1 to the register's rows); the others
/// are optional: a stratify column and key columns must be register columns other than `id`,
/// each key column once; oversampling factors are numbers above 0 and at most 100 (whether a
/// stratum exists is only known when the register's rows are read: the draw says so).
Checked<DrawParameters> check_draw_parameters(const nlohmann::json& body, const std::vector<std::string>& register_columns,
                                              long long register_rows);

/// The parameters in the form check_draw_parameters reads.
nlohmann::json draw_parameters_json(const DrawParameters& parameters);

}  // namespace mienskip
