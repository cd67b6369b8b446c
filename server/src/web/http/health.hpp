#pragma once

#include "store/connection_pool.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// `GET /healthz`: the process is up (no database access, for liveness probes).
/// `GET /readyz`: the database answers and carries exactly this program's migrations; 503 with
/// code `not_ready` or `migrations_pending` otherwise, so a load balancer sends no traffic yet.
void add_health_routes(Router& router, store::ConnectionPool& database);

}  // namespace mienskip::web
