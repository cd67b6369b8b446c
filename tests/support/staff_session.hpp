#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "support/http_client.hpp"

namespace mienskip::test {

/// The two staff accounts the HTTP tests log in with.
inline const std::string admin_email = "griffie@sudwestfryslan.nl";
inline const std::string admin_password = "een lange zin als wachtwoord";
inline const std::string analyst_email = "analist@sudwestfryslan.nl";
inline const std::string analyst_password = "nog een lange zin voor analyse";

/// Adds the admin and the analyst above to the database at `database_url`.
void add_staff(const std::string& database_url);

/// A fresh database for one test file (see fresh_database) with the admin and the analyst.
struct StaffDatabase {
  std::string url;
  explicit StaffDatabase(const std::string& name);
};

/// A staff session: its cookie and CSRF token.
struct Login {
  std::string cookie;
  std::string csrf;
};

/// Logs in through POST /api/session; fails the test when that is refused.
Login log_in(std::uint16_t port, const std::string& email, const std::string& password);

/// A request as `who` (session cookie and CSRF token), or anonymously when `who` is empty.
Reply staff_request(std::uint16_t port, const std::optional<Login>& who, const std::string& method,
                    const std::string& path, const std::string& body = "",
                    const std::string& content_type = "application/json", bool chunked = false,
                    int timeout_seconds = 20);

/// The `code` of an error reply, or a note saying the reply was no error (so a failed check shows it).
std::string error_code(const Reply& reply);

/// Checks `got` has the structure, strings and booleans of `expected`, and every number within
/// `tolerance`; `where` names the place in failure messages.
void expect_same_json(const nlohmann::json& got, const nlohmann::json& expected, const std::string& where,
                      double tolerance = 1e-9);

}  // namespace mienskip::test
