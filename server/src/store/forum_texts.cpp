#include "store/forum_texts.hpp"

#include <pqxx/pqxx>

#include "store/audit_log.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

// The table and audit action of each kind; fixed names, never from a request.
struct Place {
  const char* table;
  const char* action;
};

Place place(ForumTexts kind) {
  return kind == ForumTexts::letters ? Place{"forum_letter_texts", "forum.letter_texts_changed"}
                                     : Place{"forum_question_texts", "forum.question_texts_changed"};
}

}  // namespace

void save_forum_texts(pqxx::connection& connection, const std::string& slug, ForumTexts kind, const nlohmann::json& texts,
                      const std::string& actor) {
  const auto [table, action] = place(kind);
  pqxx::work work(connection);
  const auto id = forum_id(work, slug, RowLock::for_update);
  work.exec_params(std::string("INSERT INTO ") + table + " (forum_id, texts, updated_by) VALUES ($1, $2::jsonb, $3) "
                   "ON CONFLICT (forum_id) DO UPDATE SET texts = EXCLUDED.texts, updated_by = EXCLUDED.updated_by, "
                   "updated_at = now()",
                   id, texts.dump(), actor);
  audit(work, actor, action, "forum:" + slug, texts);
  work.commit();
}

std::optional<StoredForumTexts> find_forum_texts(pqxx::connection& connection, const std::string& slug, ForumTexts kind) {
  pqxx::read_transaction read(connection);
  const auto id = forum_id(read, slug);
  const auto rows = read.exec_params(std::string("SELECT texts::text, updated_by, to_char(updated_at AT TIME ZONE 'UTC', ") +
                                         utc_format + ") FROM " + place(kind).table + " WHERE forum_id = $1",
                                     id);
  if (rows.empty()) return std::nullopt;
  return StoredForumTexts{nlohmann::json::parse(rows[0][0].as<std::string>()), rows[0][1].as<std::string>(),
                          rows[0][2].as<std::string>()};
}

}  // namespace mienskip::store
