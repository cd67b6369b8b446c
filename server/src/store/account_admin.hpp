#pragma once

#include <functional>
#include <optional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "store/account_grants.hpp"
#include "store/accounts.hpp"

namespace mienskip::store {

/// An account as the admins' list shows it. Times are ISO 8601 in UTC.
struct AccountSummary {
  Account account;
  bool disabled = false;
  std::optional<std::string> locked_until;  ///< while wrong passwords keep it locked
  std::string created_at;
  std::optional<std::string> last_login_at;
  int sessions = 0;  ///< open (unexpired) sessions
  std::vector<GrantView> grants;  ///< its tasks (store/account_grants)
};

/// Every account, by address.
std::vector<AccountSummary> list_accounts(pqxx::connection& connection, const SessionPolicy& policy);
/// The number of the account with `email` (as typed: normalise_account_email); Error `not_found`
/// when there is none.
long long account_id_of(pqxx::connection& connection, const std::string& email);
/// One account; Error `not_found` when there is none with `id`.
AccountSummary find_account(pqxx::connection& connection, long long id, const SessionPolicy& policy);

// What an admin does to another account (or their own). Each is audited with `actor`, as
// `account.<what>` on `account:<address>`, and each refuses with Error `last_admin` a change that
// would leave no enabled admin account (nobody could then manage accounts or run a lottery).
// `not_found` when there is no account `id`.

/// Gives the account its municipality-wide role (admin, analyst or none); its open sessions carry the new role at once.
void set_account_role(pqxx::connection& connection, long long id, Role role, const std::string& actor);
/// Disables (its sessions end; it cannot log in) or enables the account.
void set_account_disabled(pqxx::connection& connection, long long id, bool disabled, const std::string& actor);
/// Makes the owner choose a new password at the next sign-in; with `temporary_hash` (a password
/// the admin hands over for someone who forgot theirs) that replaces the old one. Its sessions end.
void require_password_change(pqxx::connection& connection, long long id,
                             const std::optional<std::string>& temporary_hash, const std::string& actor);
/// Ends every session of the account; returns how many there were.
long long end_account_sessions(pqxx::connection& connection, long long id, const std::string& actor);
/// Removes the account and its sessions; the audit log keeps what happened to it.
void remove_account(pqxx::connection& connection, long long id, const std::string& actor);

/// A staff member replaces their own password: `verify` checks the current one against the stored
/// hash (Error `wrong_password` when it does not match), and the new hash is stored. Their other
/// sessions end (a password changed after a suspected leak should lock others out); this one
/// stays, and a required change is then done.
void change_own_password(pqxx::connection& connection, const ActiveSession& session,
                         const std::function<bool(const std::string& password_hash)>& verify,
                         const std::string& new_hash);

}  // namespace mienskip::store
