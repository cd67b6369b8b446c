#pragma once

#include <pqxx/connection>
#include <string>
#include <string_view>

#include "core/invitations/register_reader.hpp"

namespace mienskip::app {

/// What importing a file of volunteers came to: how many were imported, or the file's problems
/// (then none was).
struct VolunteerImportOutcome {
  std::size_t imported = 0;
  RegisterProblems problems{100};
};

/// Imports staff's file of volunteers who answered their letter on paper or by phone into forum
/// `slug`, all or nothing (core/forum/forum_volunteers reads it against the forum's quota
/// categories; store::import_volunteers checks the codes against the forum's letters, keyed with
/// `secret`, and audits it). The first 100 problems are listed. Throws `not_found`,
/// `sign_up_closed`.
VolunteerImportOutcome import_volunteers(pqxx::connection& connection, const std::string& slug, std::string_view csv,
                                         const std::string& secret, const std::string& actor);

}  // namespace mienskip::app
