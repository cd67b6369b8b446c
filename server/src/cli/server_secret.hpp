#pragma once

#include <string>

namespace mienskip::cli {

/// The secret `mienskip serve` uses, from MIENSKIP_SECRET or the file MIENSKIP_SECRET_FILE names,
/// so that codes a command makes are the ones the server accepts. Throws Error
/// `invalid_configuration` when neither is set or the secret is too short.
std::string server_secret();

}  // namespace mienskip::cli
