#include "app/two_factor.hpp"

#include <utility>

#include "app/qr_svg.hpp"
#include "core/accounts/recovery_codes.hpp"
#include "core/base/error.hpp"
#include "core/crypto/sealed_secret.hpp"
#include "core/crypto/totp.hpp"
#include "store/account_two_factor.hpp"

namespace mienskip::app {

namespace {

constexpr const char* purpose = "totp-key";
constexpr const char* issuer = "Mienskip";

Error wrong_code() {
  return Error(error_codes::invalid_two_factor_code,
               "The code is not right, or was used already. Type the code your authenticator app shows now.");
}

}  // namespace

TwoFactor::TwoFactor(std::string server_secret, TwoFactorRule rule, std::function<std::time_t()> now)
    : secret_(std::move(server_secret)), rule_(rule), now_(std::move(now)) {}

bool TwoFactor::required(const Rights& rights) const {
  if (rule_ == TwoFactorRule::optional) return false;
  return rule_ == TwoFactorRule::staff || reaches_personal_data(rights);
}

TwoFactorEnrolment TwoFactor::start(pqxx::connection& connection, const store::Account& account) const {
  const std::string key = new_totp_key();
  store::start_two_factor_enrolment(connection, account, seal_secret(secret_, purpose, std::to_string(account.id), key));
  const std::string uri = totp_uri(key, issuer, account.email);
  return {totp_key_base32(key), uri, qr_svg(uri)};
}

std::vector<std::string> TwoFactor::confirm(pqxx::connection& connection, const store::ActiveSession& session,
                                            const std::string& code) const {
  const store::Account& account = session.account;
  const auto sealed = store::pending_two_factor_key(connection, account.id);
  if (!sealed) throw Error(error_codes::conflict, "Start setting up two-factor sign-in first.");
  const auto key = open_secret(secret_, purpose, std::to_string(account.id), *sealed);
  if (!key) throw Error(error_codes::conflict, "This set-up cannot be read any more (was the server secret changed?); start again.");
  const auto step = totp_step_of(*key, code, now_(), std::nullopt);
  if (!step) throw wrong_code();
  auto codes = new_recovery_codes();
  std::vector<std::string> hashes;
  for (const auto& recovery : codes) {
    hashes.push_back(recovery_code_hash(secret_, account.id, *normalise_recovery_code(recovery)));
  }
  store::enable_two_factor(connection, session, *sealed, *step, hashes);
  return codes;
}

store::SecondFactorCheck TwoFactor::check(const std::string& code) const {
  store::SecondFactorCheck check;
  check.code = code;
  check.totp_step = [this, code](long long account_id, const std::string& sealed, std::optional<std::int64_t> last) {
    const auto key = open_secret(secret_, purpose, std::to_string(account_id), sealed);
    return key ? totp_step_of(*key, code, now_(), last) : std::nullopt;
  };
  check.recovery_hash = [this, code](long long account_id) -> std::optional<std::string> {
    const auto normalised = normalise_recovery_code(code);
    if (!normalised) return std::nullopt;
    return recovery_code_hash(secret_, account_id, *normalised);
  };
  return check;
}

}  // namespace mienskip::app
