#include "core/accounts/rights.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "core/base/error.hpp"

namespace mienskip {

std::string role_name(Role role) {
  switch (role) {
    case Role::admin: return "admin";
    case Role::analyst: return "analyst";
    case Role::none: return "none";
  }
  return "none";
}

std::optional<Role> parse_role(const std::string& name) {
  if (name == "admin") return Role::admin;
  if (name == "analyst") return Role::analyst;
  if (name == "none") return Role::none;
  return std::nullopt;
}

std::string scope_name(Scope scope) { return scope == Scope::forum ? "forum" : "survey"; }

std::optional<Scope> parse_scope(const std::string& name) {
  if (name == "forum") return Scope::forum;
  if (name == "survey") return Scope::survey;
  return std::nullopt;
}

std::string task_role_name(TaskRole role) {
  switch (role) {
    case TaskRole::forum_manager: return "forum_manager";
    case TaskRole::caller: return "caller";
    case TaskRole::survey_manager: return "survey_manager";
    case TaskRole::survey_analyst: return "analyst";
  }
  return "caller";
}

std::optional<TaskRole> parse_task_role(Scope scope, const std::string& name) {
  if (scope == Scope::forum) {
    if (name == "forum_manager") return TaskRole::forum_manager;
    if (name == "caller") return TaskRole::caller;
  } else {
    if (name == "survey_manager") return TaskRole::survey_manager;
    if (name == "analyst") return TaskRole::survey_analyst;
  }
  return std::nullopt;
}

const char* need_name(Need need) {
  switch (need) {
    case Need::anyone: return "anyone";
    case Need::staff: return "staff";
    case Need::admin: return "admin";
    case Need::forum_manage: return "forum_manage";
    case Need::forum_call: return "forum_call";
    case Need::survey_read: return "survey_read";
    case Need::survey_manage: return "survey_manage";
  }
  return "admin";
}

namespace {

// The account's role on the forum or survey `slug`, if it has a task there.
std::optional<TaskRole> task_on(const Rights& rights, Scope scope, const std::string& slug) {
  for (const auto& grant : rights.grants) {
    if (grant.scope == scope && grant.slug == slug) return grant.role;
  }
  return std::nullopt;
}

bool task_allows(const Rights& rights, Need need, const std::string& slug) {
  switch (need) {
    case Need::forum_manage: return task_on(rights, Scope::forum, slug) == TaskRole::forum_manager;
    case Need::forum_call: return task_on(rights, Scope::forum, slug).has_value();
    case Need::survey_manage: return task_on(rights, Scope::survey, slug) == TaskRole::survey_manager;
    case Need::survey_read: return task_on(rights, Scope::survey, slug).has_value();
    default: return false;
  }
}

}  // namespace

bool allows(const Rights& rights, Need need, const std::string& slug) {
  if (need == Need::anyone || need == Need::staff) return true;
  if (rights.role == Role::admin) return true;
  if (need == Need::admin) return false;
  if (need == Need::survey_read && rights.role == Role::analyst) return true;
  return task_allows(rights, need, slug);
}

bool reaches_personal_data(const Rights& rights) {
  return rights.role == Role::admin ||
         std::any_of(rights.grants.begin(), rights.grants.end(), [](const Grant& grant) { return grant.scope == Scope::forum; });
}

void check_grants(const std::vector<Grant>& grants) {
  std::set<std::pair<Scope, std::string>> seen;
  for (const auto& grant : grants) {
    if (!seen.insert({grant.scope, grant.slug}).second) {
      throw Error(error_codes::invalid_grant,
                  "The " + scope_name(grant.scope) + " " + grant.slug.substr(0, 64) + " has two tasks; give one role per " +
                      scope_name(grant.scope) + ".");
    }
  }
}

}  // namespace mienskip
