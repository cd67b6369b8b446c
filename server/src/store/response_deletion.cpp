#include "store/response_deletion.hpp"

#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

DeletedResponse delete_response(pqxx::connection& connection, const std::string& slug, const ResponseOwner& owner,
                                const std::string& actor) {
  pqxx::work work(connection);
  const auto survey = survey_id(work, slug);
  std::optional<std::string> code_hash = owner.code_hash;
  DeletedResponse deleted;
  // A response found by its number may have been sent with a code: that code goes too.
  const auto removed = work.exec_params(
      "DELETE FROM responses WHERE survey_id = $1 AND (code_hash = $2 OR public_id = $3) RETURNING code_hash", survey,
      owner.code_hash, owner.response_id);
  deleted.responses = static_cast<long long>(removed.size());
  if (!removed.empty() && !removed[0][0].is_null()) code_hash = removed[0][0].as<std::string>();
  if (code_hash) {
    deleted.drafts = work.exec_params("DELETE FROM response_drafts WHERE survey_id = $1 AND code_hash = $2", survey,
                                      *code_hash).affected_rows();
    deleted.codes = work.exec_params("DELETE FROM survey_codes WHERE survey_id = $1 AND code_hash = $2", survey,
                                     *code_hash).affected_rows();
  }
  if (deleted.responses + deleted.drafts + deleted.codes == 0) {
    throw Error(error_codes::not_found, "Survey '" + slug + "' holds no answers of this resident: check the code or number.");
  }
  audit(work, actor, "survey.response_deleted", "survey:" + slug,
        {{"found_by", owner.code_hash ? "code" : "response_id"}, {"responses", deleted.responses},
         {"drafts", deleted.drafts}, {"codes", deleted.codes}});
  work.commit();
  return deleted;
}

}  // namespace mienskip::store
