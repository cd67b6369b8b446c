#include "web/admin/admin_forum_selection.hpp"

#include <nlohmann/json.hpp>

#include "app/forum_panel.hpp"
#include "app/forum_selection.hpp"
#include "core/base/error.hpp"
#include "store/forums.hpp"
#include "web/forum_json.hpp"
#include "web/http/request_schema.hpp"
#include "web/optional_json.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;


json optional_number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

// Every kept run, and the one fixed for the panel (issue 18), as the verification page lists them.
json history_json(const store::SelectionHistory& history) {
  json runs = json::array();
  for (const auto& r : history.runs) {
    runs.push_back({{"run", r.run}, {"algorithm", r.algorithm}, {"panel_size", r.panel_size}, {"volunteers", r.volunteers},
                    {"input_sha256", r.input_sha256}, {"started_by", r.started_by}, {"started_at", r.started_at},
                    {"outcome", text_or_null(r.outcome)}, {"result_sha256", text_or_null(r.result_sha256)},
                    {"minimum_probability", optional_number(r.minimum_probability)},
                    {"error_code", text_or_null(r.error_code)}, {"finished_at", text_or_null(r.finished_at)}});
  }
  json fixed = nullptr;
  if (const auto& f = history.fixed) {
    fixed = {{"run", f->run}, {"input_sha256", f->input_sha256}, {"result_sha256", f->result_sha256},
             {"fixed_by", f->fixed_by}, {"fixed_at", f->fixed_at}, {"number_not_before", f->number_not_before},
             {"number_time_reached", f->number_time_reached}};
  }
  return {{"runs", runs}, {"fixed", fixed}};
}

json status_json(const app::SelectionStatus& status) {
  const auto history = history_json(status.history);
  if (!status.selection) {
    return {{"status", "none"}, {"run", nullptr}, {"algorithm", nullptr}, {"started_by", nullptr},
            {"started_at", nullptr}, {"finished_at", nullptr}, {"progress", nullptr}, {"error", nullptr},
            {"input_sha256", nullptr}, {"panel_size", status.panel_size}, {"volunteers", status.volunteers},
            {"result", nullptr}, {"stale", false}, {"runs", history["runs"]}, {"fixed", history["fixed"]}};
  }
  const auto& selection = *status.selection;
  json result = selection.result;
  if (!result.is_null()) {
    // Each volunteer's answers beside their chance.
    const auto answers = app::selection_answers(result);
    for (auto& entry : result["probabilities"]) entry["answers"] = answers.at(entry.at("id").get<std::string>());
  }
  return {{"status", selection.status},
          {"run", selection.run},
          {"algorithm", selection.algorithm},
          {"started_by", selection.started_by},
          {"started_at", selection.started_at},
          {"finished_at", text_or_null(selection.finished_at)},
          {"progress", {{"stage", selection.stage}, {"elapsed_seconds", selection.elapsed_seconds}}},
          {"error", selection.error},
          {"input_sha256", selection.input_sha256},
          {"panel_size", selection.panel_size},
          {"volunteers", selection.volunteers},
          {"result", result},
          {"stale", status.stale},
          {"runs", history["runs"]},
          {"fixed", history["fixed"]}};
}

Response start(app::SelectionRunner& runner, const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_algorithm,
                                        "Send {\"algorithm\": \"leximin\"} (or \"maximin\"): both publish a lottery of "
                                        "1,000 tickets.");
  const auto started = app::start_selection(*request.connection(), runner, request.slug(),
                                            body.value("algorithm", "leximin"), request.actor());
  if (started.infeasible) {
    return json_response(422, {{"error",
                                {{"code", error_codes::quota_infeasible},
                                 {"message", started.infeasible->conflicts.front().message},
                                 {"feasibility", feasibility_json(*started.infeasible)}}}});
  }
  // Answered as recorded, before the worker can have finished a small pool.
  return json_response(202, status_json(started.status));
}

Response fix(std::chrono::seconds wait, const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_option,
                                        "Send {\"run\": 3}: the number of the forum's latest run, done, that the panel "
                                        "is to be drawn from.");
  const auto fixed = app::fix_selection(*request.connection(), request.slug(), body["run"].get<long long>(), wait,
                                        request.actor());
  return json_response(201, status_json(fixed));
}

}  // namespace

void add_admin_forum_selection_routes(StaffRoutes& routes, app::SelectionRunner& runner, std::chrono::seconds wait) {
  const std::string forum = "/api/admin/forums/{slug}";
  routes.add("POST", forum + "/selection/fixed", Access::forum_manage,
             [wait](const StaffRequest& request) { return fix(wait, request); });
  routes.add("POST", forum + "/selection", Access::forum_manage,
             [&runner](const StaffRequest& request) { return start(runner, request); });
  routes.add("GET", forum + "/selection", Access::forum_manage, [](const StaffRequest& request) {
    return json_response(200, status_json(app::selection_status(*request.connection(), request.slug())));
  });
}

}  // namespace mienskip::web
