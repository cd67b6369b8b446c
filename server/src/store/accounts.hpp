#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <pqxx/connection>
#include <string>

#include "core/accounts/rights.hpp"

namespace mienskip::store {

// The municipality-wide role is the domain's (core/accounts/rights); the store keeps its name.
using mienskip::parse_role;
using mienskip::Role;
using mienskip::role_name;

struct Account {
  long long id = 0;
  std::string email;
  Role role = Role::analyst;
  /// The owner must choose a new password before anything else (a temporary password, or an
  /// admin asked for it): every staff route but the password change then answers 403.
  bool must_change_password = false;
  /// The account signs in with a code from an authenticator app as well (store/account_two_factor).
  bool two_factor_enabled = false;
};

/// Creates a staff account and audits it. `email` is checked and made canonical by
/// normalise_account_email (trimmed, in lower case, at most 254 bytes). With
/// `must_change_password` the password is a temporary one its owner replaces at the first
/// sign-in. Throws Error `account_exists` or `invalid_email`.
Account create_account(pqxx::connection& connection, const std::string& email, Role role,
                       const std::string& password_hash, const std::string& actor, bool must_change_password = false);

/// How long sessions live and when repeated wrong passwords lock an account.
struct SessionPolicy {
  std::chrono::minutes idle{30};
  std::chrono::hours absolute{12};
  int failures_before_lock = 5;
  std::chrono::minutes lock{15};
};

/// A logged-in session: the cookie's token and the token forms must echo (CSRF).
struct NewSession {
  std::string token;
  std::string csrf_token;
  Account account;
  Rights rights;
};

/// Who tries to log in, as the audit log may know it.
struct LoginName {
  /// The address as normalise_account_email made it; nullopt when what was typed cannot be an
  /// account's address (then nothing of it is stored).
  std::optional<std::string> email;
  /// How the audit log names `email` when no account has it (unknown_email_hash under the server
  /// secret), so the text typed is never kept; empty without `email`.
  std::string keyed_hash;
};

/// What a login offers beyond the password, and how to check it without the store holding any
/// key (app::TwoFactor makes these).
struct SecondFactorCheck {
  std::string code;  ///< as typed; empty when none was sent
  /// The time step at which `code` is the code of the account's sealed TOTP key, later than the
  /// last step accepted; nullopt when it is not.
  std::function<std::optional<std::int64_t>(long long account_id, const std::string& sealed_key,
                                            std::optional<std::int64_t> last_step)>
      totp_step;
  /// How `code` is stored if it is one of the account's recovery codes; nullopt when it cannot be one.
  std::function<std::optional<std::string>(long long account_id)> recovery_hash;
};

/// Checks the address and password with `verify` (the password check, kept out of the store) and
/// opens a session. Throws Error `invalid_credentials`, the same answer for an unknown address, a
/// wrong password and a locked account; `verify` runs in every case (against `unmatched_hash` when
/// there is no account), so the time taken tells nothing either. After
/// `policy.failures_before_lock` wrong passwords in a row the account is locked for `policy.lock`,
/// during which every attempt is refused; when the lock has ended the count starts afresh. Every
/// outcome is audited, never with the password, and an unknown address only by its keyed hash.
/// A disabled account is refused like a locked one (the same answer, `login.refused` with reason
/// `disabled` in the audit log). For an account with two-factor sign-in, the right password is
/// followed by `second`: no code is Error `two_factor_required`; a wrong or spent code (a TOTP code
/// of a step already accepted, a recovery code used before) is `invalid_two_factor_code` and counts
/// towards the lock as a wrong password does; a right one is spent.
NewSession log_in(pqxx::connection& connection, const LoginName& who,
                  const std::function<bool(const std::string& password_hash)>& verify,
                  const std::string& unmatched_hash, const SessionPolicy& policy, const SecondFactorCheck& second = {});

struct ActiveSession {
  Account account;
  std::string csrf_token;
  std::string token_hash;
  /// What the account may do, read with the session, so a role or task changed holds at once.
  Rights rights;
};

/// The session for a cookie token, if it exists, has not expired (idle or absolute) and its account
/// is not disabled, with the account's rights (store/account_grants); touching it extends the idle time. Expired sessions are removed.
std::optional<ActiveSession> find_session(pqxx::connection& connection, const std::string& token,
                                          const SessionPolicy& policy);

/// Replaces a password hash made with weaker parameters by `stronger` (of the same password, just
/// proven by a login), unless the password was changed meanwhile; audited without either hash.
void upgrade_password_hash(pqxx::connection& connection, const Account& account, const std::string& weaker,
                           const std::string& stronger);

void end_session(pqxx::connection& connection, const ActiveSession& session);
/// Ends every session of the account (all devices) and audits it.
void end_all_sessions(pqxx::connection& connection, const ActiveSession& session);

}  // namespace mienskip::store
