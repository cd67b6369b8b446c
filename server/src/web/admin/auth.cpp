#include "web/admin/auth.hpp"

#include <algorithm>
#include <utility>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "web/admin/grants_json.hpp"
#include "web/http/json_body.hpp"
#include "web/http/request_schema.hpp"

namespace mienskip::web {

namespace {

constexpr const char* cookie_name = "mienskip_session";

std::string session_token(const Request& request) {
  const std::string cookies = request.header("cookie");
  const std::string key = std::string(cookie_name) + "=";
  std::size_t at = 0;
  while ((at = cookies.find(key, at)) != std::string::npos) {
    if (at == 0 || cookies[at - 1] == ' ' || cookies[at - 1] == ';') {
      const auto start = at + key.size();
      return cookies.substr(start, cookies.find(';', start) - start);
    }
    at += key.size();
  }
  return "";
}

std::string cookie(const Request& request, const std::string& value, bool expire) {
  std::string text = std::string(cookie_name) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  // nginx in front (deploy/nginx.conf) terminates TLS and says so.
  if (request.header("x-forwarded-proto") == "https") text += "; Secure";
  if (expire) text += "; Max-Age=0";
  return text;
}

// The tasks are read with their titles for the staff app to show; what the account may do is
// decided by `rights`, read with the session.
nlohmann::json session_json(store::ConnectionPool& database, const store::Account& account, const Rights& rights,
                            const std::string& csrf, const Auth& auth) {
  return {{"email", account.email},
          {"role", role_name(account.role)},
          {"grants", grants_json(store::account_grants(*database.acquire(), account.id))},
          {"csrf_token", csrf},
          {"must_change_password", account.must_change_password},
          {"two_factor_enabled", account.two_factor_enabled},
          {"must_enrol_two_factor", auth.must_enrol(account, rights)}};
}

}  // namespace

Auth::Auth(store::ConnectionPool& database, store::SessionPolicy policy, std::string secret, app::TwoFactorRule rule)
    : database_(database),
      policy_(policy),
      login_(database, policy, secret),
      two_factor_(std::move(secret), rule) {}

bool Auth::must_enrol(const store::Account& account, const Rights& rights) const {
  return !account.two_factor_enabled && two_factor_.required(rights);
}

store::ActiveSession Auth::require(const Request& request, Access need) {
  const std::string token = session_token(request);
  std::optional<store::ActiveSession> session;
  if (!token.empty()) {
    auto connection = database_.acquire();
    session = store::find_session(*connection, token, policy_);
  }
  if (!session) throw Error(error_codes::unauthenticated, "Log in first (or again: sessions end after 30 minutes without use).");
  const auto slug = request.params.find("slug");
  if (!allows(session->rights, need, slug == request.params.end() ? "" : slug->second)) {
    throw Error(error_codes::forbidden, "Your account may not do this: ask an admin for the task if you need it.");
  }
  const bool changes = request.method != "GET" && request.method != "HEAD";
  if (changes && request.header("x-csrf-token") != session->csrf_token) {
    throw Error(error_codes::csrf_failed, "This request lacks the session's X-CSRF-Token; reload the page and try again.");
  }
  return *session;
}

void Auth::add_routes(Router& router) {
  router.add("POST", "/api/session", [this](const Request& request) {
    const auto body = described_json_body(request, error_codes::bad_request, "Send {\"email\": ..., \"password\": ...}.");
    const std::string code = body.value("code", "");
    const auto session = login_.log_in(body["email"], body["password"], request.client, two_factor_.check(code));
    Response response = json_response(200, session_json(database_, session.account, session.rights, session.csrf_token, *this));
    response.headers.push_back({"Set-Cookie", cookie(request, session.token, false)});
    return response;
  });
  router.add(
      "GET", "/api/session",
      [this](const Request& request) {
        const auto session = require(request, Access::staff);
        return json_response(200, session_json(database_, session.account, session.rights, session.csrf_token, *this));
      },
      Access::staff);
  // Logging out here or everywhere differ only in which sessions end.
  auto log_out = [this](void (*end)(pqxx::connection&, const store::ActiveSession&)) {
    return [this, end](const Request& request) {
      const auto session = require(request, Access::staff);
      auto connection = database_.acquire();
      end(*connection, session);
      Response response = json_response(200, {{"logged_out", true}});
      response.headers.push_back({"Set-Cookie", cookie(request, "", true)});
      return response;
    };
  };
  router.add("DELETE", "/api/session", log_out(&store::end_session), Access::staff);
  router.add("POST", "/api/session/everywhere", log_out(&store::end_all_sessions), Access::staff);
  add_own_account_routes(router);
}

// What a signed-in staff member does to their own account, also while a new password or a second
// factor is still to be set up (StaffRoutes refuses everything else then).
void Auth::add_own_account_routes(Router& router) {
  router.add(
      "PUT", "/api/session/password",
      [this](const Request& request) {
        const auto session = require(request, Access::staff);
        const auto body = described_json_body(request, error_codes::bad_request,
                                              "Send {\"current_password\": ..., \"new_password\": ...}.");
        login_.change_password(session, body["current_password"], body["new_password"], request.client);
        return json_response(200, {{"changed", true}});
      },
      Access::staff);
  router.add(
      "POST", "/api/session/two-factor/enrolment",
      [this](const Request& request) {
        const auto session = require(request, Access::staff);
        const auto enrolment = two_factor_.start(*database_.acquire(), session.account);
        return json_response(200, {{"secret", enrolment.key}, {"otpauth_uri", enrolment.uri}, {"qr_svg", enrolment.qr_svg}});
      },
      Access::staff);
  router.add(
      "POST", "/api/session/two-factor/confirm",
      [this](const Request& request) {
        const auto session = require(request, Access::staff);
        const auto body = described_json_body(request, error_codes::bad_request, "Send {\"code\": ...}.");
        const auto codes = two_factor_.confirm(*database_.acquire(), session, body["code"]);
        return json_response(200, {{"recovery_codes", codes}});
      },
      Access::staff);
}

}  // namespace mienskip::web
