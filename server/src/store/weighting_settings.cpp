#include "store/weighting_settings.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

void save_weighting_settings(pqxx::connection& connection, const std::string& slug, const WeightingSettings& settings,
                             const std::string& actor) {
  nlohmann::json bounds = nullptr;
  if (settings.bounds) bounds = {settings.bounds->lower, settings.bounds->upper};
  // One JSON parameter, so that a setting left at its default arrives as NULL (JSON numbers are
  // written in their shortest exact form: the bound used is the bound saved).
  const nlohmann::json row = {{"variables", settings.variables ? nlohmann::json(*settings.variables) : nlohmann::json(nullptr)},
                              {"bounds", bounds},
                              {"by", settings.by ? nlohmann::json(*settings.by) : nlohmann::json(nullptr)}};
  pqxx::work work(connection);
  const auto id = survey_id(work, slug);
  work.exec_params(
      "INSERT INTO survey_weighting_settings (survey_id, variables, lower_bound, upper_bound, by_question, updated_by) "
      "SELECT $1, CASE WHEN jsonb_typeof(s->'variables') = 'array' "
      "THEN ARRAY(SELECT jsonb_array_elements_text(s->'variables')) END, "
      "(s->'bounds'->>0)::double precision, (s->'bounds'->>1)::double precision, s->>'by', $3 "
      "FROM (SELECT $2::jsonb AS s) AS input "
      "ON CONFLICT (survey_id) DO UPDATE SET variables = EXCLUDED.variables, lower_bound = EXCLUDED.lower_bound, "
      "upper_bound = EXCLUDED.upper_bound, by_question = EXCLUDED.by_question, updated_by = EXCLUDED.updated_by, "
      "updated_at = now()",
      id, row.dump(), actor);
  audit(work, actor, "survey.weighting_changed", "survey:" + slug, row);
  work.commit();
}

std::optional<StoredWeightingSettings> find_weighting_settings(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto id = survey_id(read, slug);
  const auto rows = read.exec_params(
      "SELECT array_to_json(variables)::text, lower_bound, upper_bound, by_question, updated_by, "
      "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
      "FROM survey_weighting_settings WHERE survey_id = $1",
      id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  StoredWeightingSettings stored;
  if (!row[0].is_null()) stored.settings.variables = nlohmann::json::parse(row[0].as<std::string>()).get<std::vector<std::string>>();
  if (!row[1].is_null()) stored.settings.bounds = WeightBounds{row[1].as<double>(), row[2].as<double>()};
  if (!row[3].is_null()) stored.settings.by = row[3].as<std::string>();
  stored.updated_by = row[4].as<std::string>();
  stored.updated_at = row[5].as<std::string>();
  return stored;
}

}  // namespace mienskip::store
