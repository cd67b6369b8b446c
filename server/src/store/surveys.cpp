#include "store/surveys.hpp"

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "core/crypto/random_token.hpp"
#include "core/survey/survey_definition.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

std::optional<StoredSurvey> find_survey_in(pqxx::transaction_base& read, const std::string& slug) {
  const auto rows = read.exec_params("SELECT id, definition, access, status FROM surveys WHERE slug = $1", slug);
  if (rows.empty()) return std::nullopt;
  StoredSurvey stored;
  stored.id = rows[0][0].as<long long>();
  stored.slug = slug;
  stored.survey = survey_from_definition(nlohmann::json::parse(rows[0][1].as<std::string>()));
  stored.requires_code = rows[0][2].as<std::string>() == "code";
  stored.open = rows[0][3].as<std::string>() == "open";
  stored.draft = rows[0][3].as<std::string>() == "draft";
  return stored;
}

std::vector<ExportedResponse> responses_in(pqxx::transaction_base& read, long long survey_id) {
  const auto rows = read.exec_params(
      "SELECT public_id, language, answers, "
      "to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
      "FROM responses WHERE survey_id = $1 ORDER BY submitted_at, id",
      survey_id);
  std::vector<ExportedResponse> list;
  list.reserve(rows.size());
  // Read straight from the result's buffers: the results read every response on every request.
  auto text = [](const pqxx::field& field) { return std::string(field.c_str(), field.size()); };
  for (const auto& row : rows) {
    const char* answers = row[2].c_str();
    list.push_back({text(row[0]), text(row[3]), text(row[1]), nlohmann::json::parse(answers, answers + row[2].size())});
  }
  return list;
}

}  // namespace

long long create_survey(pqxx::connection& connection, const std::string& slug, const nlohmann::json& definition,
                        bool requires_code, const std::string& actor, NewSurveyStatus status) {
  check_survey_slug(slug);
  const std::string access = requires_code ? "code" : "open";
  const std::string initial = status == NewSurveyStatus::draft ? "draft" : "open";
  pqxx::work work(connection);
  const auto row = work.exec_params(
      "INSERT INTO surveys (slug, definition, access, status) VALUES ($1, $2::jsonb, $3, $4) "
      "ON CONFLICT (slug) DO NOTHING RETURNING id",
      slug, definition.dump(), access, initial);
  if (row.empty()) {
    throw Error(error_codes::slug_taken, "There is already a survey with the short name '" + slug + "'. Choose another one.");
  }
  const auto id = row[0][0].as<long long>();
  audit(work, actor, "survey.created", "survey:" + slug, {{"access", access}, {"status", initial}});
  work.commit();
  return id;
}

std::optional<StoredSurvey> find_survey(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return find_survey_in(read, slug);
}

std::optional<SurveyDetail> survey_detail(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto rows = read.exec_params(
      "SELECT s.status, s.access, s.definition, "
      "(SELECT count(*) FROM responses r WHERE r.survey_id = s.id), "
      "(SELECT count(*) FROM survey_codes c WHERE c.survey_id = s.id) FROM surveys s WHERE s.slug = $1",
      slug);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return SurveyDetail{slug,
                      row[0].as<std::string>(),
                      row[1].as<std::string>(),
                      row[3].as<long long>(),
                      row[4].as<long long>(),
                      nlohmann::json::parse(row[2].as<std::string>())};
}

std::optional<long long> invited_count(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto rows = read.exec_params(
      "SELECT (SELECT count(*) FROM survey_codes c WHERE c.survey_id = s.id) FROM surveys s "
      "WHERE s.slug = $1 AND s.access = 'code'",
      slug);
  if (rows.empty() || rows[0][0].as<long long>() == 0) return std::nullopt;
  return rows[0][0].as<long long>();
}

void replace_survey_definition(pqxx::connection& connection, const std::string& slug, const nlohmann::json& definition,
                               const std::string& actor) {
  pqxx::work work(connection);
  // NO KEY UPDATE: two staff saving at once take turns, while residents keep answering (their
  // response's foreign key takes a KEY SHARE lock, which this does not block).
  const auto current = work.exec_params("SELECT definition FROM surveys WHERE slug = $1 FOR NO KEY UPDATE", slug);
  if (current.empty()) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
  const auto before = nlohmann::json::parse(current[0][0].as<std::string>());
  // The definition trigger (migration 0003) audits the change under this name.
  work.exec_params("SELECT set_config('mienskip.actor', $1, true)", actor);
  try {
    work.exec_params("UPDATE surveys SET definition = $2::jsonb WHERE slug = $1", slug, definition.dump());
  } catch (const pqxx::check_violation&) {
    // The freeze trigger (migration 0002) decided; this only says what it refused, in words.
    std::string what;
    for (const auto& change : frozen_changes(survey_from_definition(before), survey_from_definition(definition))) {
      what += (what.empty() ? "" : " and ") + change;
    }
    throw Error(error_codes::survey_frozen,
                "Survey '" + slug + "' already has responses, so its scenarios and budget can no longer change: "
                "the answers given so far would lose their meaning. This version changes " +
                    (what.empty() ? std::string("them") : what) +
                    ". Nothing was saved. You can still correct texts, such as titles and descriptions.");
  }
  work.commit();
}

std::vector<std::pair<std::string, std::string>> open_surveys(pqxx::connection& connection) {
  pqxx::read_transaction read(connection);
  std::vector<std::pair<std::string, std::string>> list;
  for (const auto& row :
       read.exec("SELECT slug, definition #>> '{title,nl}' FROM surveys WHERE status = 'open' ORDER BY id DESC")) {
    list.emplace_back(row[0].as<std::string>(), row[1].as<std::string>());
  }
  return list;
}

std::vector<SurveyOverview> survey_overview(pqxx::connection& connection) {
  pqxx::read_transaction read(connection);
  std::vector<SurveyOverview> list;
  for (const auto& row : read.exec(
           "SELECT s.slug, s.definition #>> '{title,nl}', s.status, s.access, "
           "(SELECT count(*) FROM responses r WHERE r.survey_id = s.id), "
           "(SELECT count(*) FROM survey_codes c WHERE c.survey_id = s.id) FROM surveys s ORDER BY s.id")) {
    list.push_back({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                    row[3].as<std::string>(), row[4].as<long long>(), row[5].as<long long>()});
  }
  return list;
}

void set_survey_status(pqxx::connection& connection, const std::string& slug, const std::string& status,
                       const std::string& actor) {
  if (status != "open" && status != "closed") throw Error(error_codes::bad_request, "A survey is either open or closed.");
  pqxx::work work(connection);
  const auto changed = work.exec_params("UPDATE surveys SET status = $2 WHERE slug = $1 RETURNING id", slug, status);
  if (changed.empty()) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
  audit(work, actor, status == "open" ? "survey.opened" : "survey.closed", "survey:" + slug, nlohmann::json::object());
  work.commit();
}

void add_invitation_codes(pqxx::connection& connection, long long survey_id,
                          const std::vector<std::string>& code_hashes, const std::string& actor) {
  pqxx::work work(connection);
  // One statement for the lot: a million codes is one round trip, not a million.
  nlohmann::json list = code_hashes;
  const auto inserted = work.exec_params(
      "INSERT INTO survey_codes (survey_id, code_hash) "
      "SELECT $1, h FROM jsonb_array_elements_text($2::jsonb) AS h ON CONFLICT DO NOTHING",
      survey_id, list.dump());
  if (inserted.affected_rows() != code_hashes.size()) {
    throw Error(error_codes::code_collision, "Some new invitation codes already existed; nothing was stored. Please try again.");
  }
  const auto slug = work.exec_params1("SELECT slug FROM surveys WHERE id = $1", survey_id)[0].as<std::string>();
  audit(work, actor, "survey.codes_generated", "survey:" + slug, {{"count", code_hashes.size()}});
  work.commit();
}

CodeState invitation_code_state(pqxx::connection& connection, long long survey_id, const std::string& code_hash) {
  pqxx::read_transaction read(connection);
  const auto rows = read.exec_params(
      "SELECT EXISTS (SELECT 1 FROM responses r WHERE r.survey_id = c.survey_id AND r.code_hash = c.code_hash) "
      "FROM survey_codes c WHERE c.survey_id = $1 AND c.code_hash = $2",
      survey_id, code_hash);
  if (rows.empty()) return CodeState::unknown;
  return rows[0][0].as<bool>() ? CodeState::used : CodeState::unused;
}

Submission submit_response(pqxx::connection& connection, const StoredSurvey& survey,
                           const std::optional<std::string>& code_hash, const std::string& idempotency_key,
                           Language language, const nlohmann::json& answers) {
  if (idempotency_key.size() < 8 || idempotency_key.size() > 100) {
    throw Error(error_codes::invalid_idempotency_key, "The form's submission key is missing or malformed; reload the form.");
  }
  if (survey.requires_code && !code_hash) throw Error(error_codes::invalid_code, "This survey needs an invitation code.");
  // One statement, committed on its own (one round trip, like a plain INSERT): it is atomic, and the
  // rules are the database's. The foreign key refuses an unknown code, the unique indexes a second
  // answer with a code or a second copy of a form (ON CONFLICT waits for a racing submission to
  // finish, then does nothing), and a closed survey inserts nothing. When this returns, the
  // response is durable (synchronous_commit).
  connection.prepare("mienskip_submit_response",
        "WITH inserted AS ("
        "  INSERT INTO responses (public_id, survey_id, code_hash, idempotency_key, eligibility_checked, language, answers) "
        "  SELECT $1, $2, $3, $4, $5, $6, $7::jsonb "
        "  WHERE EXISTS (SELECT 1 FROM surveys WHERE id = $2 AND status = 'open') "
        "  ON CONFLICT DO NOTHING RETURNING public_id), "
        "done_drafts AS (DELETE FROM response_drafts WHERE survey_id = $2 AND code_hash = $3 "
        "  AND EXISTS (SELECT 1 FROM inserted)) "
        "SELECT public_id FROM inserted");
  pqxx::nontransaction work(connection);
  const std::string id = random_token("r-");
  pqxx::result inserted;
  try {
    inserted = work.exec_prepared("mienskip_submit_response", id, survey.id, code_hash, idempotency_key,
                                  code_hash.has_value(), std::string(language_code(language)), answers.dump());
  } catch (const pqxx::foreign_key_violation&) {
    throw Error(error_codes::invalid_code, "This invitation code is not valid for this survey.");
  }
  if (!inserted.empty()) return {id, false};
  // Nothing stored: our own earlier copy of this form, a closed survey, or a spent code.
  const auto earlier = work.exec_params("SELECT public_id FROM responses WHERE survey_id = $1 AND idempotency_key = $2",
                                        survey.id, idempotency_key);
  if (!earlier.empty()) return {earlier[0][0].as<std::string>(), true};
  const auto status = work.exec_params("SELECT status FROM surveys WHERE id = $1", survey.id);
  if (status.empty() || status[0][0].as<std::string>() != "open") {
    throw Error(error_codes::survey_closed, "This survey is closed and no longer accepts answers.");
  }
  throw Error(error_codes::code_used, "This invitation code has already been used to answer this survey.");
}

std::vector<ExportedResponse> responses_for_export(pqxx::connection& connection, const std::string& slug) {
  // One read-only snapshot, so the list is consistent even while residents keep answering.
  pqxx::read_transaction read(connection);
  return responses_in(read, survey_id(read, slug));
}

SurveyExport survey_export(pqxx::connection& connection, const std::string& slug) {
  // One snapshot: the columns come from the definition, so it must be the one the responses were
  // read with, even while staff correct a text at the same moment.
  pqxx::read_transaction read(connection);
  auto survey = find_survey_in(read, slug);
  if (!survey) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
  auto responses = responses_in(read, survey->id);
  return {std::move(*survey), std::move(responses)};
}

void audit_survey_export(pqxx::connection& connection, const std::string& slug, const std::string& actor,
                         const nlohmann::json& details) {
  pqxx::work work(connection);
  audit(work, actor, "survey.exported", "survey:" + slug, details);
  work.commit();
}

std::optional<nlohmann::json> find_draft(pqxx::connection& connection, long long survey_id, const std::string& code_hash) {
  pqxx::read_transaction read(connection);
  const auto rows = read.exec_params("SELECT answers FROM response_drafts WHERE survey_id = $1 AND code_hash = $2 "
                                     "AND updated_at >= now() - make_interval(days => $3)",
                                     survey_id, code_hash, draft_days);
  if (rows.empty()) return std::nullopt;
  return nlohmann::json::parse(rows[0][0].as<std::string>());
}

void save_draft(pqxx::connection& connection, long long survey_id, const std::string& code_hash,
                const nlohmann::json& answers) {
  pqxx::work work(connection);
  try {
    work.exec_params(
        "INSERT INTO response_drafts (survey_id, code_hash, answers) VALUES ($1, $2, $3::jsonb) "
        "ON CONFLICT (survey_id, code_hash) DO UPDATE SET answers = EXCLUDED.answers, updated_at = now()",
        survey_id, code_hash, answers.dump());
  } catch (const pqxx::foreign_key_violation&) {
    throw Error(error_codes::invalid_code, "This invitation code is not valid for this survey.");
  }
  work.exec_params("DELETE FROM response_drafts WHERE updated_at < now() - make_interval(days => $1)", draft_days);
  work.commit();
}

}  // namespace mienskip::store
