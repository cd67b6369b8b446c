#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/field_error.hpp"
#include "core/panel/pool.hpp"
#include "core/survey/survey.hpp"

namespace mienskip {

/// A volunteer's public pseudonymous id: `V` and their number within the forum in four digits
/// (V0001; V12345 beyond 9999). It says nothing about the letter or the register row.
std::string volunteer_id(int number);

/// The number in an id volunteer_id wrote; nullopt for anything else (v1, V01, V0000).
std::optional<int> volunteer_number(std::string_view id);

/// How to reach a volunteer when they are selected. Any of them may be empty.
struct VolunteerContact {
  std::string name;
  std::string email;
  std::string phone;
};

/// The answers to the quota questions checked against the forum's categories: one answer per
/// category, each one of its values, and nothing else. Problems are reported under
/// `answers.<category name>` (codes `required`, `unknown_value`, `unknown_category`) in `language`.
std::vector<FieldError> check_volunteer_answers(const std::vector<QuotaCategory>& categories,
                                                const std::map<std::string, std::string>& answers,
                                                Language language = Language::en);

/// Contact details as typed, trimmed: each one line of at most 200 characters (`too_long`,
/// `control_characters`), an email with one @ and a dot after it (`invalid_email`), a phone of 6
/// to 15 digits with spaces, dashes, brackets or a leading + (`invalid_phone`). With
/// `reachable_required`, an email or a phone must be given (`no_contact`, under `email`).
/// Fields: `name`, `email`, `phone`.
std::vector<FieldError> check_volunteer_contact(VolunteerContact& contact, bool reachable_required,
                                                Language language = Language::en);

}  // namespace mienskip
