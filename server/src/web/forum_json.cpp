#include "web/forum_json.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/base/utf8.hpp"

namespace mienskip::web {

using nlohmann::json;

json feasibility_json(const QuotaFeasibility& feasibility) {
  json conflicts = json::array();
  for (const auto& c : feasibility.conflicts) {
    json params = json::object();
    for (const auto& [name, value] : c.params) params[name] = value;
    conflicts.push_back({{"code", c.code}, {"category", c.category}, {"message", c.message}, {"params", params}});
  }
  json relaxation = json::array();
  for (const auto& r : feasibility.relaxation) {
    relaxation.push_back({{"category", r.category},
                          {"value", r.value},
                          {"bound", r.bound},
                          {"from", r.from},
                          {"to", r.to},
                          {"change", r.describe()}});
  }
  return {{"feasible", feasibility.feasible()},
          {"checked_against", feasibility.with_volunteers ? "volunteers" : "quotas"},
          {"conflicts", conflicts},
          {"relaxation", relaxation}};
}

json forum_json(const store::StoredForum& forum) {
  const auto& settings = forum.settings;
  return {{"slug", settings.slug},
          {"name", settings.name},
          {"municipality", settings.municipality},
          {"panel_size", settings.panel_size},
          {"categories", quota_categories_json(settings.categories)},
          {"created_by", forum.created_by},
          {"created_at", forum.created_at},
          {"quotas_changed_by", forum.quotas_changed_by},
          {"quotas_changed_at", forum.quotas_changed_at},
          {"register", forum.register_rows ? json{{"rows", *forum.register_rows}} : json(nullptr)},
          {"feasibility", feasibility_json(quota_feasibility(settings.categories, settings.panel_size))}};
}

json register_json(const store::RegisterSummary& summary) {
  return {{"rows", summary.rows},
          {"columns", summary.columns},
          {"sha256", summary.sha256},
          {"uploaded_by", summary.uploaded_by},
          {"uploaded_at", summary.uploaded_at},
          {"preview", summary.preview}};
}

json register_composition_json(const app::RegisterCompositionView& view, const std::vector<std::string>& values) {
  const auto& composition = view.composition;
  json rows = json::array();
  for (std::size_t v = 0; v < values.size(); ++v) {
    rows.push_back({{"value", values[v]},
                    {"residents", composition.counts[v]},
                    {"seats", composition.seats[v]},
                    {"min", composition.min[v]},
                    {"max", composition.max[v]}});
  }
  json unmatched = json::array();
  for (const auto& [value, count] : composition.unmatched_values) unmatched.push_back({{"value", value}, {"residents", count}});
  char day[11];
  std::snprintf(day, sizeof day, "%04d-%02d-%02d", view.reference_day.year, view.reference_day.month, view.reference_day.day);
  return {{"column", view.column},
          {"reading", composition.reading == CompositionReading::ages ? "ages" : "values"},
          {"reference_date", day},
          {"rows", rows},
          {"unmatched", composition.unmatched},
          {"unmatched_values", unmatched}};
}

Response field_errors_response(const std::string& code, const std::string& message,
                               const std::vector<FieldError>& errors) {
  json fields = json::array();
  for (const auto& e : errors) fields.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
  return json_response(422, {{"error", {{"code", code}, {"message", message}, {"fields", fields}}}});
}

Response problems_response(const std::string& code, const std::string& refused, const RegisterProblems& problems,
                           TextEncoding encoding, const std::string& advice, const json& facts) {
  json list = json::array();
  for (const auto& p : problems.first()) {
    list.push_back({{"row", p.row}, {"column", p.column}, {"code", p.code}, {"params", p.params}, {"message", p.message}});
  }
  const auto& first = problems.first().front();
  const std::string example =
      "row " + std::to_string(first.row) + (first.column.empty() ? "" : ", column " + first.column) + ": " + first.message;
  const std::string count = std::to_string(problems.total()) + (problems.total() == 1 ? " problem" : " problems");
  json error = {{"code", code},
                {"message", refused + " it has " + count + " (the first: " + example + "). " + advice},
                {"problems", list},
                {"problem_count", problems.total()},
                {"encoding", encoding_name(encoding)}};
  error.update(facts);
  return json_response(422, {{"error", error}});
}

Response register_problems_response(const RegisterProblems& problems, TextEncoding encoding) {
  return problems_response(error_codes::invalid_register, "The register was not stored:", problems, encoding,
                           "Correct the file and upload it again; the earlier register, if any, is kept.");
}

}  // namespace mienskip::web
