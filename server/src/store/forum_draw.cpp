#include "store/forum_draw.hpp"

#include <pqxx/pqxx>

#include "core/invitations/invitation_parameters.hpp"
#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/forum_draw_commitments.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

std::optional<StoredDraw> read_draw(pqxx::transaction_base& tx, const std::string& slug) {
  const long long id = forum_id(tx, slug);
  auto versions = read_commitment_versions(tx, id);
  if (versions.empty()) return std::nullopt;
  const auto rows = tx.exec_params(
      std::string("SELECT d.seed, d.drawn_by, to_char(d.drawn_at AT TIME ZONE 'UTC', ") + utc_format + "), d.receipt::text, "
                  "r.sha256, (SELECT count(*) FROM forum_invitations i WHERE i.forum_id = d.forum_id), "
                  "d.personal_data_deleted_at IS NOT NULL, d.codes_derived "
                  "FROM forum_draws d LEFT JOIN forum_registers r ON r.forum_id = d.forum_id WHERE d.forum_id = $1",
      id);
  const auto& latest = versions.back();
  StoredDraw draw;
  draw.parameters = latest.parameters;
  draw.register_sha256 = latest.register_sha256;
  draw.exclusion_sha256 = latest.exclusion_sha256;
  draw.commitment = latest.commitment;
  draw.committed_by = latest.committed_by;
  draw.committed_at = latest.committed_at;
  draw.seed_not_before = latest.seed_not_before;
  draw.seed_time_reached = seed_time_reached(tx, id);
  const auto& row = rows.at(0);
  if (!row[0].is_null()) {
    draw.seed = row[0].as<std::string>();
    draw.drawn_by = row[1].as<std::string>();
    draw.drawn_at = row[2].as<std::string>();
    draw.receipt = nlohmann::json::parse(row[3].as<std::string>());
  }
  draw.current_register_sha256 = row[4].is_null() ? "" : row[4].as<std::string>();
  draw.invitations = row[5].as<long long>();
  draw.personal_data_deleted = row[6].as<bool>();
  draw.codes_derived = row[7].as<bool>();
  draw.versions = std::move(versions);
  return draw;
}

std::vector<std::string> text_list(const pqxx::field& json_array) {
  return nlohmann::json::parse(json_array.as<std::string>()).get<std::vector<std::string>>();
}

// What is known of a forum's accepted register: its rows are under `forum_id`.
struct RegisterHead {
  long long forum_id = 0;
  std::string sha256;
  std::vector<std::string> columns;
};

RegisterHead register_head(pqxx::transaction_base& tx, const std::string& slug) {
  const auto found = tx.exec_params(
      "SELECT r.forum_id, r.sha256, array_to_json(r.columns)::text FROM forums f "
      "JOIN forum_registers r ON r.forum_id = f.id WHERE f.slug = $1",
      slug);
  if (found.empty()) throw Error(error_codes::no_register, "Forum '" + slug + "' has no register.");
  return {found[0][0].as<long long>(), found[0][1].as<std::string>(), text_list(found[0][2])};
}

void refuse_when_drawn(pqxx::transaction_base& tx, long long forum_id, const std::string& slug) {
  if (!tx.exec_params("SELECT 1 FROM forum_draws WHERE forum_id = $1 AND seed IS NOT NULL", forum_id).empty()) {
    throw Error(error_codes::already_drawn, "The invitations of forum '" + slug + "' have already been drawn; a draw is done once.");
  }
}

}  // namespace

std::optional<StoredDraw> find_draw(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return read_draw(read, slug);
}

StoredDraw commit_draw(pqxx::connection& connection, const std::string& slug, const NewCommitment& wanted,
                       const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  refuse_when_drawn(work, forum_id, slug);
  const auto found = work.exec_params("SELECT sha256 FROM forum_registers WHERE forum_id = $1", forum_id);
  if (found.empty()) throw Error(error_codes::no_register, "Upload the register of forum '" + slug + "' before committing to a draw.");
  const auto published = read_commitment_versions(work, forum_id);
  if (!published.empty() && !wanted.reason) {
    throw Error(error_codes::commitment_published,
                "Version " + std::to_string(published.back().version) + " of the commitment was published at " +
                    published.back().committed_at + " and stays public. A correction is published as version " +
                    std::to_string(published.back().version + 1) + " beside it: give the reason for it.");
  }
  CommitmentVersion version;
  version.version = published.empty() ? 1 : published.back().version + 1;
  version.parameters = wanted.parameters;
  version.register_sha256 = found[0][0].as<std::string>();
  // The API has no exclusion list yet: the commitment covers the empty one.
  version.exclusion_sha256 = exclusion_hash({});
  version.commitment = draw_commitment(version.register_sha256, version.exclusion_sha256, wanted.parameters);
  version.reason = wanted.reason;
  version.committed_by = actor;
  insert_commitment_version(work, forum_id, version, wanted.wait);
  work.exec_params("INSERT INTO forum_draws (forum_id) VALUES ($1) ON CONFLICT (forum_id) DO NOTHING", forum_id);
  auto stored = *read_draw(work, slug);
  audit(work, actor, "forum.draw_committed", "forum:" + slug,
        {{"version", version.version}, {"commitment", version.commitment}, {"register_sha256", version.register_sha256},
         {"parameters", draw_parameters_json(wanted.parameters)}, {"reason", wanted.reason ? nlohmann::json(*wanted.reason) : nlohmann::json()},
         {"seed_not_before", stored.seed_not_before}});
  work.commit();
  return stored;
}

DrawInput read_draw_input(pqxx::connection& connection, const std::string& slug, const DrawParameters& parameters) {
  pqxx::read_transaction read(connection);
  const auto head = register_head(read, slug);
  const auto& columns = head.columns;
  DrawInput input;
  input.register_sha256 = head.sha256;
  input.table.file_name = "register";
  input.table.header = {"id"};
  std::vector<std::string> wanted;
  if (!parameters.stratify_by.empty()) wanted.push_back(parameters.stratify_by);
  wanted.insert(wanted.end(), parameters.household_key.begin(), parameters.household_key.end());
  std::string select = "SELECT line, person_id";
  for (const auto& name : wanted) {
    const auto at = std::find(columns.begin(), columns.end(), name);
    if (at == columns.end()) throw Error(error_codes::unknown_variable, "The register has no column '" + name + "'.");
    input.table.header.push_back(name);
    select += ", fields[" + std::to_string(at - columns.begin() + 1) + "]";
  }
  const auto rows = read.exec_params(select + " FROM forum_register_rows WHERE forum_id = $1 ORDER BY position",
                                     head.forum_id);
  input.table.rows.reserve(rows.size());
  input.table.row_lines.reserve(rows.size());
  for (const auto& row : rows) {
    input.table.row_lines.push_back(row[0].as<long>());
    std::vector<std::string> fields;
    fields.reserve(row.size() - 1);
    for (int c = 1; c < static_cast<int>(row.size()); ++c) fields.emplace_back(row[c].c_str(), row[c].size());
    input.table.rows.push_back(std::move(fields));
  }
  return input;
}

std::pair<std::vector<std::string>, std::vector<std::vector<std::string>>> register_rows_at(
    pqxx::connection& connection, const std::string& slug, const std::vector<std::size_t>& positions) {
  pqxx::read_transaction read(connection);
  const auto head = register_head(read, slug);
  std::string list = "{";
  for (std::size_t i = 0; i < positions.size(); ++i) list += (i ? "," : "") + std::to_string(positions[i]);
  list += "}";
  // The positions' order is kept by joining on their ordinality.
  const auto rows = read.exec_params(
      "SELECT array_to_json(r.fields)::text FROM unnest($2::int[]) WITH ORDINALITY AS wanted(position, n) "
      "JOIN forum_register_rows r ON r.forum_id = $1 AND r.position = wanted.position ORDER BY wanted.n",
      head.forum_id, list);
  if (rows.size() != positions.size()) throw std::runtime_error("register rows went missing during a draw");
  std::pair<std::vector<std::string>, std::vector<std::vector<std::string>>> result;
  result.first = head.columns;
  for (const auto& row : rows) result.second.push_back(text_list(row[0]));
  return result;
}

void store_draw(pqxx::connection& connection, const std::string& slug, const InvitationDraw& draw,
                const std::vector<std::string>& code_hashes, const nlohmann::json& receipt, const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  refuse_when_drawn(work, forum_id, slug);
  const auto versions = read_commitment_versions(work, forum_id);
  const auto current = work.exec_params("SELECT 1 FROM forum_registers WHERE forum_id = $1 AND sha256 = $2", forum_id,
                                        draw.register_sha256);
  if (versions.empty() || current.empty() || versions.back().commitment != draw.commitment) {
    throw Error(error_codes::commitment_mismatch, "The register or the draw's parameters changed while drawing; nothing was drawn.");
  }
  if (!seed_time_reached(work, forum_id)) refuse_seed_before_its_time(versions.back());
  pqxx::stream_to copy(work, "forum_invitations",
                       std::vector<std::string>{"forum_id", "draw_order", "position", "stratum", "code_hash"});
  for (std::size_t i = 0; i < draw.rows.size(); ++i) {
    copy << std::make_tuple(forum_id, static_cast<long long>(i + 1), static_cast<long long>(draw.rows[i]),
                            draw.strata[draw.row_stratum[i]], code_hashes[i]);
  }
  copy.complete();
  work.exec_params(
      "UPDATE forum_draws SET seed = $2, drawn_by = $3, drawn_at = now(), receipt = $4::jsonb, codes_derived = true "
      "WHERE forum_id = $1",
      forum_id, draw.seed, actor, receipt.dump());
  audit(work, actor, "forum.invitations_drawn", "forum:" + slug,
        {{"seed", draw.seed}, {"commitment", draw.commitment}, {"invitations", draw.rows.size()},
         {"invitations_sha256", receipt.at("invitations_sha256")}});
  work.commit();
}

DrawnInvitations read_invitations(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto draw = read_draw(read, slug);
  if (!draw || !draw->seed) throw Error(error_codes::no_draw, "The invitations of forum '" + slug + "' have not been drawn yet.");
  if (draw->personal_data_deleted) {
    throw Error(error_codes::personal_data_deleted, "The addresses and codes of forum '" + slug + "' have been deleted.");
  }
  if (!draw->codes_derived) {
    throw Error(error_codes::letter_codes_unavailable,
                "The letters of forum '" + slug + "' were drawn before letter codes were derived from the server secret: "
                "their codes were not kept, so they cannot be printed again. The letters already sent still work.");
  }
  const auto rows = read.exec_params(
      "SELECT array_to_json(r.fields)::text, i.stratum, f.id FROM forums f "
      "JOIN forum_invitations i ON i.forum_id = f.id "
      "JOIN forum_register_rows r ON r.forum_id = i.forum_id AND r.position = i.position "
      "WHERE f.slug = $1 ORDER BY i.draw_order",
      slug);
  DrawnInvitations invitations;
  invitations.columns = register_head(read, slug).columns;
  for (const auto& row : rows) {
    invitations.rows.push_back(text_list(row[0]));
    invitations.strata.push_back(row[1].as<std::string>());
    invitations.forum_id = row[2].as<long long>();
  }
  return invitations;
}

DeletedPersonalData delete_personal_data(pqxx::connection& connection, const std::string& slug, const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  if (work.exec_params("SELECT 1 FROM forum_draws WHERE forum_id = $1 AND seed IS NOT NULL", forum_id).empty()) {
    throw Error(error_codes::no_draw, "The invitations of forum '" + slug +
                               "' have not been drawn yet: the register is still needed for the draw.");
  }
  DeletedPersonalData deleted;
  deleted.register_rows = work.exec_params("DELETE FROM forum_register_rows WHERE forum_id = $1", forum_id).affected_rows();
  const auto marked = work.exec_params(
      "UPDATE forum_draws SET personal_data_deleted_at = now() WHERE forum_id = $1 AND personal_data_deleted_at IS NULL "
      "RETURNING (SELECT count(*) FROM forum_invitations WHERE forum_id = $1)",
      forum_id);
  deleted.codes = marked.empty() ? 0 : marked[0][0].as<long long>();
  audit(work, actor, "forum.personal_data_deleted", "forum:" + slug,
        {{"register_rows", deleted.register_rows}, {"codes", deleted.codes}});
  work.commit();
  return deleted;
}

ChainHead audit_invitations_download(pqxx::connection& connection, const std::string& slug, const std::string& format,
                                     std::size_t invitations, const std::string& actor) {
  pqxx::work work(connection);
  audit(work, actor, "forum.invitations_downloaded", "forum:" + slug, {{"format", format}, {"invitations", invitations}});
  const auto head = audit_head(work);  // the entry just written, linked by the trigger
  work.commit();
  return head.value();
}

}  // namespace mienskip::store
