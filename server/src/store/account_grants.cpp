#include "store/account_grants.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <pqxx/result>
#include <pqxx/transaction>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"

namespace mienskip::store {

namespace {

// Each task with its account, scope, slug, role and title; forums before surveys.
constexpr const char* grants_query =
    "SELECT g.account_id, 'forum', f.slug, g.role, f.name FROM account_grants g JOIN forums f ON f.id = g.forum_id "
    "WHERE $1::bigint IS NULL OR g.account_id = $1 "
    "UNION ALL "
    "SELECT g.account_id, 'survey', s.slug, g.role, coalesce(s.definition #>> '{title,nl}', s.slug) "
    "FROM account_grants g JOIN surveys s ON s.id = g.survey_id "
    "WHERE $1::bigint IS NULL OR g.account_id = $1 "
    "ORDER BY 1, 2, 3";

GrantView grant_view(const pqxx::row& row) {
  // The table's checks (migration 0027) allow only the roles each scope has.
  const auto scope = *parse_scope(row[1].as<std::string>());
  return {{scope, row[2].as<std::string>(), *parse_task_role(scope, row[3].as<std::string>())}, row[4].as<std::string>()};
}

std::string grant_text(const Grant& grant) {
  return scope_name(grant.scope) + ":" + grant.slug + ":" + task_role_name(grant.role);
}

}  // namespace

std::map<long long, std::vector<GrantView>> grants_by_account(pqxx::transaction_base& tx) {
  std::map<long long, std::vector<GrantView>> grants;
  for (const auto& row : tx.exec_params(grants_query, std::optional<long long>())) {
    grants[row[0].as<long long>()].push_back(grant_view(row));
  }
  return grants;
}

std::vector<GrantView> account_grants(pqxx::transaction_base& tx, long long account_id) {
  std::vector<GrantView> grants;
  for (const auto& row : tx.exec_params(grants_query, account_id)) grants.push_back(grant_view(row));
  return grants;
}

std::vector<GrantView> account_grants(pqxx::connection& connection, long long account_id) {
  pqxx::read_transaction tx(connection);
  return account_grants(tx, account_id);
}

Rights account_rights(pqxx::transaction_base& tx, const Account& account) {
  Rights rights{account.role, {}};
  // An admin may do everything: no task adds to that, so none is read.
  if (account.role == Role::admin) return rights;
  for (const auto& view : account_grants(tx, account.id)) rights.grants.push_back(view.grant);
  return rights;
}

void replace_account_grants(pqxx::connection& connection, long long account_id, const std::vector<Grant>& grants,
                            const std::string& actor) {
  check_grants(grants);
  pqxx::work work(connection);
  const auto account = work.exec_params("SELECT email FROM accounts WHERE id = $1 FOR UPDATE", account_id);
  if (account.empty()) throw Error(error_codes::not_found, "There is no account " + std::to_string(account_id) + ".");
  nlohmann::json before = nlohmann::json::array();
  for (const auto& view : account_grants(work, account_id)) before.push_back(grant_text(view.grant));
  work.exec_params("DELETE FROM account_grants WHERE account_id = $1", account_id);
  nlohmann::json after = nlohmann::json::array();
  for (const auto& grant : grants) {
    const bool forum = grant.scope == Scope::forum;
    const auto target = work.exec_params(forum ? "SELECT id FROM forums WHERE slug = $1" : "SELECT id FROM surveys WHERE slug = $1",
                                         grant.slug);
    if (target.empty()) {
      throw Error(error_codes::invalid_grant, "There is no " + scope_name(grant.scope) + " " + grant.slug.substr(0, 64) + ".");
    }
    work.exec_params(forum ? "INSERT INTO account_grants (account_id, forum_id, role, granted_by) VALUES ($1, $2, $3, $4)"
                           : "INSERT INTO account_grants (account_id, survey_id, role, granted_by) VALUES ($1, $2, $3, $4)",
                     account_id, target[0][0].as<long long>(), task_role_name(grant.role), actor);
    after.push_back(grant_text(grant));
  }
  // The same tasks in another order are no change.
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  if (before == after) return;
  audit(work, actor, "account.grants_changed", "account:" + account[0][0].as<std::string>(), {{"from", before}, {"to", after}});
  work.commit();
}

}  // namespace mienskip::store
