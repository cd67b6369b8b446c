#pragma once

#include <ctime>
#include <functional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "store/accounts.hpp"

namespace mienskip::app {

/// Who must have two-factor sign-in (serve --two-factor): `admins` (the default: every account that
/// reaches residents' personal data, that is every admin and everyone with a task on a forum
/// (reaches_personal_data); others may), `staff` (every account), or `optional` (nobody must; for
/// tests and demos).
enum class TwoFactorRule { admins, staff, optional };

/// What an authenticator app needs to add the account: the QR code holds `uri`; `key` is the same
/// key in base32, to type by hand.
struct TwoFactorEnrolment {
  std::string key;
  std::string uri;
  std::string qr_svg;
};

/// Two-factor sign-in with TOTP (RFC 6238): enrolment, and the checks a login makes. The server
/// secret seals each key (core/crypto/sealed_secret, bound to the account) and keys the recovery
/// codes' hashes; `now` is the clock, replaceable in tests.
class TwoFactor {
 public:
  TwoFactor(std::string server_secret, TwoFactorRule rule, std::function<std::time_t()> now = [] { return std::time(nullptr); });

  /// Whether an account with `rights` must have a second factor before it may use any staff route.
  bool required(const Rights& rights) const;

  /// A new key for the signed-in account, kept (sealed) until confirm; replaces an unconfirmed
  /// one. Error `two_factor_enabled` when the account has a second factor already.
  TwoFactorEnrolment start(pqxx::connection& connection, const store::Account& account) const;

  /// Turns the enrolment on when `code` is the new key's code now, and returns the ten recovery
  /// codes, shown this once; the account's other sessions end. Error `invalid_two_factor_code`
  /// otherwise, `conflict` without an enrolment.
  std::vector<std::string> confirm(pqxx::connection& connection, const store::ActiveSession& session,
                                   const std::string& code) const;

  /// How store::log_in checks `code` against an account's key and recovery codes.
  store::SecondFactorCheck check(const std::string& code) const;

 private:
  std::string secret_;
  TwoFactorRule rule_;
  std::function<std::time_t()> now_;
};

}  // namespace mienskip::app
