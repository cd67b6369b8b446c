#include "cli/server_secret.hpp"

#include <cstdlib>

#include "cli/files.hpp"
#include "cli/serve_config.hpp"
#include "core/base/error.hpp"

namespace mienskip::cli {

std::string server_secret() {
  if (const char* secret = std::getenv("MIENSKIP_SECRET")) return validated_secret(secret, "MIENSKIP_SECRET");
  if (const char* file = std::getenv("MIENSKIP_SECRET_FILE")) {
    return validated_secret(read_file(file), std::string("the secret file ") + file);
  }
  throw Error(error_codes::invalid_configuration,
              "no server secret: set MIENSKIP_SECRET or MIENSKIP_SECRET_FILE to the secret `mienskip serve` uses");
}

}  // namespace mienskip::cli
