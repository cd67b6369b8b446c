#include "web/admin/grants_json.hpp"

#include "core/base/error.hpp"

namespace mienskip::web {

nlohmann::json grants_json(const std::vector<store::GrantView>& grants) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& view : grants) {
    list.push_back({{"scope", scope_name(view.grant.scope)},
                    {"slug", view.grant.slug},
                    {"title", view.title},
                    {"role", task_role_name(view.grant.role)}});
  }
  return list;
}

std::vector<Grant> grants_from_json(const nlohmann::json& grants) {
  std::vector<Grant> list;
  for (const auto& item : grants) {
    const auto scope = parse_scope(item.at("scope").get<std::string>());
    if (!scope) throw Error(error_codes::invalid_grant, "A task is on a forum or a survey.");
    const auto role = parse_task_role(*scope, item.at("role").get<std::string>());
    if (!role) {
      throw Error(error_codes::invalid_grant, *scope == Scope::forum
                                                  ? "A task on a forum is forum_manager or caller."
                                                  : "A task on a survey is survey_manager or analyst.");
    }
    list.push_back({*scope, item.at("slug").get<std::string>(), *role});
  }
  return list;
}

nlohmann::json forum_may(const Rights& rights, const std::string& slug) {
  nlohmann::json may = nlohmann::json::array();
  if (allows(rights, Need::forum_manage, slug)) may.push_back("manage");
  if (allows(rights, Need::forum_call, slug)) may.push_back("call");
  return may;
}

nlohmann::json survey_may(const Rights& rights, const std::string& slug) {
  nlohmann::json may = nlohmann::json::array();
  if (allows(rights, Need::survey_read, slug)) may.push_back("read");
  if (allows(rights, Need::survey_manage, slug)) may.push_back("manage");
  return may;
}

}  // namespace mienskip::web
