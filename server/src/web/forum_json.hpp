#pragma once

#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "core/base/field_error.hpp"
#include "core/panel/quota_feasibility.hpp"
#include "app/register_composition.hpp"
#include "core/invitations/register_reader.hpp"
#include "store/forum_register.hpp"
#include "store/forums.hpp"
#include "web/http/http_types.hpp"

namespace mienskip::web {

/// {"feasible", "checked_against": "quotas"|"volunteers", "conflicts": [{"code", "category",
/// "message"}], "relaxation": [{"category", "value", "bound", "from", "to", "change"}]}
nlohmann::json feasibility_json(const QuotaFeasibility& feasibility);

/// A forum with its quotas, register size (or null) and the quotas' feasibility.
nlohmann::json forum_json(const store::StoredForum& forum);

/// {"rows", "columns", "sha256", "uploaded_by", "uploaded_at", "preview": [[field, ...], ...]}
nlohmann::json register_json(const store::RegisterSummary& summary);

/// 422 with {"error": {"code", "message", "fields": [{"field", "code", "message"}]}}.
Response field_errors_response(const std::string& code, const std::string& message,
                               const std::vector<FieldError>& errors);

/// {"column", "reading": "values" | "ages", "reference_date", "rows": [{"value", "residents",
/// "seats", "min", "max"}], "unmatched", "unmatched_values": [{"value", "residents"}]}.
nlohmann::json register_composition_json(const app::RegisterCompositionView& view, const std::vector<std::string>& values);

/// 422 `code` with {"error": {"code", "message", "problems": [{"row", "column", "code", "params",
/// "message"}], "problem_count", "encoding"}} and the members of `facts`: the first problems of an
/// uploaded file in row order, how many there are and how the file was written. The message is
/// `refused` (what was not done), the count and first problem, then `advice`.
Response problems_response(const std::string& code, const std::string& refused, const RegisterProblems& problems,
                           TextEncoding encoding, const std::string& advice,
                           const nlohmann::json& facts = nlohmann::json::object());

/// problems_response for a register: 422 `invalid_register`.
Response register_problems_response(const RegisterProblems& problems, TextEncoding encoding);

}  // namespace mienskip::web
