#include "store/response_table_cache.hpp"

#include <atomic>
#include <pqxx/result>
#include <pqxx/transaction>
#include <shared_mutex>
#include <vector>

#include "core/base/error.hpp"
#include "core/survey/response_export.hpp"
#include "core/survey/survey_definition.hpp"

namespace mienskip::store {

namespace {

// One snapshot for the question and the answer: the count must describe the rows read with it.
using Snapshot = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

// What tells whether a survey's kept table is still what the database holds.
struct Version {
  long long survey_id = 0;
  long long definition_version = 0;  // highest survey_definition_history id: raised by every edit
  long long responses_changed = 0;   // raised by every UPDATE or DELETE of its responses (0012)
  long long count = 0;
  long long max_id = 0;
};

std::optional<Version> version_in(Snapshot& read, const std::string& slug) {
  const auto rows = read.exec_params(
      "SELECT s.id, s.responses_changed, "
      "  coalesce((SELECT max(h.id) FROM survey_definition_history h WHERE h.survey_id = s.id), 0), "
      "  r.count, coalesce(r.max_id, 0) "
      "FROM surveys s CROSS JOIN LATERAL "
      "  (SELECT count(*) AS count, max(id) AS max_id FROM responses WHERE survey_id = s.id) r "
      "WHERE s.slug = $1",
      slug);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return Version{row[0].as<long long>(), row[2].as<long long>(), row[1].as<long long>(), row[3].as<long long>(),
                 row[4].as<long long>()};
}

// The columns responses_for_export reads, then the id and the exact submission time (the kept
// table's last row is where new rows must sort after), then whether the row sorts after it.
constexpr const char* response_columns =
    "SELECT public_id, language, answers, "
    "to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), id, "
    "to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), ";

}  // namespace

struct ResponseTableCache::Entry {
  std::shared_mutex lock;  // exclusive while brought up to date, shared while viewed
  bool loaded = false;
  Version version;
  long long last_id = 0;
  std::string last_submitted = "-infinity";  // the exact time of the table's last row
  Survey survey;
  CsvTable table;
  std::atomic<std::size_t> responses{0};

  // Reads the rows of `rows` into the table in batches, so the answers' JSON trees of only a few
  // thousand responses exist at a time. Returns false (table untouched beyond what it appended)
  // when a row does not sort after the kept ones: then the caller reads everything again.
  bool append(const pqxx::result& rows) {
    std::vector<ExportedResponse> batch;
    batch.reserve(4096);
    auto text = [](const pqxx::field& field) { return std::string(field.c_str(), field.size()); };
    for (const auto& row : rows) {
      if (!row[6].as<bool>()) return false;
      const char* answers = row[2].c_str();
      batch.push_back({text(row[0]), text(row[3]), text(row[1]), nlohmann::json::parse(answers, answers + row[2].size())});
      if (batch.size() == 4096) {
        append_to_responses_table(table, survey, batch);
        batch.clear();
      }
      last_id = row[4].as<long long>();
      last_submitted = text(row[5]);
    }
    append_to_responses_table(table, survey, batch);
    return true;
  }

  void reload(Snapshot& read, const Version& now) {
    loaded = false;
    const auto definition = read.exec_params1("SELECT definition FROM surveys WHERE id = $1", now.survey_id);
    survey = survey_from_definition(nlohmann::json::parse(definition[0].as<std::string>()));
    table = responses_table(survey, {}, "responses.csv");
    last_id = 0;
    last_submitted = "-infinity";
    const auto rows = read.exec_params(
        std::string(response_columns) + "true FROM responses WHERE survey_id = $1 ORDER BY submitted_at, id",
        now.survey_id);
    table.rows.reserve(rows.size());
    table.row_lines.reserve(rows.size());
    append(rows);
    version = now;
    loaded = true;
  }

  ResponseTableCache::Refresh bring_up_to_date(Snapshot& read, const Version& now) {
    if (!loaded || now.survey_id != version.survey_id || now.definition_version != version.definition_version ||
        now.responses_changed != version.responses_changed) {
      reload(read, now);
      return Refresh::reloaded;
    }
    if (now.count == version.count && now.max_id == version.max_id) return Refresh::unchanged;
    if (now.max_id > version.max_id && now.count > version.count) {
      const auto rows = read.exec_params(std::string(response_columns) +
                                             "(submitted_at, id) > ($3::timestamptz, $2::bigint) FROM responses "
                                             "WHERE survey_id = $1 AND id > $2 ORDER BY submitted_at, id",
                                         now.survey_id, version.max_id, last_submitted);
      // Only when the new rows are all that changed: a row committed late with a lower id than
      // the kept ones, or one removed while others arrived, leaves the count short.
      if (version.count + static_cast<long long>(rows.size()) == now.count) {
        loaded = false;  // until the rows are in: an error half-way must not leave a partial table kept
        if (append(rows)) {
          version = now;
          loaded = true;
          return Refresh::appended;
        }
      }
    }
    reload(read, now);
    return Refresh::reloaded;
  }
};

ResponseTableCache::ResponseTableCache(std::size_t max_responses) : max_responses_(max_responses) {}

std::shared_ptr<ResponseTableCache::Entry> ResponseTableCache::entry_for(const std::string& slug) {
  std::lock_guard guard(lock_);
  recency_.remove(slug);
  recency_.push_front(slug);
  auto& entry = entries_[slug];
  if (!entry) entry = std::make_shared<Entry>();
  return entry;
}

void ResponseTableCache::forget(const std::string& slug) {
  std::lock_guard guard(lock_);
  entries_.erase(slug);
  recency_.remove(slug);
}

void ResponseTableCache::drop_beyond_bound(const std::string& viewed) {
  std::lock_guard guard(lock_);
  std::size_t kept = 0;
  for (const auto& [slug, entry] : entries_) kept += entry->responses;
  // A view still using a dropped table keeps it alive (shared_ptr) until it is done.
  while (kept > max_responses_ && !recency_.empty() && recency_.back() != viewed) {
    const auto oldest = entries_.find(recency_.back());
    kept -= oldest->second->responses;
    entries_.erase(oldest);
    recency_.pop_back();
  }
}

ResponseTableCache::Refresh ResponseTableCache::view(
    pqxx::connection& connection, const std::string& slug,
    const std::function<void(const Survey& survey, const CsvTable& respondents)>& use) {
  const auto entry = entry_for(slug);
  Refresh refresh = Refresh::unchanged;
  {
    std::unique_lock writing(entry->lock);
    Snapshot read(connection);
    const auto now = version_in(read, slug);
    if (!now) {
      writing.unlock();
      forget(slug);
      throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
    }
    refresh = entry->bring_up_to_date(read, *now);
    read.commit();
    entry->responses = entry->table.rows.size();
  }
  drop_beyond_bound(slug);
  std::shared_lock viewing(entry->lock);
  use(entry->survey, entry->table);
  return refresh;
}

std::size_t ResponseTableCache::surveys_kept() const {
  std::lock_guard guard(lock_);
  return entries_.size();
}

std::size_t ResponseTableCache::responses_kept() const {
  std::lock_guard guard(lock_);
  std::size_t kept = 0;
  for (const auto& [slug, entry] : entries_) kept += entry->responses;
  return kept;
}

}  // namespace mienskip::store
