// Rights that follow the task (issue 20, item 4): what each role may do, stated case by case, and
// the names the API and the database use for them.
#include "core/accounts/rights.hpp"

#include <boost/test/unit_test.hpp>
#include <map>
#include <string>
#include <vector>

#include "core/base/error.hpp"

using namespace mienskip;

namespace {

struct Profile {
  const char* name;
  Rights rights;
};

// Each account has its task (if any) on the forum "energie" or the survey "energie": the same
// slug on purpose, so a survey's task cannot open the forum of that name, nor the other way round.
std::vector<Profile> profiles() {
  return {{"admin", {Role::admin, {}}},
          {"analyst", {Role::analyst, {}}},
          {"none", {Role::none, {}}},
          {"forum_manager", {Role::none, {{Scope::forum, "energie", TaskRole::forum_manager}}}},
          {"caller", {Role::none, {{Scope::forum, "energie", TaskRole::caller}}}},
          {"survey_manager", {Role::none, {{Scope::survey, "energie", TaskRole::survey_manager}}}},
          {"survey_analyst", {Role::none, {{Scope::survey, "energie", TaskRole::survey_analyst}}}},
          // A municipality-wide analyst who also runs one forum.
          {"analyst+forum_manager", {Role::analyst, {{Scope::forum, "energie", TaskRole::forum_manager}}}}};
}

const std::vector<Need> needs = {Need::anyone,     Need::staff,       Need::admin,        Need::forum_manage,
                                 Need::forum_call, Need::survey_read, Need::survey_manage};

// The rule, written out: which needs each profile meets on "energie" ('1') and on another forum
// or survey ("andere"); columns in the order of `needs`.
const std::map<std::string, std::pair<std::string, std::string>> expected = {
    //                          energie    andere
    {"admin",                 {"1111111", "1111111"}},
    {"analyst",               {"1100010", "1100010"}},
    {"none",                  {"1100000", "1100000"}},
    {"forum_manager",         {"1101100", "1100000"}},
    {"caller",                {"1100100", "1100000"}},
    {"survey_manager",        {"1100011", "1100000"}},
    {"survey_analyst",        {"1100010", "1100000"}},
    {"analyst+forum_manager", {"1101110", "1100010"}},
};

std::string row(const Rights& rights, const std::string& slug) {
  std::string result;
  for (const auto need : needs) result += allows(rights, need, slug) ? '1' : '0';
  return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rights)

BOOST_AUTO_TEST_CASE(each_role_meets_exactly_the_needs_of_its_task) {
  for (const auto& profile : profiles()) {
    const auto& [own, other] = expected.at(profile.name);
    BOOST_TEST(row(profile.rights, "energie") == own, profile.name << " on energie");
    BOOST_TEST(row(profile.rights, "andere") == other, profile.name << " on another");
  }
}

BOOST_AUTO_TEST_CASE(personal_data_is_reached_by_admins_and_every_forum_task) {
  std::map<std::string, bool> reaches;
  for (const auto& profile : profiles()) reaches[profile.name] = reaches_personal_data(profile.rights);
  BOOST_TEST(reaches["admin"]);
  BOOST_TEST(reaches["forum_manager"]);
  BOOST_TEST(reaches["caller"]);  // names and telephone numbers
  BOOST_TEST(reaches["analyst+forum_manager"]);
  BOOST_TEST(!reaches["analyst"]);
  BOOST_TEST(!reaches["none"]);
  BOOST_TEST(!reaches["survey_manager"]);
  BOOST_TEST(!reaches["survey_analyst"]);
}

BOOST_AUTO_TEST_CASE(names_read_back_and_a_role_belongs_to_its_scope) {
  for (const auto role : {Role::admin, Role::analyst, Role::none}) BOOST_TEST((parse_role(role_name(role)) == role));
  BOOST_TEST(!parse_role("Admin").has_value());
  BOOST_TEST(!parse_role("").has_value());
  for (const auto scope : {Scope::forum, Scope::survey}) BOOST_TEST((parse_scope(scope_name(scope)) == scope));
  BOOST_TEST((parse_task_role(Scope::forum, "forum_manager") == TaskRole::forum_manager));
  BOOST_TEST((parse_task_role(Scope::forum, "caller") == TaskRole::caller));
  BOOST_TEST((parse_task_role(Scope::survey, "survey_manager") == TaskRole::survey_manager));
  BOOST_TEST((parse_task_role(Scope::survey, "analyst") == TaskRole::survey_analyst));
  // A role of the other scope is no role here.
  BOOST_TEST(!parse_task_role(Scope::forum, "analyst").has_value());
  BOOST_TEST(!parse_task_role(Scope::forum, "survey_manager").has_value());
  BOOST_TEST(!parse_task_role(Scope::survey, "caller").has_value());
  BOOST_TEST(!parse_task_role(Scope::survey, "forum_manager").has_value());
  for (const auto role : {TaskRole::forum_manager, TaskRole::caller}) {
    BOOST_TEST((parse_task_role(Scope::forum, task_role_name(role)) == role));
  }
  for (const auto role : {TaskRole::survey_manager, TaskRole::survey_analyst}) {
    BOOST_TEST((parse_task_role(Scope::survey, task_role_name(role)) == role));
  }
  BOOST_TEST(std::string(need_name(Need::forum_call)) == "forum_call");
}

BOOST_AUTO_TEST_CASE(one_task_per_forum_or_survey) {
  check_grants({{Scope::forum, "energie", TaskRole::caller}, {Scope::survey, "energie", TaskRole::survey_analyst}});
  try {
    check_grants({{Scope::forum, "energie", TaskRole::caller}, {Scope::forum, "energie", TaskRole::forum_manager}});
    BOOST_FAIL("two tasks on one forum were accepted");
  } catch (const Error& e) {
    BOOST_TEST(e.code() == "invalid_grant");
  }
}

BOOST_AUTO_TEST_SUITE_END()
