#include "store/survey_insight.hpp"

#include <pqxx/result>
#include <pqxx/transaction>

namespace mienskip::store {

std::string like_literal(std::string_view text) {
  std::string pattern;
  pattern.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '%' || c == '_') pattern.push_back('\\');
    pattern.push_back(c);
  }
  return pattern;
}

namespace {

// A PostgreSQL array literal of texts, every element quoted.
std::string text_array(const std::vector<std::string>& items) {
  std::string literal = "{";
  for (const auto& item : items) {
    if (literal.size() > 1) literal.push_back(',');
    literal.push_back('"');
    for (char c : item) {
      if (c == '"' || c == '\\') literal.push_back('\\');
      literal.push_back(c);
    }
    literal.push_back('"');
  }
  return literal + "}";
}

}  // namespace

Arrivals survey_arrivals(pqxx::connection& connection, long long survey_id, const std::string& question_id) {
  pqxx::read_transaction read(connection);
  Arrivals arrivals;
  // Days as a resident in Súdwest-Fryslân counts them, whatever time zone the server runs in.
  for (const auto& row : read.exec_params(
           "WITH days AS (SELECT (submitted_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, count(*) AS responses "
           "              FROM responses WHERE survey_id = $1 GROUP BY 1) "
           "SELECT to_char(d, 'YYYY-MM-DD'), coalesce(days.responses, 0) "
           "FROM generate_series((SELECT min(day) FROM days)::timestamp, (SELECT max(day) FROM days)::timestamp, "
           "                     interval '1 day') AS d "
           "LEFT JOIN days ON days.day = d::date ORDER BY d",
           survey_id)) {
    arrivals.per_day.emplace_back(row[0].as<std::string>(), row[1].as<long long>());
  }
  for (const auto& row : read.exec_params(
           "SELECT answers -> 'demographics' ->> $2, count(*) FROM responses WHERE survey_id = $1 GROUP BY 1",
           survey_id, question_id)) {
    const auto responses = row[1].as<long long>();
    arrivals.total += responses;
    if (row[0].is_null()) {
      arrivals.not_answered += responses;
    } else {
      arrivals.per_answer.emplace_back(row[0].as<std::string>(), responses);
    }
  }
  return arrivals;
}

MotivationPage find_motivations(pqxx::connection& connection, long long survey_id,
                                const std::vector<std::string>& scenario_order, const MotivationQuery& query) {
  pqxx::read_transaction read(connection);
  MotivationPage page;
  // The stored motivations are the non-empty ones already; the check on the value keeps it so.
  const std::string motivations =
      "FROM responses r CROSS JOIN LATERAL jsonb_each_text(r.answers -> 'motivations') AS m(scenario, text) "
      "WHERE r.survey_id = $1 AND m.text <> '' ";
  for (const auto& row : read.exec_params("SELECT m.scenario, count(*) " + motivations + "GROUP BY 1", survey_id)) {
    page.with_text.emplace_back(row[0].as<std::string>(), row[1].as<long long>());
  }
  const std::string matching = motivations +
                               "AND ($2::text IS NULL OR m.scenario = $2) "
                               "AND ($3::text IS NULL OR m.text ILIKE $3 ESCAPE '\\') ";
  const std::optional<std::string> pattern =
      query.text.empty() ? std::nullopt : std::optional<std::string>("%" + like_literal(query.text) + "%");
  page.total = read.exec_params1("SELECT count(*) " + matching, survey_id, query.scenario, pattern)[0].as<long long>();
  const std::string order = text_array(scenario_order);
  for (const auto& row : read.exec_params(
           "SELECT r.public_id, m.scenario, coalesce((r.answers -> 'allocations' ->> m.scenario)::bigint, 0), m.text, "
           "r.language, to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') " +
               matching + "ORDER BY r.submitted_at DESC, r.id DESC, array_position($4::text[], m.scenario) LIMIT $5 OFFSET $6",
           survey_id, query.scenario, pattern, order, query.limit, query.offset)) {
    page.items.push_back({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<long long>(),
                          row[3].as<std::string>(), row[4].as<std::string>(), row[5].as<std::string>()});
  }
  return page;
}

}  // namespace mienskip::store
