#include "web/admin/admin_forum_selection.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/panel/alternates.hpp"
#include "core/base/error.hpp"
#include "core/forum/forum_pool.hpp"
#include "core/panel/panel_search.hpp"
#include "core/panel/published_lottery.hpp"
#include "core/panel/quota_feasibility.hpp"
#include "store/forum_selection.hpp"
#include "web/forum_json.hpp"
#include "web/http/json_body.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

// The pool exactly as published (features.csv, candidates.csv), read as `mienskip select` reads it.
Pool published_pool(const store::StoredSelection& selection) {
  return read_pool_files({selection.features_csv, selection.candidates_csv});
}

// Each volunteer's answers as the selection saw them, from its types.
std::map<std::string, json> answers_by_id(const json& result) {
  std::map<std::string, json> answers;
  for (const auto& type : result.at("types")) {
    for (const auto& id : type.at("volunteers")) answers[id.get<std::string>()] = type.at("values");
  }
  return answers;
}

// The pool the selection starts from, read from the files it publishes; answers the quotas lack
// mean the quotas were changed after volunteers signed up, which staff resolve in the quotas (or
// the volunteers), not in this request.
Pool pool_of(const PoolFiles& files) {
  try {
    return read_pool_files(files);
  } catch (const Error& e) {
    if (e.code() != "unknown_value") throw;
    throw Error(error_codes::answers_outside_quotas, std::string("The volunteers' answers do not fit the quotas: ") + e.what() +
                                              ". Change the quotas back, or correct the volunteer's answers.");
  }
}

json status_json(const std::optional<store::StoredSelection>& selection, const store::SelectionInput& input) {
  if (!selection) {
    return {{"status", "none"}, {"algorithm", nullptr}, {"started_by", nullptr}, {"started_at", nullptr},
            {"finished_at", nullptr}, {"progress", nullptr}, {"error", nullptr}, {"input_sha256", nullptr},
            {"panel_size", input.panel_size}, {"volunteers", input.volunteers.size()}, {"result", nullptr},
            {"stale", false}};
  }
  json result = selection->result;
  if (!result.is_null()) {
    const auto answers = answers_by_id(result);
    for (auto& entry : result["probabilities"]) entry["answers"] = answers.at(entry.at("id").get<std::string>());
  }
  return {{"status", selection->status},
          {"algorithm", selection->algorithm},
          {"started_by", selection->started_by},
          {"started_at", selection->started_at},
          {"finished_at", selection->finished_at ? json(*selection->finished_at) : json(nullptr)},
          {"progress", {{"stage", selection->stage}, {"elapsed_seconds", selection->elapsed_seconds}}},
          {"error", selection->error},
          {"input_sha256", selection->input_sha256},
          {"panel_size", selection->panel_size},
          {"volunteers", selection->volunteers},
          {"result", result},
          {"stale", store::is_stale(*selection, input)}};
}

std::string checked_algorithm(const json& body) {
  if (!body.is_object() || body.size() > 1 || (body.size() == 1 && !body.contains("algorithm"))) {
    throw Error(error_codes::invalid_algorithm, "Send {\"algorithm\": \"leximin\"} (or \"maximin\").");
  }
  const json& chosen = body.contains("algorithm") ? body["algorithm"] : json("leximin");
  const std::string algorithm = chosen.is_string() ? chosen.get<std::string>() : std::string();
  if (algorithm != "leximin" && algorithm != "maximin") {
    throw Error(error_codes::invalid_algorithm, "The algorithm is leximin or maximin: both publish a lottery of 1,000 tickets.");
  }
  return algorithm;
}

Response start(SelectionRunner& runner, const StaffRequest& request) {
  const auto algorithm = checked_algorithm(json_body(request.http, "the selection"));
  const auto& slug = request.slug();
  auto connection = request.connection();
  const auto input = store::read_selection_input(*connection, slug);
  if (input.volunteers.empty()) {
    throw Error(error_codes::no_volunteers, "Forum '" + slug + "' has no volunteers to select a panel from yet.");
  }
  auto files = forum_pool_files(input.categories, input.volunteers);
  auto pool = pool_of(files);
  const auto feasibility = quota_feasibility(pool, input.panel_size);
  if (!feasibility.feasible()) {
    return json_response(422, {{"error",
                                {{"code", error_codes::quota_infeasible},
                                 {"message", feasibility.conflicts.front().message},
                                 {"feasibility", feasibility_json(feasibility)}}}});
  }
  store::SelectionStart started{algorithm, input.panel_size, static_cast<int>(input.volunteers.size()),
                                pool.input_sha256, std::move(files)};
  const auto run = store::start_selection(*connection, slug, started, request.actor());
  // Answered as recorded, before the worker can have finished a small pool.
  auto answer = json_response(202, status_json(store::find_selection(*connection, slug), input));
  runner.submit({input.forum_id, run, std::move(pool), input.panel_size, algorithm});
  return answer;
}

json panel_json(pqxx::connection& connection, const store::StoredPanel& panel, const store::StoredSelection& selection,
                long long forum_id) {
  std::vector<std::string> everyone = panel.drawn;
  std::set<std::string> dropped, alternates;
  for (const auto& round : panel.rounds) {
    dropped.insert(round.dropouts.begin(), round.dropouts.end());
    alternates.insert(round.alternates.begin(), round.alternates.end());
    everyone.insert(everyone.end(), round.alternates.begin(), round.alternates.end());
  }
  const auto answers = answers_by_id(selection.result);
  const auto contacts = store::volunteer_contacts(connection, forum_id, everyone);
  auto text = [](const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); };
  json members = json::array();
  for (const auto& id : everyone) {
    const auto contact = contacts.find(id);
    const store::VolunteerContact none;
    const auto& details = contact == contacts.end() ? none : contact->second;
    members.push_back({{"id", id},
                       {"answers", answers.at(id)},
                       {"name", text(details.name)},
                       {"email", text(details.email)},
                       {"phone", text(details.phone)},
                       {"status", dropped.count(id) ? "dropout" : alternates.count(id) ? "alternate" : "member"}});
  }
  json rounds = json::array();
  for (const auto& round : panel.rounds) {
    rounds.push_back({{"round", round.round}, {"seed", round.seed}, {"dropouts", round.dropouts},
                      {"alternates", round.alternates}, {"drawn_by", round.drawn_by}, {"drawn_at", round.drawn_at}});
  }
  return {{"lottery_number", panel.lottery_number},
          {"input_sha256", panel.input_sha256},
          {"algorithm", selection.algorithm},
          {"panel_size", selection.panel_size},
          {"drawn_by", panel.drawn_by},
          {"drawn_at", panel.drawn_at},
          {"members", members},
          {"rounds", rounds}};
}

// The pool without these volunteers; its input hash stays that of the published pool, which
// keys the alternates' random weights.
Pool without(Pool pool, const std::set<std::string>& left) {
  if (left.empty()) return pool;
  Pool kept = pool;
  kept.ids.clear();
  kept.values.clear();
  kept.household.clear();
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    if (left.count(pool.ids[i])) continue;
    kept.ids.push_back(pool.ids[i]);
    kept.values.push_back(pool.values[i]);
    if (!pool.household.empty()) kept.household.push_back(pool.household[i]);
  }
  return kept;
}

struct DrawnPanel {
  store::StoredPanel panel;
  store::StoredSelection selection;
};

DrawnPanel existing_panel(pqxx::connection& connection, const std::string& slug) {
  auto panel = store::find_panel(connection, slug);
  if (!panel) throw Error(error_codes::no_panel, "The panel of forum '" + slug + "' has not been drawn yet.");
  auto selection = store::find_selection(connection, slug);
  if (!selection || selection->run != panel->selection_run) {
    throw std::runtime_error("the selection a panel was drawn from is gone");
  }
  return {std::move(*panel), std::move(*selection)};
}

int checked_lottery_number(const json& body) {
  if (!body.is_object() || body.size() != 1 || !body.contains("lottery_number") ||
      !body["lottery_number"].is_number_integer() || body["lottery_number"].get<long long>() < 0 ||
      body["lottery_number"].get<long long>() > 999) {
    throw Error(error_codes::invalid_lottery_number, "Send the publicly drawn number as {\"lottery_number\": 417}, a whole number "
                                          "from 0 to 999.");
  }
  return body["lottery_number"].get<int>();
}

Response draw_panel(const StaffRequest& request) {
  const int number = checked_lottery_number(json_body(request.http, "the lottery number"));
  const auto& slug = request.slug();
  auto connection = request.connection();
  const auto input = store::read_selection_input(*connection, slug);
  if (store::find_panel(*connection, slug)) {
    throw Error(error_codes::panel_drawn, "The panel of forum '" + slug + "' has already been drawn; a panel is drawn once.");
  }
  if (!input.sign_up_closed) {
    throw Error(error_codes::sign_up_open, "Sign-up for forum '" + slug + "' is still open: close it before drawing the panel.");
  }
  const auto selection = store::find_selection(*connection, slug);
  if (!selection || selection->status != "done") {
    throw Error(error_codes::no_selection, "Forum '" + slug + "' has no finished selection to draw the panel from.");
  }
  if (store::is_stale(*selection, input)) {
    throw Error(error_codes::selection_stale, "The volunteers or quotas changed after the selection was computed: run the "
                                   "selection again and publish it before drawing the panel.");
  }
  // From the published files and lottery: exactly what anyone re-running them gets.
  const auto pool = published_pool(*selection);
  const auto types = group_types(pool);
  const auto lottery = published_lottery(selection->result, pool, types);
  std::vector<std::string> members;
  for (auto i : panel_for_ticket(pool, types, lottery, number)) members.push_back(pool.ids[i]);
  store::store_panel(*connection, slug, selection->run, number, pool.input_sha256, members, request.actor());
  const auto drawn = existing_panel(*connection, slug);
  return json_response(201, panel_json(*connection, drawn.panel, drawn.selection, input.forum_id));
}

Response replace_dropouts(const StaffRequest& request) {
  const auto body = json_body(request.http, "the dropouts");
  if (!body.is_object() || body.size() != 2 || !body.contains("ids") || !body.contains("seed")) {
    throw Error(error_codes::invalid_dropouts, "Send {\"ids\": [\"V0003\", ...], \"seed\": \"...\"}: the members who dropped out "
                                    "and a public seed.");
  }
  const auto seed = public_seed(body["seed"]);
  const auto& slug = request.slug();
  auto connection = request.connection();
  const auto forum_id = store::read_selection_input(*connection, slug).forum_id;
  const auto drawn = existing_panel(*connection, slug);
  const auto current = drawn.panel.current();
  const auto& ids = body["ids"];
  if (!ids.is_array() || ids.empty()) throw Error(error_codes::invalid_dropouts, "Name at least one member who dropped out.");
  // Members who dropped out in an earlier round are not asked again: they leave the pool. The
  // first round uses the published pool unchanged, so `mienskip alternates` reproduces it.
  std::set<std::string> earlier;
  for (const auto& round : drawn.panel.rounds) earlier.insert(round.dropouts.begin(), round.dropouts.end());
  const auto pool = without(published_pool(drawn.selection), earlier);
  auto index_of = [&pool](const std::string& id) {
    return static_cast<std::size_t>(std::find(pool.ids.begin(), pool.ids.end(), id) - pool.ids.begin());
  };
  std::vector<std::string> dropouts;
  for (const auto& id : ids) {
    if (!id.is_string() || std::find(current.begin(), current.end(), id.get<std::string>()) == current.end()) {
      throw Error(error_codes::invalid_dropouts, "'" + (id.is_string() ? id.get<std::string>() : id.dump()) +
                                          "' is not a member of the panel as it is now.");
    }
    if (std::find(dropouts.begin(), dropouts.end(), id.get<std::string>()) != dropouts.end()) {
      throw Error(error_codes::invalid_dropouts, "'" + id.get<std::string>() + "' is named twice.");
    }
    dropouts.push_back(id.get<std::string>());
  }
  std::vector<std::size_t> panel, dropped;
  for (const auto& id : current) panel.push_back(index_of(id));
  for (const auto& id : dropouts) dropped.push_back(index_of(id));
  std::vector<std::string> alternates;
  for (auto i : draw_alternates(pool, drawn.selection.panel_size, panel, dropped, seed)) alternates.push_back(pool.ids[i]);
  const int round = static_cast<int>(drawn.panel.rounds.size()) + 1;
  store::store_round(*connection, slug, {round, seed, dropouts, alternates, "", ""}, request.actor());
  const auto now = existing_panel(*connection, slug);
  return json_response(201, panel_json(*connection, now.panel, now.selection, forum_id));
}

}  // namespace

void add_admin_forum_selection_routes(StaffRoutes& routes,
                                      SelectionRunner& runner) {
  routes.add("POST", "/api/admin/forums/{slug}/selection", Access::admin, [&runner](const StaffRequest& request) {
    return start(runner, request);
  });
  routes.add("GET", "/api/admin/forums/{slug}/selection", Access::admin, [](const StaffRequest& request) {
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto input = store::read_selection_input(*connection, slug);
    return json_response(200, status_json(store::find_selection(*connection, slug), input));
  });
  routes.add("POST", "/api/admin/forums/{slug}/panel", Access::admin, [](const StaffRequest& request) {
    return draw_panel(request);
  });
  routes.add("GET", "/api/admin/forums/{slug}/panel", Access::admin, [](const StaffRequest& request) {
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto forum_id = store::read_selection_input(*connection, slug).forum_id;
    const auto drawn = existing_panel(*connection, slug);
    return json_response(200, panel_json(*connection, drawn.panel, drawn.selection, forum_id));
  });
  routes.add("POST", "/api/admin/forums/{slug}/panel/dropouts", Access::admin, [](const StaffRequest& request) {
    return replace_dropouts(request);
  });
}

}  // namespace mienskip::web
