#pragma once

#include <map>
#include <optional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/forum/forum_volunteers.hpp"
#include "core/invitations/register_reader.hpp"

namespace mienskip::store {

/// Whether residents can sign up: from the draw until staff close it.
struct SignUpState {
  bool drawn = false;
  std::optional<std::string> closed_at, closed_by;  // ISO 8601 in UTC
  bool open() const { return drawn && !closed_at; }
};

/// A volunteer as stored. Contact details are personal data: shown to admins only, never logged.
struct StoredVolunteer {
  int number = 0;
  std::map<std::string, std::string> answers;
  std::optional<std::string> name, email, phone;
  std::string source;  // sign_up or import
  std::string registered_at;
  std::optional<std::string> withdrawn_at;
  std::optional<std::string> contact_deleted_at;  // the contact details were removed then
};

/// The forum's sign-up state. Throws Error `not_found` for no such forum.
SignUpState find_sign_up(pqxx::connection& connection, const std::string& slug);

/// A forum's volunteers in order of registration, with the state of its sign-up and the number
/// of invitations sent. Throws Error `not_found` for no such forum.
struct ForumVolunteers {
  SignUpState sign_up;
  long long invitations = 0;
  bool panel_drawn = false;  // from then on the volunteers stay as the panel was drawn from them
  bool pool_final = false;   // a run is fixed or the panel drawn: no withdrawal, no reopened sign-up
  std::vector<StoredVolunteer> volunteers;
};
ForumVolunteers list_volunteers(pqxx::connection& connection, const std::string& slug);

/// A volunteer about to be stored: the HMAC of their letter's code (invitation_code_hash), their
/// answers (already checked against the quotas) and contact details.
struct NewVolunteer {
  long row = 0;  // in an import file, for its problems
  std::string code_hash;
  std::map<std::string, std::string> answers;
  VolunteerContact contact;
};

/// A resident's own sign-up, in one transaction under a lock on the forum row (so numbers follow
/// the order of registration). Returns the new volunteer's number and audits it
/// (`forum.volunteer_signed_up`, with the volunteer id only). Throws Error `sign_up_closed`
/// (before the draw, or closed by staff), `unknown_code` (no letter of this forum has the code),
/// `already_signed_up` (the letter was answered before), `invalid_volunteer` (the quotas changed
/// since the answers were checked), `not_found`.
int sign_up(pqxx::connection& connection, const std::string& slug, const NewVolunteer& volunteer);

/// Staff's import, all or nothing in one transaction: codes of no letter of this forum, and
/// letters answered before, are added to `problems`; when there are any (or were before), nothing
/// is stored and 0 is returned. Otherwise the volunteers get the next numbers in file order and
/// the import is audited (`forum.volunteers_imported`: count, first and last id). Throws
/// `sign_up_closed`, `not_found`.
std::size_t import_volunteers(pqxx::connection& connection, const std::string& slug,
                              const std::vector<NewVolunteer>& volunteers, RegisterProblems& problems,
                              const std::string& actor);

/// Marks a volunteer as withdrawn (they stay listed; numbers are never reused), deletes their
/// contact details with it, and audits it (`forum.volunteer_withdrawn`, with the id). Throws `not_found`, `already_withdrawn`.
StoredVolunteer withdraw_volunteer(pqxx::connection& connection, const std::string& slug, int number,
                                   const std::string& actor);

/// Removes one volunteer's name, email and phone (a resident who asks to be forgotten) and audits
/// it (`forum.volunteer_contact_deleted`, with the id). Before the panel is drawn the volunteer
/// also leaves the pool (withdrawn), since no one could tell them they were selected. The comments
/// callers recorded on a panel member go too. Deleting again changes nothing. Throws `not_found`.
StoredVolunteer delete_volunteer_contact(pqxx::connection& connection, const std::string& slug, int number,
                                         const std::string& actor);

/// Whose contact details stay when the volunteers' details are deleted: the current panel's
/// (members and alternates drawn so far), or no one's.
enum class KeepContacts { panel, none };
struct DeletedContacts {
  long long deleted = 0;  // volunteers whose details were removed now
  long long kept = 0;     // panel members whose details stay
};

/// Removes the contact details of every volunteer but those kept, and the comments recorded on
/// panel members not kept (store/panel_statuses), in one transaction, and audits
/// it (`forum.volunteer_contacts_deleted`: counts only). Keeping the panel needs a drawn panel
/// (else `no_panel`); keeping no one needs the sign-up closed (else `sign_up_open`). Throws
/// `not_found`.
DeletedContacts delete_volunteer_contacts(pqxx::connection& connection, const std::string& slug, KeepContacts keep,
                                          const std::string& actor);

/// Closes (open = false) or reopens the sign-up and audits a change (`forum.sign_up_closed`,
/// `forum.sign_up_opened`); doing what is already done changes nothing. Throws `no_draw` before
/// the draw, `not_found`.
SignUpState set_sign_up_open(pqxx::connection& connection, const std::string& slug, bool open, const std::string& actor);

}  // namespace mienskip::store
