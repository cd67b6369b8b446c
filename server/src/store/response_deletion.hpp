#pragma once

#include <optional>
#include <pqxx/connection>
#include <string>

namespace mienskip::store {

/// Which resident asks for their answers to be deleted: by the keyed hash of their invitation code
/// (a survey with codes), or by the response's number (`r-...`, from the export).
struct ResponseOwner {
  std::optional<std::string> code_hash;
  std::optional<std::string> response_id;
};

/// What deleting one resident's answers removed.
struct DeletedResponse {
  long long responses = 0;  // the sent response (0 or 1)
  long long drafts = 0;     // a half-filled form saved under the code
  long long codes = 0;      // the code itself, so that it cannot answer again
};

/// Deletes a resident's response on their request (issue 18), with the form they saved and their
/// invitation code, in one transaction, and audits it (`survey.response_deleted` with the counts
/// and how the resident was found, never the code or the answers). The results and exports leave
/// it out from then on (every server reloads, migration 0012). Throws Error `not_found` for no
/// such survey, or when nothing of this resident is stored.
DeletedResponse delete_response(pqxx::connection& connection, const std::string& slug, const ResponseOwner& owner,
                                const std::string& actor);

}  // namespace mienskip::store
