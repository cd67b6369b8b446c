#pragma once

#include <pqxx/connection>
#include <string>
#include <string_view>
#include <vector>

#include "core/forum/recruitment.hpp"
#include "core/invitations/register_reader.hpp"

namespace mienskip::app {

/// What importing a file of volunteers came to: how many were imported, or the file's problems
/// (then none was).
struct VolunteerImportOutcome {
  std::size_t imported = 0;
  RegisterProblems problems{100};
  TextEncoding encoding = TextEncoding::utf8;  // how the file was written, for staff to be told
  std::vector<std::string> ignored_columns;     // columns the file has that were not read
};

/// Imports staff's file of volunteers who answered their letter on paper or by phone into forum
/// `slug`, all or nothing (core/forum/volunteer_import reads it against the forum's quota
/// categories; store::import_volunteers checks the codes against the forum's letters, keyed with
/// `secret`, and audits it). The first 100 problems are listed. Throws `not_found`,
/// `sign_up_closed`.
VolunteerImportOutcome import_volunteers(pqxx::connection& connection, const std::string& slug, std::string_view csv,
                                         const std::string& secret, const std::string& actor);

/// The forum's recruitment while sign-up runs (issue 22, item 1): per stratum of its letters, the
/// letters sent and the volunteers they brought in, lowest response first; and the register
/// column the letters were stratified by (empty: one stratum).
struct ForumRecruitment {
  Recruitment recruitment;
  std::string stratify_by;
};

/// Throws Error `no_draw` before the invitations are drawn, `not_found` for no such forum.
ForumRecruitment forum_recruitment(pqxx::connection& connection, const std::string& slug);

}  // namespace mienskip::app
