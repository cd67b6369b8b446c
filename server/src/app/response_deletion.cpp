#include "app/response_deletion.hpp"

#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"

namespace mienskip::app {

store::DeletedResponse delete_response_on_request(pqxx::connection& connection, const std::string& slug,
                                                  const nlohmann::json& body, const std::string& secret,
                                                  const std::string& actor) {
  const bool by_code = body.contains("code"), by_number = body.contains("response_id");
  if (by_code == by_number) {
    throw Error(error_codes::invalid_option, "Give either the resident's invitation code or the response's number (r-...), "
                                             "as 'code' or 'response_id'.");
  }
  store::ResponseOwner owner;
  if (by_number) {
    owner.response_id = body["response_id"].get<std::string>();
  } else {
    const auto code = normalise_invitation_code(body["code"].get<std::string>());
    if (!code) throw Error(error_codes::invalid_option, "This is not an invitation code: it has twelve letters and digits, such as K7QM-X2PA-9RTD.");
    owner.code_hash = invitation_code_hash(secret, *code);
  }
  return store::delete_response(connection, slug, owner, actor);
}

}  // namespace mienskip::app
