#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/connection>
#include <string>

#include "store/response_deletion.hpp"

namespace mienskip::app {

/// Deletes one resident's answers on their request (issue 18), found by what staff were given:
/// `{"code": "K7QM-X2PA-9RTD"}`, the invitation code from their letter (typed as residents type
/// it), or `{"response_id": "r-..."}`, the response's number in the export. Exactly one of the two.
/// Throws Error `invalid_option` for neither, both, or a code that cannot be one, and what
/// store::delete_response throws.
store::DeletedResponse delete_response_on_request(pqxx::connection& connection, const std::string& slug,
                                                  const nlohmann::json& body, const std::string& secret,
                                                  const std::string& actor);

}  // namespace mienskip::app
