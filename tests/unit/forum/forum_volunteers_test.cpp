// Burgerforum volunteers (issue 6, step 4) in core: their ids, the checks of a resident's answers
// and contact details, and the Sortition Foundation files the selection and the feasibility check
// read them from. Staff's import file: volunteer_import_test.cpp.
#include <boost/test/unit_test.hpp>
#include <functional>

#include "core/base/error.hpp"
#include "core/forum/forum_pool.hpp"
#include "core/forum/forum_volunteers.hpp"

using namespace mienskip;

namespace {

QuotaCategory category(const std::string& name, const std::vector<std::string>& values, const std::vector<int>& min,
                       const std::vector<int>& max) {
  return {name, values, min, max, std::vector<int>(values.size(), 0), std::vector<int>(values.size(), -1)};
}

const std::vector<QuotaCategory> quotas = {category("Leeftijd", {"16-34", "35-64", "65+"}, {1, 1, 1}, {2, 2, 2}),
                                           category("Geslacht", {"vrouw", "man"}, {1, 1}, {3, 3})};

std::string codes_of(const std::vector<FieldError>& errors) {
  std::string out;
  for (const auto& e : errors) out += e.field + ":" + e.code + " ";
  return out;
}

std::string error_code_of(const std::function<void()>& run) {
  try {
    run();
  } catch (const Error& e) {
    return e.code() + ": " + e.what();
  }
  return "no error";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_volunteers)

BOOST_AUTO_TEST_CASE(ids_are_v_and_four_digits_and_read_back) {
  BOOST_TEST(volunteer_id(1) == "V0001");
  BOOST_TEST(volunteer_id(42) == "V0042");
  BOOST_TEST(volunteer_id(9999) == "V9999");
  BOOST_TEST(volunteer_id(12345) == "V12345");
  BOOST_TEST(volunteer_number("V0001").value_or(-1) == 1);
  BOOST_TEST(volunteer_number("V12345").value_or(-1) == 12345);
  for (const std::string wrong : {"V1", "V0000", "v0001", "V00001", "V001a", "0001", "", "V-001"}) {
    BOOST_TEST(!volunteer_number(wrong).has_value(), wrong);
  }
}

BOOST_AUTO_TEST_CASE(answers_need_one_value_of_each_category_and_nothing_else) {
  BOOST_TEST(check_volunteer_answers(quotas, {{"Leeftijd", "65+"}, {"Geslacht", "man"}}).empty());
  BOOST_TEST(codes_of(check_volunteer_answers(quotas, {{"Leeftijd", "65+"}})) == "answers.Geslacht:required ");
  BOOST_TEST(codes_of(check_volunteer_answers(quotas, {{"Leeftijd", "70"}, {"Geslacht", " "}, {"Wijk", "Noord"}})) ==
             "answers.Leeftijd:unknown_value answers.Geslacht:required answers.Wijk:unknown_category ");
  const auto dutch = check_volunteer_answers(quotas, {{"Geslacht", "man"}}, Language::nl);
  BOOST_TEST_REQUIRE(dutch.size() == 1u);
  BOOST_TEST(dutch[0].message == "Kies een antwoord bij Leeftijd.");
  const auto frisian = check_volunteer_answers(quotas, {{"Leeftijd", "x"}, {"Geslacht", "man"}}, Language::fy);
  BOOST_TEST(frisian[0].message == "Kies ien fan de antwurden by Leeftijd: 16-34, 35-64, 65+.");
}

BOOST_AUTO_TEST_CASE(contact_details_are_trimmed_and_checked) {
  VolunteerContact good{"  Sjoukje de Vries ", " s@example.nl", "+31 6 1234 5678 "};
  BOOST_TEST(check_volunteer_contact(good, true).empty());
  BOOST_TEST(good.name == "Sjoukje de Vries");
  BOOST_TEST(good.email == "s@example.nl");
  BOOST_TEST(good.phone == "+31 6 1234 5678");
  VolunteerContact phone_only{"", "", "0513-123456"};
  BOOST_TEST(check_volunteer_contact(phone_only, true).empty());
  VolunteerContact nothing{"Sjoukje", " ", ""};
  BOOST_TEST(codes_of(check_volunteer_contact(nothing, true)) == "email:no_contact ");
  BOOST_TEST(check_volunteer_contact(nothing, false).empty());
  VolunteerContact wrong{std::string(201, 'a'), "s@example", "06-12+34"};
  BOOST_TEST(codes_of(check_volunteer_contact(wrong, true)) == "name:too_long email:invalid_email phone:invalid_phone ");
  VolunteerContact two_lines{"a\nb", "s@x.nl", ""};
  BOOST_TEST(codes_of(check_volunteer_contact(two_lines, true)) == "name:control_characters ");
  VolunteerContact short_phone{"", "", "12345"};
  BOOST_TEST(codes_of(check_volunteer_contact(short_phone, true)) == "phone:invalid_phone ");
}

BOOST_AUTO_TEST_CASE(the_pool_files_are_the_sortition_foundation_format) {
  const std::vector<QuotaCategory> named = {category("Leeftijd, grof", {"16-34", "65+"}, {0, 1}, {2, 3}),
                                            category("Geslacht", {"vrouw", "man \"x\""}, {1, 1}, {3, 3})};
  const std::vector<ForumVolunteer> volunteers = {{"V0001", {{"Leeftijd, grof", "65+"}, {"Geslacht", "vrouw"}}},
                                                  {"V0003", {{"Leeftijd, grof", "16-34"}, {"Geslacht", "man \"x\""}}}};
  const auto files = forum_pool_files(named, volunteers);
  BOOST_TEST(files.features_csv ==
             "feature,value,min,max\n\"Leeftijd, grof\",16-34,0,2\n\"Leeftijd, grof\",65+,1,3\nGeslacht,vrouw,1,3\n"
             "Geslacht,\"man \"\"x\"\"\",1,3\n");
  BOOST_TEST(files.candidates_csv == "id,\"Leeftijd, grof\",Geslacht\nV0001,65+,vrouw\nV0003,16-34,\"man \"\"x\"\"\"\n");
  const auto pool = forum_pool(named, volunteers);
  BOOST_TEST(pool.ids == (std::vector<std::string>{"V0001", "V0003"}));
  BOOST_TEST(pool.values == (std::vector<std::vector<int>>{{1, 0}, {0, 1}}));
  BOOST_TEST_REQUIRE(pool.categories.size() == 2u);
  BOOST_TEST(pool.categories[0].name == "Leeftijd, grof");
  BOOST_TEST(pool.categories[1].max == (std::vector<int>{3, 3}));
  // An answer the quotas no longer have (they were changed after the sign-up) is refused.
  BOOST_TEST(error_code_of([&] { forum_pool(named, {{"V0001", {{"Leeftijd, grof", "35-64"}, {"Geslacht", "vrouw"}}}}); })
                 .rfind("unknown_value", 0) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
