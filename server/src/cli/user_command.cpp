#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <pqxx/connection>
#include <set>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/database.hpp"
#include "core/base/error.hpp"
#include "core/accounts/account_email.hpp"
#include "core/accounts/password_policy.hpp"
#include "core/crypto/password.hpp"
#include "store/account_admin.hpp"
#include "store/account_two_factor.hpp"
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

constexpr const char* usage =
    "usage: mienskip user add --role admin|analyst|none --email ADDRESS | list | role --email ADDRESS --role "
    "admin|analyst|none | grant --email ADDRESS --forum SLUG --role forum_manager|caller | grant --email ADDRESS "
    "--survey SLUG --role survey_manager|analyst | revoke --email ADDRESS --forum SLUG|--survey SLUG"
    " | disable|enable|end-sessions|remove|reset-two-factor --email ADDRESS | password --email ADDRESS"
    " (passwords on standard input)";

constexpr const char* roles = "--role must be admin, analyst or none";

// The first admin account, made by whoever runs the server: its password is its owner's own.
int add_account(const Arguments& args, pqxx::connection& connection) {
  const auto role = store::parse_role(args.option("role").value_or(""));
  if (!role) throw Error(error_codes::usage, roles);
  const auto email = args.option("email");
  if (!email || email->empty()) throw Error(error_codes::usage, "--email is required");
  const std::string password = read_password();
  check_password_strength(password, normalise_account_email(*email).value_or(""));
  const auto account = store::create_account(connection, *email, *role, hash_password(password), "cli");
  std::cout << "created " << store::role_name(account.role) << " account " << account.email << '\n';
  return 0;
}

int list_accounts(pqxx::connection& connection) {
  std::cout << "email\trole\tstatus\tlast sign-in\tsessions\ttwo-factor\ttasks\n";
  for (const auto& row : store::list_accounts(connection, {})) {
    const std::string status = row.disabled ? "disabled"
                               : row.locked_until ? "locked until " + *row.locked_until
                               : row.account.must_change_password ? "must choose a password"
                                                                   : "active";
    std::cout << row.account.email << '\t' << store::role_name(row.account.role) << '\t' << status << '\t'
              << row.last_login_at.value_or("never") << '\t' << row.sessions << '\t'
              << (row.account.two_factor_enabled ? "on" : "off") << '\t';
    std::string tasks;
    for (const auto& view : row.grants) {
      tasks += (tasks.empty() ? "" : ",") + scope_name(view.grant.scope) + ":" + view.grant.slug + ":" + task_role_name(view.grant.role);
    }
    std::cout << (tasks.empty() ? "-" : tasks) << '\n';
  }
  return 0;
}

// Gives the account a task on one forum or survey (replacing its role there) or takes it away;
// the other tasks stay. "cli" in the audit log, as account.grants_changed.
int change_grants(const std::string& action, const Arguments& args, pqxx::connection& connection) {
  const auto id = store::account_id_of(connection, args.option("email").value_or(""));
  const auto forum = args.option("forum");
  const auto survey = args.option("survey");
  if (forum.has_value() == survey.has_value()) throw Error(error_codes::usage, "name one --forum SLUG or one --survey SLUG");
  const Scope scope = forum ? Scope::forum : Scope::survey;
  const std::string slug = forum ? *forum : *survey;
  std::vector<Grant> grants;
  for (const auto& view : store::find_account(connection, id, {}).grants) {
    if (view.grant.scope != scope || view.grant.slug != slug) grants.push_back(view.grant);
  }
  if (action == "grant") {
    const auto role = parse_task_role(scope, args.option("role").value_or(""));
    if (!role) {
      throw Error(error_codes::usage, forum ? "--role must be forum_manager or caller" : "--role must be survey_manager or analyst");
    }
    grants.push_back({scope, slug, *role});
  }
  store::replace_account_grants(connection, id, grants, "cli");
  std::cout << action << ": done\n";
  return 0;
}

// The changes to one account, named by --email; "cli" in the audit log.
int change_account(const std::string& action, const Arguments& args, pqxx::connection& connection) {
  const auto id = store::account_id_of(connection, args.option("email").value_or(""));
  if (action == "role") {
    const auto role = store::parse_role(args.option("role").value_or(""));
    if (!role) throw Error(error_codes::usage, roles);
    store::set_account_role(connection, id, *role, "cli");
  } else if (action == "disable" || action == "enable") {
    store::set_account_disabled(connection, id, action == "disable", "cli");
  } else if (action == "end-sessions") {
    std::cout << store::end_account_sessions(connection, id, "cli") << " sessions ended\n";
  } else if (action == "remove") {
    store::remove_account(connection, id, "cli");
  } else if (action == "reset-two-factor") {
    store::reset_two_factor(connection, id, "cli");
  } else {  // password: a temporary one, for an owner who forgot theirs
    const std::string password = read_password();
    check_password_strength(password, store::find_account(connection, id, {}).account.email);
    store::require_password_change(connection, id, hash_password(password), "cli");
  }
  std::cout << action << ": done\n";
  return 0;
}

}  // namespace

int user_command(const std::vector<std::string>& raw) {
  static const std::set<std::string> actions = {"add",      "list",     "role",           "grant", "revoke",
                                                "disable",  "enable",   "end-sessions",   "remove", "password",
                                                "reset-two-factor"};
  if (raw.empty() || actions.count(raw[0]) == 0) throw Error(error_codes::usage, usage);
  const auto args = parse_arguments({raw.begin() + 1, raw.end()}, {"role", "email", "forum", "survey", "database-url"});
  const auto connection = connect_database(args);
  if (raw[0] == "add") return add_account(args, *connection);
  if (raw[0] == "list") return list_accounts(*connection);
  if (!args.option("email")) throw Error(error_codes::usage, "--email is required");
  if (raw[0] == "grant" || raw[0] == "revoke") return change_grants(raw[0], args, *connection);
  return change_account(raw[0], args, *connection);
}

}  // namespace mienskip::cli
