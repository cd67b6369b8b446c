#pragma once

#include <pqxx/connection>
#include <string>

namespace mienskip::store {

/// The database role `mienskip serve` runs as unless told otherwise.
inline constexpr const char* default_service_role = "mienskip_service";

/// Gives the service's role what it needs and nothing more: reading and writing the application's
/// tables, but on the audit log, the draws' commitments, the fixed selections and the panels only
/// INSERT and SELECT, on the selection runs no DELETE, on `schema_migrations` only SELECT, and
/// never ownership (so it cannot switch a trigger off, alter or drop a table). Run by the schema's
/// owner after every migration, so tables added later are covered too; idempotent. Throws
/// `invalid_configuration` when the role does not exist or is the owner running this.
void grant_service_role(pqxx::connection& owner, const std::string& role);

/// Whether the connected role could delete, rewrite or empty the audit log: it owns the table, is
/// a superuser, or was granted UPDATE, DELETE or TRUNCATE on it.
bool can_rewrite_audit_log(pqxx::connection& connection);

}  // namespace mienskip::store
