#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <pqxx/connection>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/database.hpp"
#include "core/base/error.hpp"
#include "core/crypto/password.hpp"
#include "store/accounts.hpp"

namespace mienskip::cli {

namespace {

// From the terminal without echo, or the first line of standard input (for scripts).
std::string read_password() {
  const bool terminal = isatty(STDIN_FILENO);
  termios saved{};
  if (terminal) {
    std::cerr << "Password (at least 12 characters): " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string password;
  std::getline(std::cin, password);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << '\n';
  }
  return password;
}

}  // namespace

int user_command(const std::vector<std::string>& raw) {
  if (raw.empty() || raw[0] != "add") {
    throw Error(error_codes::usage, "usage: mienskip user add --role admin|analyst --email ADDRESS (password on standard input)");
  }
  const auto args = parse_arguments({raw.begin() + 1, raw.end()}, {"role", "email", "database-url"});
  const auto role = store::parse_role(args.option("role").value_or(""));
  if (!role) throw Error(error_codes::usage, "--role must be admin or analyst");
  const auto email = args.option("email");
  if (!email || email->empty()) throw Error(error_codes::usage, "--email is required");
  const std::string password = read_password();
  check_password_strength(password);
  const auto connection = connect_database(args);
  const auto account = store::create_account(*connection, *email, *role, hash_password(password), "cli");
  std::cout << "created " << store::role_name(account.role) << " account " << account.email << '\n';
  return 0;
}

}  // namespace mienskip::cli
