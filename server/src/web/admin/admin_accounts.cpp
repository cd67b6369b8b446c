#include "web/admin/admin_accounts.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/staff_accounts.hpp"
#include "core/base/error.hpp"
#include "store/account_admin.hpp"
#include "store/account_two_factor.hpp"
#include "web/admin/grants_json.hpp"
#include "web/http/request_schema.hpp"
#include "web/optional_json.hpp"

namespace mienskip::web {

namespace {

nlohmann::json account_json(const store::AccountSummary& summary, const StaffRequest& request) {
  return {{"id", summary.account.id},
          {"email", summary.account.email},
          {"role", store::role_name(summary.account.role)},
          {"status", summary.disabled ? "disabled" : "active"},
          {"locked_until", text_or_null(summary.locked_until)},
          {"must_change_password", summary.account.must_change_password},
          {"created_at", summary.created_at},
          {"last_login_at", text_or_null(summary.last_login_at)},
          {"sessions", summary.sessions},
          {"two_factor", summary.account.two_factor_enabled},
          {"grants", grants_json(summary.grants)},
          {"you", summary.account.id == request.session.account.id}};
}

// The route's {account}: an account's number, anything else names no account.
long long account_id(const StaffRequest& request) {
  const std::string& text = request.http.params.at("account");
  const bool number = !text.empty() && text.size() <= 18 && text.find_first_not_of("0123456789") == std::string::npos;
  if (!number) throw Error(error_codes::not_found, "There is no account " + text.substr(0, 40) + ".");
  return std::stoll(text);
}

Response account_response(const StaffRequest& request, long long id, const store::SessionPolicy& policy,
                          nlohmann::json extra = nlohmann::json::object()) {
  auto connection = request.connection();
  extra["account"] = account_json(store::find_account(*connection, id, policy), request);
  return json_response(200, extra);
}

StaffHandler list_accounts(store::SessionPolicy policy) {
  return [policy](const StaffRequest& request) {
    auto connection = request.connection();
    auto list = nlohmann::json::array();
    for (const auto& summary : store::list_accounts(*connection, policy)) list.push_back(account_json(summary, request));
    return json_response(200, {{"accounts", list}});
  };
}

StaffHandler add_account(Auth& auth) {
  return [&auth](const StaffRequest& request) {
    const auto body = described_json_body(request.http, error_codes::bad_request, "The account was not added.");
    const auto account = app::add_staff_account(request.database, auth.passwords(), body["email"],
                                                *store::parse_role(body["role"]), body["password"], request.actor());
    return json_response(
        201, {{"account", account_json(store::find_account(*request.connection(), account.id, auth.policy()), request)}});
  };
}

StaffHandler require_password_change(Auth& auth) {
  return [&auth](const StaffRequest& request) {
    const auto body = described_json_body(request.http, error_codes::bad_request, "Nothing was changed.");
    const auto id = account_id(request);
    std::optional<std::string> temporary;
    if (body.contains("temporary_password")) temporary = body["temporary_password"].get<std::string>();
    app::require_new_password(request.database, auth.passwords(), id, temporary, request.actor());
    return account_response(request, id, auth.policy());
  };
}

}  // namespace

void add_admin_account_routes(StaffRoutes& routes, Auth& auth) {
  const std::string accounts = "/api/admin/accounts";
  const std::string one = accounts + "/{account}";
  const store::SessionPolicy policy = auth.policy();
  routes.add("GET", accounts, Access::admin, list_accounts(policy));
  routes.add("POST", accounts, Access::admin, add_account(auth));
  routes.add("PUT", one + "/role", Access::admin, [policy](const StaffRequest& request) {
    const auto body = described_json_body(request.http, error_codes::bad_request, "The role was not changed.");
    const auto id = account_id(request);
    store::set_account_role(*request.connection(), id, *store::parse_role(body["role"]), request.actor());
    return account_response(request, id, policy);
  });
  for (const bool disable : {true, false}) {
    routes.add("POST", one + (disable ? "/disable" : "/enable"), Access::admin, [policy, disable](const StaffRequest& request) {
      const auto id = account_id(request);
      store::set_account_disabled(*request.connection(), id, disable, request.actor());
      return account_response(request, id, policy);
    });
  }
  routes.add("POST", one + "/end-sessions", Access::admin, [policy](const StaffRequest& request) {
    const auto id = account_id(request);
    const auto ended = store::end_account_sessions(*request.connection(), id, request.actor());
    return account_response(request, id, policy, {{"ended", ended}});
  });
  routes.add("POST", one + "/password-change", Access::admin, require_password_change(auth));
  routes.add("POST", one + "/two-factor/reset", Access::admin, [policy](const StaffRequest& request) {
    const auto id = account_id(request);
    store::reset_two_factor(*request.connection(), id, request.actor());
    return account_response(request, id, policy);
  });
  routes.add("PUT", one + "/grants", Access::admin, [policy](const StaffRequest& request) {
    const auto body = described_json_body(request.http, error_codes::invalid_grant, "The tasks were not changed.");
    const auto id = account_id(request);
    store::replace_account_grants(*request.connection(), id, grants_from_json(body["grants"]), request.actor());
    return account_response(request, id, policy);
  });
  routes.add("DELETE", one, Access::admin, [](const StaffRequest& request) {
    store::remove_account(*request.connection(), account_id(request), request.actor());
    return json_response(200, {{"removed", true}});
  });
}

}  // namespace mienskip::web
