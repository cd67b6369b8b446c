#pragma once

#include "store/connection_pool.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// `GET /`: the page a visitor of a fresh installation sees, saying what runs here and where the
/// parts will be, with a link to every open survey.
void add_home_route(Router& router, store::ConnectionPool& database);

}  // namespace mienskip::web
