#pragma once

#include <ostream>
#include <string>

#include "web/http/router.hpp"

namespace mienskip::web {

/// Serves the staff app (admin-ui/, built by deploy/build.sh into admin-ui/dist) under /admin:
/// its index page at /admin and its hashed files at /admin/assets/NAME. Read once at start-up;
/// when the app is not built, /admin says how to build it.
void add_admin_app_routes(Router& router, const std::string& dist_directory, std::ostream& log);

}  // namespace mienskip::web
