#include "web/admin/staff_routes.hpp"

#include <stdexcept>
#include <utility>

#include "core/base/error.hpp"

namespace mienskip::web {

StaffRoutes::StaffRoutes(Router& router, Auth& auth, store::ConnectionPool& database)
    : router_(router), auth_(auth), database_(database) {}

Handler StaffRoutes::guarded(Access access, StaffHandler handler) {
  if (access == Access::anyone) throw std::logic_error("a staff route needs more than anyone");
  // The table outlives this adder (Service builds its routes with a local one): capture what the
  // handlers need, never `this`.
  return [&auth = auth_, &database = database_, access, handler = std::move(handler)](const Request& request) {
    auto session = auth.require(request, access);
    // A temporary password (or one an admin asked to replace) opens nothing but its own change
    // (Auth's /api/session routes), so it cannot be used for anything else while it lasts.
    if (session.account.must_change_password) {
      throw Error(error_codes::password_change_required, "Choose a new password first (PUT /api/session/password).");
    }
    // So does an account that must have a second factor and has none yet.
    if (auth.must_enrol(session.account, session.rights)) {
      throw Error(error_codes::two_factor_enrolment_required,
                  "Set up two-factor sign-in first (POST /api/session/two-factor/enrolment).");
    }
    return handler(StaffRequest{request, std::move(session), database});
  };
}

void StaffRoutes::add(std::string method, std::string pattern, Access access, StaffHandler handler) {
  router_.add(std::move(method), std::move(pattern), guarded(access, std::move(handler)), access);
}

void StaffRoutes::add_upload(std::string method, std::string pattern, Access access, StaffHandler handler) {
  router_.add_upload(std::move(method), std::move(pattern), guarded(access, std::move(handler)), access);
}

}  // namespace mienskip::web
