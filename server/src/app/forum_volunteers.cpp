#include "app/forum_volunteers.hpp"

#include "core/base/error.hpp"
#include "core/forum/volunteer_import.hpp"
#include "core/invitations/invitation_code.hpp"
#include "store/forum_draw.hpp"
#include "store/forum_recruitment.hpp"
#include "store/forum_volunteers.hpp"
#include "store/forums.hpp"

namespace mienskip::app {

VolunteerImportOutcome import_volunteers(pqxx::connection& connection, const std::string& slug, std::string_view csv,
                                         const std::string& secret, const std::string& actor) {
  const auto forum = store::existing_forum(connection, slug);
  auto file = read_volunteer_import(csv, forum.settings.categories, 100);
  std::vector<store::NewVolunteer> volunteers;
  volunteers.reserve(file.volunteers.size());
  for (auto& volunteer : file.volunteers) {
    volunteers.push_back({volunteer.row, invitation_code_hash(secret, volunteer.code), std::move(volunteer.answers),
                          std::move(volunteer.contact)});
  }
  // Called also when the file has problems: the store adds those of the codes to the list.
  const auto imported = store::import_volunteers(connection, slug, volunteers, file.problems, actor);
  return {file.problems.total() > 0 ? 0 : imported, std::move(file.problems), file.encoding,
          std::move(file.ignored_columns)};
}

ForumRecruitment forum_recruitment(pqxx::connection& connection, const std::string& slug) {
  const auto draw = store::find_draw(connection, slug);
  if (!draw || !draw->seed) {
    throw Error(error_codes::no_draw, "The invitations of forum '" + slug + "' have not been drawn yet: there is no response to show.");
  }
  return {recruitment(store::stratum_counts(connection, slug)), draw->parameters.stratify_by};
}

}  // namespace mienskip::app
