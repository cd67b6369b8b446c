// Staff's import of volunteers who signed up on paper (CSV with the letter's code, the answers to
// the quota questions and contact details, in UTF-8 or Windows-1252), against a forum with two
// quota categories. The only refusal thrown is csv_malformed; every other problem is collected,
// with a code. Every volunteer read must have a letter code, one of the quotas' values (as the
// quotas spell it) per category and storable contacts.
#include <set>

#include "core/base/error.hpp"
#include "core/forum/volunteer_import.hpp"
#include "core/invitations/invitation_code.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

QuotaCategory category(const std::string& name, const std::vector<std::string>& values) {
  const auto n = values.size();
  return {name, values, std::vector<int>(n, 1), std::vector<int>(n, 3), std::vector<int>(n, 0), std::vector<int>(n, -1)};
}

const std::vector<QuotaCategory> quotas = {category("Leeftijd", {"16-34", "35-64", "65+"}),
                                           category("Geslacht", {"vrouw", "man"})};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  VolunteerImport import;
  try {
    import = read_volunteer_import(fuzz::text_of(data, size), quotas);
  } catch (const Error& e) {
    fuzz::require(e.code() == "csv_malformed");
    return 0;
  }
  fuzz::require(!import.volunteers.empty() || import.problems.total() > 0);
  std::set<std::string> codes;
  for (const auto& volunteer : import.volunteers) {
    fuzz::require(volunteer.row > 1);
    fuzz::require(normalise_invitation_code(volunteer.code) == volunteer.code);
    fuzz::require(codes.insert(volunteer.code).second);
    fuzz::require(volunteer.answers.size() == quotas.size());
    for (const auto& quota : quotas) {
      const auto& answer = volunteer.answers.at(quota.name);
      fuzz::require(std::find(quota.values.begin(), quota.values.end(), answer) != quota.values.end());
    }
    for (const auto* text : {&volunteer.contact.name, &volunteer.contact.email, &volunteer.contact.phone}) {
      fuzz::require(fuzz::storable_text(*text) && text->find('\n') == std::string::npos);
    }
  }
  for (const auto& problem : import.problems.first()) {
    fuzz::require(problem.row >= 1 && !problem.code.empty() && !problem.message.empty() && problem.params.is_object());
  }
  for (const auto& column : import.ignored_columns) fuzz::require(fuzz::storable_text(column) && !column.empty());
  return 0;
}
