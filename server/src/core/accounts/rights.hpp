#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mienskip {

/// What an account may do everywhere in the municipality: administer it (accounts, new forums
/// and surveys, every forum and survey), read every survey, or nothing beyond its tasks (Grant).
enum class Role { admin, analyst, none };
std::string role_name(Role role);
std::optional<Role> parse_role(const std::string& name);

/// What a task is about: one forum (its lottery) or one survey.
enum class Scope { forum, survey };
std::string scope_name(Scope scope);
std::optional<Scope> parse_scope(const std::string& name);

/// The roles a task can give, each on one forum or one survey:
/// - forum_manager: runs that forum's lottery (register, quotas, draw, letters, volunteers, selection, panel);
/// - caller: sees that forum's panel, names and contact details only, to call its members;
/// - survey_manager: runs that survey (texts, codes, opening and closing, margins, deletions) and reads it;
/// - survey_analyst: reads that survey's results, report and exports.
enum class TaskRole { forum_manager, caller, survey_manager, survey_analyst };
/// "forum_manager", "caller", "survey_manager" or "analyst" (a survey's analyst reads as the
/// municipality's analyst does, for one survey).
std::string task_role_name(TaskRole role);
/// The role of that name on a task of `scope`; nullopt when the name means no role there.
std::optional<TaskRole> parse_task_role(Scope scope, const std::string& name);

/// A task given to an account: a role on one forum or survey, named by its slug.
struct Grant {
  Scope scope = Scope::forum;
  std::string slug;
  TaskRole role = TaskRole::caller;
};

/// What a route needs, declared with it in the route table. The `{slug}` in the route's address
/// names the forum or survey that the forum_* and survey_* needs are about.
enum class Need {
  anyone,         ///< no session
  staff,          ///< any signed-in account (what it answers is filtered by Rights)
  admin,          ///< the municipality's admin
  forum_manage,   ///< admin, or forum_manager of the forum
  forum_call,     ///< admin, or forum_manager or caller of the forum
  survey_read,    ///< admin, the municipality's analyst, or survey_manager or analyst of the survey
  survey_manage,  ///< admin, or survey_manager of the survey
};
/// "anyone", "staff", "admin", "forum_manage", "forum_call", "survey_read" or "survey_manage".
const char* need_name(Need need);

/// Everything an account may do: its municipality-wide role and its tasks.
struct Rights {
  Role role = Role::none;
  std::vector<Grant> grants;
};

/// Whether `rights` meet `need` for the forum or survey `slug` (ignored by anyone, staff and admin).
/// This one function is the rule every staff route is held to (tests/unit/rights_test.cpp states
/// it case by case; tests/http/auth_test.cpp tries every route with every role).
bool allows(const Rights& rights, Need need, const std::string& slug = "");

/// Whether the account sees residents' personal data anywhere: admins do, and so does every forum
/// task (a register, volunteers' contact details, the panel's names and numbers). Two-factor
/// sign-in is required for such accounts (app::TwoFactorRule::admins).
bool reaches_personal_data(const Rights& rights);

/// Checks a set of tasks to replace an account's: one task per forum or survey. Throws Error
/// `invalid_grant` naming the forum or survey given twice.
void check_grants(const std::vector<Grant>& grants);

}  // namespace mienskip
