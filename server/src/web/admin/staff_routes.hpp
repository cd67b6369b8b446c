#pragma once

#include <functional>
#include <string>

#include "store/accounts.hpp"
#include "store/connection_pool.hpp"
#include "web/admin/auth.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// A request that has passed the door of a staff route: the signed-in session (its rights checked
/// against the route's need, CSRF token checked on changes) and where its connection comes from.
struct StaffRequest {
  const Request& http;
  store::ActiveSession session;
  store::ConnectionPool& database;

  /// The `{slug}` of the route's pattern (a survey's or a forum's).
  const std::string& slug() const { return http.params.at("slug"); }
  /// What the account may do, for answers that list only what it may see.
  const Rights& rights() const { return session.rights; }
  /// Who acts, as the audit log names them.
  const std::string& actor() const { return session.account.email; }
  store::ConnectionPool::Lease connection() const { return database.acquire(); }
};

using StaffHandler = std::function<Response(const StaffRequest&)>;

/// Adds staff routes to the route table with what each needs; the session is required (and its
/// rights and CSRF token checked) before the handler runs, so no handler can forget it and the
/// table says exactly what is enforced.
class StaffRoutes {
 public:
  StaffRoutes(Router& router, Auth& auth, store::ConnectionPool& database);

  /// `access` is any need but Access::anyone (core/accounts/rights: Need).
  void add(std::string method, std::string pattern, Access access, StaffHandler handler);
  /// An upload route (Router::add_upload): the door is checked before any of the body is read.
  void add_upload(std::string method, std::string pattern, Access access, StaffHandler handler);

 private:
  Handler guarded(Access access, StaffHandler handler);
  Router& router_;
  Auth& auth_;
  store::ConnectionPool& database_;
};

}  // namespace mienskip::web
