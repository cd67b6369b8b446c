#pragma once

#include <map>
#include <pqxx/connection>
#include <pqxx/transaction_base>
#include <string>
#include <vector>

#include "core/accounts/rights.hpp"
#include "store/accounts.hpp"

namespace mienskip::store {

/// A task as the account screens show it: with its forum's name or its survey's (Dutch) title.
struct GrantView {
  Grant grant;
  std::string title;
};

/// The tasks of every account, by account number, in the order forums then surveys, by slug.
std::map<long long, std::vector<GrantView>> grants_by_account(pqxx::transaction_base& tx);
/// The tasks of one account, in the same order.
std::vector<GrantView> account_grants(pqxx::transaction_base& tx, long long account_id);
std::vector<GrantView> account_grants(pqxx::connection& connection, long long account_id);

/// What the account may do: its role and its tasks. Sessions read it afresh at each request
/// (find_session), so a task taken away holds at the account's next request.
Rights account_rights(pqxx::transaction_base& tx, const Account& account);

/// Replaces the account's tasks with `grants` (check_grants) in one transaction, under a lock on
/// the account's row so two admins' changes follow each other; audited as `account.grants_changed`
/// with the tasks before and after (as "forum:<slug>:<role>"). Throws Error `invalid_grant` for a
/// forum or survey that does not exist, `not_found` for no account `account_id`.
void replace_account_grants(pqxx::connection& connection, long long account_id, const std::vector<Grant>& grants,
                            const std::string& actor);

}  // namespace mienskip::store
