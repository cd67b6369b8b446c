#include "store/forum_volunteers.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "core/forum/forum_settings.hpp"
#include "store/audit_log.hpp"
#include "store/forum_selection.hpp"
#include "store/forum_selection_runs.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

// The forum row, locked when `lock`: sign-ups and imports take their numbers under this lock.
struct ForumRow {
  long long id = 0;
  std::vector<QuotaCategory> categories;
  SignUpState sign_up;
};

ForumRow forum_row(pqxx::transaction_base& tx, const std::string& slug, bool lock) {
  const auto rows = tx.exec_params(
      std::string("SELECT f.id, f.categories::text, to_char(f.sign_up_closed_at AT TIME ZONE 'UTC', ") + utc_format +
          "), f.sign_up_closed_by, EXISTS (SELECT 1 FROM forum_draws d WHERE d.forum_id = f.id AND d.seed IS NOT NULL) "
          "FROM forums f WHERE f.slug = $1" + (lock ? " FOR UPDATE" : ""),
      slug);
  if (rows.empty()) throw Error(error_codes::not_found, "There is no forum '" + slug + "'.");
  ForumRow forum;
  forum.id = rows[0][0].as<long long>();
  // Stored only after check_quota_categories accepted them, so they read back the same.
  auto categories = check_quota_categories(nlohmann::json::parse(rows[0][1].as<std::string>()));
  if (!categories.value) throw std::runtime_error("forum " + slug + " has unreadable quotas");
  forum.categories = std::move(*categories.value);
  if (!rows[0][2].is_null()) {
    forum.sign_up.closed_at = rows[0][2].as<std::string>();
    forum.sign_up.closed_by = rows[0][3].as<std::string>();
  }
  forum.sign_up.drawn = rows[0][4].as<bool>();
  return forum;
}

void refuse_unless_open(const ForumRow& forum, const std::string& slug) {
  if (!forum.sign_up.drawn) {
    throw Error(error_codes::sign_up_closed, "Forum '" + slug + "' has not drawn its invitations yet: no one can sign up before the draw.");
  }
  if (forum.sign_up.closed_at) throw Error(error_codes::sign_up_closed, "The sign-up of forum '" + slug + "' is closed.");
}

int next_number(pqxx::transaction_base& tx, long long forum_id) {
  return tx.exec_params("SELECT coalesce(max(number), 0) + 1 FROM forum_volunteers WHERE forum_id = $1", forum_id)[0][0]
      .as<int>();
}

std::optional<std::string> optional_text(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

void insert(pqxx::transaction_base& tx, long long forum_id, int number, int draw_order, const NewVolunteer& volunteer,
            const std::optional<std::string>& registered_by) {
  tx.exec_params(
      "INSERT INTO forum_volunteers (forum_id, number, draw_order, answers, name, email, phone, source, registered_by) "
      "VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9)",
      forum_id, number, draw_order, nlohmann::json(volunteer.answers).dump(), optional_text(volunteer.contact.name),
      optional_text(volunteer.contact.email), optional_text(volunteer.contact.phone),
      registered_by ? "import" : "sign_up", registered_by);
}

const std::string volunteer_columns =
    std::string("v.number, v.answers::text, v.name, v.email, v.phone, v.source, to_char(v.registered_at AT TIME ZONE 'UTC', ") +
    utc_format + "), to_char(v.withdrawn_at AT TIME ZONE 'UTC', " + utc_format + "), to_char(v.contact_deleted_at AT TIME ZONE 'UTC', " +
    utc_format + ")";

StoredVolunteer volunteer_from(const pqxx::row& row) {
  auto optional = [](const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
  };
  StoredVolunteer volunteer;
  volunteer.number = row[0].as<int>();
  volunteer.answers = nlohmann::json::parse(row[1].as<std::string>()).get<std::map<std::string, std::string>>();
  volunteer.name = optional(row[2]);
  volunteer.email = optional(row[3]);
  volunteer.phone = optional(row[4]);
  volunteer.source = row[5].as<std::string>();
  volunteer.registered_at = row[6].as<std::string>();
  volunteer.withdrawn_at = optional(row[7]);
  volunteer.contact_deleted_at = optional(row[8]);
  return volunteer;
}

}  // namespace

SignUpState find_sign_up(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return forum_row(read, slug, false).sign_up;
}

ForumVolunteers list_volunteers(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto forum = forum_row(read, slug, false);
  ForumVolunteers result;
  result.sign_up = forum.sign_up;
  result.invitations =
      read.exec_params("SELECT count(*) FROM forum_invitations WHERE forum_id = $1", forum.id)[0][0].as<long long>();
  result.panel_drawn = panel_exists(read, forum.id);
  result.pool_final = pool_is_final(read, forum.id);
  for (const auto& row : read.exec_params(
           "SELECT " + volunteer_columns + " FROM forum_volunteers v WHERE v.forum_id = $1 ORDER BY v.number", forum.id)) {
    result.volunteers.push_back(volunteer_from(row));
  }
  return result;
}

int sign_up(pqxx::connection& connection, const std::string& slug, const NewVolunteer& volunteer) {
  pqxx::work work(connection);
  const auto forum = forum_row(work, slug, true);
  refuse_unless_open(forum, slug);
  if (!check_volunteer_answers(forum.categories, volunteer.answers).empty()) {
    throw Error(error_codes::invalid_volunteer, "The quota questions of this forum changed meanwhile; please answer them again.");
  }
  const auto letter = work.exec_params(
      "SELECT i.draw_order, v.number FROM forum_invitations i "
      "LEFT JOIN forum_volunteers v ON v.forum_id = i.forum_id AND v.draw_order = i.draw_order "
      "WHERE i.forum_id = $1 AND i.code_hash = $2",
      forum.id, volunteer.code_hash);
  if (letter.empty()) throw Error(error_codes::unknown_code, "No invitation letter of this forum has this code.");
  if (!letter[0][1].is_null()) throw Error(error_codes::already_signed_up, "Someone has already signed up with this letter.");
  const int number = next_number(work, forum.id);
  insert(work, forum.id, number, letter[0][0].as<int>(), volunteer, std::nullopt);
  audit(work, "resident", "forum.volunteer_signed_up", "forum:" + slug, {{"volunteer", volunteer_id(number)}});
  work.commit();
  return number;
}

std::size_t import_volunteers(pqxx::connection& connection, const std::string& slug,
                              const std::vector<NewVolunteer>& volunteers, RegisterProblems& problems,
                              const std::string& actor) {
  pqxx::work work(connection);
  const auto forum = forum_row(work, slug, true);
  refuse_unless_open(forum, slug);
  // Hashes are hex, so the array literal needs no quoting.
  std::string hashes = "{";
  for (std::size_t i = 0; i < volunteers.size(); ++i) hashes += (i ? "," : "") + volunteers[i].code_hash;
  hashes += "}";
  const auto letters = work.exec_params(
      "SELECT i.draw_order, v.number FROM unnest($2::text[]) WITH ORDINALITY AS c(hash, n) "
      "LEFT JOIN forum_invitations i ON i.forum_id = $1 AND i.code_hash = c.hash "
      "LEFT JOIN forum_volunteers v ON v.forum_id = i.forum_id AND v.draw_order = i.draw_order ORDER BY c.n",
      forum.id, hashes);
  std::vector<RegisterProblem> found;
  for (std::size_t i = 0; i < volunteers.size(); ++i) {
    if (letters[i][0].is_null()) {
      found.push_back({volunteers[i].row, "code", "unknown_letter", "no invitation letter of this forum has this code"});
    } else if (!letters[i][1].is_null()) {
      const auto volunteer = volunteer_id(letters[i][1].as<int>());
      found.push_back({volunteers[i].row, "code", "letter_answered",
                       "this letter has already been answered (volunteer " + volunteer + ")", {{"volunteer", volunteer}}});
    }
  }
  const auto found_total = found.size();
  problems.merge(std::move(found), found_total);
  if (problems.total() > 0) return 0;
  const int first = next_number(work, forum.id);
  for (std::size_t i = 0; i < volunteers.size(); ++i) {
    insert(work, forum.id, first + static_cast<int>(i), letters[i][0].as<int>(), volunteers[i], actor);
  }
  audit(work, actor, "forum.volunteers_imported", "forum:" + slug,
        {{"count", volunteers.size()},
         {"first", volunteer_id(first)},
         {"last", volunteer_id(first + static_cast<int>(volunteers.size()) - 1)}});
  work.commit();
  return volunteers.size();
}

StoredVolunteer withdraw_volunteer(pqxx::connection& connection, const std::string& slug, int number,
                                   const std::string& actor) {
  pqxx::work work(connection);
  const auto forum = forum_row(work, slug, true);
  const auto rows = work.exec_params(
      "SELECT " + volunteer_columns + " FROM forum_volunteers v WHERE v.forum_id = $1 AND v.number = $2", forum.id, number);
  if (rows.empty()) throw Error(error_codes::not_found, "Forum '" + slug + "' has no volunteer " + volunteer_id(number) + ".");
  refuse_when_pool_final(work, forum.id, slug, "its pool stays as published; a panel member who drops out is replaced with Dropouts instead");
  if (!rows[0][7].is_null()) {
    throw Error(error_codes::already_withdrawn, "Volunteer " + volunteer_id(number) + " has already withdrawn.");
  }
  // Whoever withdraws is not contacted again: their contact details go with the withdrawal. The
  // answers stay, as the published pool and its hashes hold them.
  work.exec_params(
      "UPDATE forum_volunteers SET withdrawn_at = now(), name = NULL, email = NULL, phone = NULL, "
      "contact_deleted_at = coalesce(contact_deleted_at, now()) WHERE forum_id = $1 AND number = $2",
      forum.id, number);
  audit(work, actor, "forum.volunteer_withdrawn", "forum:" + slug,
        {{"volunteer", volunteer_id(number)}, {"contact_deleted", true}});
  auto withdrawn = volunteer_from(work.exec_params(
      "SELECT " + volunteer_columns + " FROM forum_volunteers v WHERE v.forum_id = $1 AND v.number = $2", forum.id, number)[0]);
  work.commit();
  return withdrawn;
}

StoredVolunteer delete_volunteer_contact(pqxx::connection& connection, const std::string& slug, int number,
                                         const std::string& actor) {
  pqxx::work work(connection);
  const auto forum = forum_row(work, slug, true);
  const auto select = "SELECT " + volunteer_columns + " FROM forum_volunteers v WHERE v.forum_id = $1 AND v.number = $2";
  const auto rows = work.exec_params(select, forum.id, number);
  if (rows.empty()) throw Error(error_codes::not_found, "Forum '" + slug + "' has no volunteer " + volunteer_id(number) + ".");
  const auto volunteer = volunteer_from(rows[0]);
  if (volunteer.contact_deleted_at) return volunteer;
  // Before the selection is fixed, a volunteer who cannot be reached cannot be on the panel: they
  // leave the pool. After, the pool stays as published (a member who leaves is replaced with Dropouts).
  const bool withdraw = !volunteer.withdrawn_at && !pool_is_final(work, forum.id);
  work.exec_params(
      "UPDATE forum_volunteers SET name = NULL, email = NULL, phone = NULL, contact_deleted_at = now(), "
      "withdrawn_at = CASE WHEN $3 THEN now() ELSE withdrawn_at END WHERE forum_id = $1 AND number = $2",
      forum.id, number, withdraw);
  // What callers noted of a panel member goes with the member's contact details.
  work.exec_params("UPDATE forum_panel_statuses SET comment = NULL WHERE forum_id = $1 AND number = $2", forum.id, number);
  audit(work, actor, "forum.volunteer_contact_deleted", "forum:" + slug,
        {{"volunteer", volunteer_id(number)}, {"withdrawn", withdraw}});
  auto deleted = volunteer_from(work.exec_params(select, forum.id, number)[0]);
  work.commit();
  return deleted;
}

DeletedContacts delete_volunteer_contacts(pqxx::connection& connection, const std::string& slug, KeepContacts keep,
                                          const std::string& actor) {
  pqxx::work work(connection);
  const auto forum = forum_row(work, slug, true);
  std::vector<int> kept_numbers;
  if (keep == KeepContacts::panel) {
    // The panel as it is now, alternates included, read under the lock that new rounds also take.
    const auto panel = read_panel(work, forum.id);
    if (!panel) throw Error(error_codes::no_panel, "The panel of forum '" + slug + "' has not been drawn yet: its members' details are still to be chosen.");
    for (const auto& id : panel->current()) kept_numbers.push_back(*volunteer_number(id));
  } else if (!forum.sign_up.closed_at) {
    throw Error(error_codes::sign_up_open, "Sign-up for forum '" + slug + "' is still open: close it before deleting every volunteer's details.");
  }
  const nlohmann::json kept = kept_numbers;
  DeletedContacts result;
  result.deleted = work.exec_params(
                           "UPDATE forum_volunteers SET name = NULL, email = NULL, phone = NULL, contact_deleted_at = now() "
                           "WHERE forum_id = $1 AND (name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL) "
                           "AND number NOT IN (SELECT jsonb_array_elements_text($2::jsonb)::int)",
                           forum.id, kept.dump())
                       .affected_rows();
  work.exec_params("UPDATE forum_panel_statuses SET comment = NULL WHERE forum_id = $1 "
                   "AND number NOT IN (SELECT jsonb_array_elements_text($2::jsonb)::int)",
                   forum.id, kept.dump());
  result.kept = static_cast<long long>(kept_numbers.size());
  audit(work, actor, "forum.volunteer_contacts_deleted", "forum:" + slug,
        {{"keep", keep == KeepContacts::panel ? "panel" : "none"}, {"deleted", result.deleted}, {"kept", result.kept}});
  work.commit();
  return result;
}

SignUpState set_sign_up_open(pqxx::connection& connection, const std::string& slug, bool open, const std::string& actor) {
  pqxx::work work(connection);
  const auto forum = forum_row(work, slug, true);
  if (!forum.sign_up.drawn) {
    throw Error(error_codes::no_draw, "The invitations of forum '" + slug + "' have not been drawn yet: the sign-up opens with the draw.");
  }
  if (open == forum.sign_up.open()) return forum.sign_up;
  if (open) refuse_when_pool_final(work, forum.id, slug, "the panel was selected from the volunteers as they were");
  if (open) {
    work.exec_params("UPDATE forums SET sign_up_closed_at = NULL, sign_up_closed_by = NULL WHERE id = $1", forum.id);
  } else {
    work.exec_params("UPDATE forums SET sign_up_closed_at = now(), sign_up_closed_by = $2 WHERE id = $1", forum.id, actor);
  }
  const auto volunteers = work.exec_params(
      "SELECT count(*) FROM forum_volunteers WHERE forum_id = $1 AND withdrawn_at IS NULL", forum.id)[0][0].as<long long>();
  audit(work, actor, open ? "forum.sign_up_opened" : "forum.sign_up_closed", "forum:" + slug,
        {{"volunteers", volunteers}});
  const auto state = forum_row(work, slug, false).sign_up;
  work.commit();
  return state;
}

}  // namespace mienskip::store
