#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "store/accounts.hpp"

namespace mienskip::store {

// A staff member's second factor (docs/staff-accounts.md, "Two-factor sign-in"). Keys reach this
// layer sealed (core/crypto/sealed_secret) and recovery codes as keyed hashes: nothing here can
// read either.

/// Keeps `sealed_key` as the account's enrolment until it is confirmed, replacing an earlier
/// unconfirmed one. Error `two_factor_enabled` when the account already has a second factor.
void start_two_factor_enrolment(pqxx::connection& connection, const Account& account, const std::string& sealed_key);

/// The sealed key of the account's unconfirmed enrolment, if any.
std::optional<std::string> pending_two_factor_key(pqxx::connection& connection, long long account_id);

/// Makes the enrolment `sealed_key` (confirmed by a code of time step `step`) the second factor of
/// the session's account, with `recovery_hashes` as its recovery codes, and ends the account's
/// other sessions (whoever signed in with the password alone before is out); audited as
/// account.two_factor_enabled. Error `conflict` when another enrolment replaced it meanwhile.
void enable_two_factor(pqxx::connection& connection, const ActiveSession& session, const std::string& sealed_key,
                       std::int64_t step, const std::vector<std::string>& recovery_hashes);

/// An admin takes away an account's second factor (a lost phone): key, enrolment and recovery codes
/// go, its sessions end; audited as account.two_factor_reset. Error `not_found`.
void reset_two_factor(pqxx::connection& connection, long long id, const std::string& actor);

}  // namespace mienskip::store
