#include "store/margins.hpp"

#include <charconv>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

// The shortest text that reads back as the same double: stored as numeric, a figure comes back
// as the very number parse_margins read from the upload.
std::string exact_text(double value) {
  char buffer[64];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, written.ptr);
}

}  // namespace

void replace_margins(pqxx::connection& connection, const std::string& slug, const Margins& margins,
                     const MarginsSource& source, const std::string& actor) {
  if (margins.shares) {
    throw Error(error_codes::invalid_margins,
                "the server weights to population counts: give the column population_count, not share");
  }
  nlohmann::json rows = nlohmann::json::array();
  std::size_t categories = 0;
  for (const auto& margin : margins.variables) {
    for (std::size_t c = 0; c < margin.categories.size(); ++c) {
      rows.push_back({rows.size(), margin.variable, margin.categories[c], exact_text(margin.population[c])});
    }
    categories += margin.categories.size();
  }
  pqxx::work work(connection);
  const auto id = survey_id(work, slug);
  work.exec_params("DELETE FROM survey_margins WHERE survey_id = $1", id);
  // One statement for all rows, whatever their number.
  work.exec_params(
      "INSERT INTO survey_margins (survey_id, position, variable, category, population_count, uploaded_by) "
      "SELECT $1, (r->>0)::integer, r->>1, r->>2, (r->>3)::numeric, $3 FROM jsonb_array_elements($2::jsonb) AS r",
      id, rows.dump(), actor);
  work.exec_params(
      "INSERT INTO survey_margins_source (survey_id, source, reference_date, population) "
      "VALUES ($1, $2, NULLIF($3, '')::date, $4) ON CONFLICT (survey_id) DO UPDATE "
      "SET source = EXCLUDED.source, reference_date = EXCLUDED.reference_date, population = EXCLUDED.population",
      id, source.source, source.reference_date, source.population);
  audit(work, actor, "survey.margins_replaced", "survey:" + slug,
        {{"variables", margins.variables.size()},
         {"categories", categories},
         {"source", source.source},
         {"reference_date", source.reference_date},
         {"population", source.population}});
  work.commit();
}

std::optional<StoredMargins> find_margins(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto id = survey_id(read, slug);
  const auto rows = read.exec_params(
      "SELECT variable, category, population_count::text, uploaded_by, "
      "to_char(uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
      "FROM survey_margins WHERE survey_id = $1 ORDER BY position",
      id);
  if (rows.empty()) return std::nullopt;
  // Back through the reader `mienskip weigh` uses, as if the upload were read again.
  CsvTable table;
  table.file_name = "stored margins";
  table.header = {"variable", "category", "population_count"};
  for (const auto& row : rows) {
    table.rows.push_back({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>()});
    table.row_lines.push_back(static_cast<long>(table.rows.size()) + 1);
  }
  MarginsSource source;
  const auto stated = read.exec_params(
      "SELECT source, COALESCE(to_char(reference_date, 'YYYY-MM-DD'), ''), population FROM survey_margins_source "
      "WHERE survey_id = $1",
      id);
  if (!stated.empty()) {
    source = {stated[0][0].as<std::string>(), stated[0][1].as<std::string>(), stated[0][2].as<std::string>()};
  }
  return StoredMargins{parse_margins(table), rows[0][3].as<std::string>(), rows[0][4].as<std::string>(), source};
}

}  // namespace mienskip::store
