#include "store/service_role.hpp"

#include <pqxx/transaction>

#include "core/base/error.hpp"

namespace mienskip::store {

namespace {

constexpr const char* role_exists = "SELECT count(*) FROM pg_roles WHERE rolname = $1";
constexpr const char* role_is_owner =
    "SELECT pg_has_role($1, current_user, 'MEMBER') OR (SELECT rolsuper FROM pg_roles WHERE rolname = $1)";

// `{role}` stands for the quoted role. Tables first in full, then the append-only ones (the audit
// log, the published commitments of invitation draws, the fixed selection, the panel and its
// rounds), the selection runs (kept: an outcome is added, nothing removed; the trigger freezes a
// finished one) and the migration record taken back to what the service may do with them.
constexpr const char* grants =
    "GRANT USAGE ON SCHEMA public TO {role};"
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};"
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};"
    "REVOKE ALL ON audit_log, forum_draw_commitments, forum_selection_runs, forum_selection_fixed, forum_panels, "
    "forum_panel_rounds, schema_migrations FROM {role};"
    "GRANT SELECT, INSERT ON audit_log, forum_draw_commitments, forum_selection_fixed, forum_panels, forum_panel_rounds "
    "TO {role};"
    "GRANT SELECT, INSERT, UPDATE ON forum_selection_runs TO {role};"
    // A drawn seed and its invitations stay: the row holding the seed cannot be deleted and
    // inserted again with another one, and the invitations cannot be changed.
    "REVOKE DELETE ON forum_draws FROM {role};"
    "REVOKE UPDATE, DELETE ON forum_invitations FROM {role};"
    "REVOKE UPDATE ON forum_register_rows FROM {role};"
    "GRANT SELECT ON schema_migrations TO {role};";

constexpr const char* rewrite_rights =
    "SELECT has_table_privilege('audit_log', 'UPDATE') OR has_table_privilege('audit_log', 'DELETE') "
    "OR has_table_privilege('audit_log', 'TRUNCATE') "
    "OR pg_has_role((SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'audit_log'), 'MEMBER')";

std::string with_role(std::string sql, const std::string& quoted) {
  const std::string mark = "{role}";
  for (auto at = sql.find(mark); at != std::string::npos; at = sql.find(mark, at + quoted.size())) {
    sql.replace(at, mark.size(), quoted);
  }
  return sql;
}

}  // namespace

void grant_service_role(pqxx::connection& owner, const std::string& role) {
  pqxx::work tx(owner, "grant_service_role");
  if (tx.exec_params1(role_exists, role)[0].as<long long>() == 0) {
    throw Error(error_codes::invalid_configuration,
                "the database role '" + role + "' that mienskip serve runs as does not exist: create it (CREATE ROLE " +
                    role + " LOGIN, see docs/operations.md) or name another with --service-role");
  }
  if (tx.exec_params1(role_is_owner, role)[0].as<bool>()) {
    throw Error(error_codes::invalid_configuration,
                "the service role '" + role + "' is, or shares rights with, the role that owns the schema or a "
                "superuser: it could rewrite the audit log. Give mienskip serve a role of its own");
  }
  tx.exec0(with_role(grants, tx.quote_name(role)));
  tx.commit();
}

bool can_rewrite_audit_log(pqxx::connection& connection) {
  pqxx::read_transaction tx(connection, "audit_rights");
  return tx.exec1(rewrite_rights)[0].as<bool>();
}

}  // namespace mienskip::store
