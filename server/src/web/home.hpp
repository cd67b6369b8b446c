#pragma once

#include "web/router.hpp"

namespace mienskip::web {

/// `GET /`: the page a visitor of a fresh installation sees, saying what runs here and where the
/// parts will be. Replaced by the resident start page once surveys exist.
void add_home_route(Router& router);

}  // namespace mienskip::web
