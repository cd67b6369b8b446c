#include "store/forum_register.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <stdexcept>
#include <tuple>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

// PostgreSQL's array literal, every element quoted (so that NULL or an empty field stays text);
// COPY's own escaping is stream_to's.
void append_array_literal(std::string& out, const std::vector<std::string>& fields) {
  out.push_back('{');
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out.push_back(',');
    out.push_back('"');
    for (const char c : fields[i]) {
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out.push_back('}');
}

std::vector<std::string> text_list(const std::string& json_array) {
  return nlohmann::json::parse(json_array).get<std::vector<std::string>>();
}

// A failed COPY's message quotes the row it failed on, and the server logs unexpected errors:
// keep residents' data out of the log by passing on only what kind of failure it was.
[[noreturn]] void fail_without_row_data(const pqxx::failure& e) {
  const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e);
  throw std::runtime_error("storing the register failed" +
                           (sql ? " (SQLSTATE " + sql->sqlstate() + ")" : std::string(" (connection)")));
}

}  // namespace

std::optional<RegisterSummary> find_register(pqxx::connection& connection, const std::string& slug,
                                             std::size_t preview_rows) {
  pqxx::read_transaction read(connection);
  const auto id = forum_id(read, slug);
  const auto found = read.exec_params(
      "SELECT row_count, array_to_json(columns)::text, sha256, uploaded_by, "
      "to_char(uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
      "FROM forum_registers WHERE forum_id = $1",
      id);
  if (found.empty()) return std::nullopt;
  RegisterSummary summary;
  summary.rows = found[0][0].as<long long>();
  summary.columns = text_list(found[0][1].as<std::string>());
  summary.sha256 = found[0][2].as<std::string>();
  summary.uploaded_by = found[0][3].as<std::string>();
  summary.uploaded_at = found[0][4].as<std::string>();
  for (const auto& row : read.exec_params(
           "SELECT array_to_json(fields)::text FROM forum_register_rows WHERE forum_id = $1 ORDER BY position LIMIT $2",
           id, static_cast<long long>(preview_rows))) {
    summary.preview.push_back(text_list(row[0].as<std::string>()));
  }
  return summary;
}

RegisterUpload::RegisterUpload(pqxx::connection& connection, const std::string& slug)
    : work_(connection), slug_(slug), forum_id_(forum_id(work_, slug, RowLock::for_update)) {
  if (!work_.exec_params("SELECT 1 FROM forum_draws WHERE forum_id = $1 AND seed IS NOT NULL", forum_id_).empty()) {
    throw Error(error_codes::already_drawn, "The invitations of forum '" + slug +
                                     "' have been drawn from its register, so the register can no longer be replaced.");
  }
  work_.exec_params("DELETE FROM forum_register_rows WHERE forum_id = $1", forum_id_);
  copy_ = std::make_unique<pqxx::stream_to>(
      work_, "forum_register_rows", std::vector<std::string>{"forum_id", "position", "line", "person_id", "fields"});
}

RegisterUpload::~RegisterUpload() = default;

void RegisterUpload::add(std::size_t position, long line, const std::string& person_id,
                         const std::vector<std::string>& fields) {
  line_.clear();
  append_array_literal(line_, fields);
  try {
    *copy_ << std::make_tuple(forum_id_, static_cast<long long>(position), static_cast<long long>(line), person_id,
                              line_);
  } catch (const pqxx::failure& e) {
    fail_without_row_data(e);
  }
}

void RegisterUpload::end_copy() {
  if (!copy_) return;
  try {
    copy_->complete();
  } catch (const pqxx::failure& e) {
    fail_without_row_data(e);
  }
  copy_.reset();
}

std::pair<std::vector<RegisterProblem>, std::size_t> RegisterUpload::repeated_ids(std::size_t limit) {
  end_copy();
  const auto rows = work_.exec_params(
      "SELECT line, first_line, count(*) OVER () FROM ("
      "  SELECT line, min(line) OVER (PARTITION BY person_id) AS first_line"
      "  FROM forum_register_rows WHERE forum_id = $1) AS occurrences "
      "WHERE line <> first_line ORDER BY line LIMIT $2",
      forum_id_, static_cast<long long>(limit));
  std::vector<RegisterProblem> problems;
  for (const auto& row : rows) {
    problems.push_back({row[0].as<long>(), "id", "repeated_id", "the id is also on row " + row[1].as<std::string>(),
                        {{"first_row", row[1].as<long>()}}});
  }
  return {problems, rows.empty() ? 0 : rows[0][2].as<std::size_t>()};
}

void RegisterUpload::commit(const std::vector<std::string>& columns, std::size_t rows, const std::string& sha256,
                            const std::string& actor) {
  end_copy();
  std::string literal;
  append_array_literal(literal, columns);
  const auto earlier = work_.exec_params(
      "SELECT 1 FROM forum_registers WHERE forum_id = $1", forum_id_);
  work_.exec_params(
      "INSERT INTO forum_registers (forum_id, columns, row_count, sha256, uploaded_by) "
      "VALUES ($1, $2::text[], $3, $4, $5) ON CONFLICT (forum_id) DO UPDATE SET columns = EXCLUDED.columns, "
      "row_count = EXCLUDED.row_count, sha256 = EXCLUDED.sha256, uploaded_by = EXCLUDED.uploaded_by, "
      "uploaded_at = now()",
      forum_id_, literal, static_cast<long long>(rows), sha256, actor);
  const nlohmann::json details = {
      {"rows", rows}, {"columns", columns}, {"sha256", sha256}, {"replaced_earlier", !earlier.empty()}};
  audit(work_, actor, "forum.register_uploaded", "forum:" + slug_, details);
  work_.commit();
}

ReadPiece pieces_of(std::string_view text) {
  return [rest = text](char* buffer, std::size_t size) mutable {
    const auto piece = rest.copy(buffer, size);
    rest.remove_prefix(piece);
    return piece;
  };
}

RegisterUploadOutcome upload_register(pqxx::connection& connection, const std::string& slug, const ReadPiece& read,
                                      const std::string& actor, std::size_t listed_problems) {
  RegisterUpload upload(connection, slug);
  RegisterReader reader(
      "register.csv",
      [&](std::size_t position, long row, const std::vector<std::string>& fields) {
        upload.add(position, row, fields[reader.id_column()], fields);
      },
      listed_problems);
  std::array<char, 65536> buffer{};
  while (const std::size_t got = read(buffer.data(), buffer.size())) reader.feed({buffer.data(), got});
  reader.finish();
  auto [repeated, repeated_total] = upload.repeated_ids(listed_problems);
  reader.problems().merge(std::move(repeated), repeated_total);
  if (reader.problems().total() == 0) upload.commit(reader.header(), reader.records(), reader.sha256(), actor);
  return {reader.problems(), reader.encoding()};
}

}  // namespace mienskip::store
