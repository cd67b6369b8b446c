#include "web/admin/admin_survey_insight.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/base/utf8.hpp"
#include "store/survey_insight.hpp"
#include "store/surveys.hpp"
#include "web/http/query_options.hpp"

namespace mienskip::web {

namespace {

constexpr long long max_page = 200;
constexpr std::size_t max_search_length = 200;

store::StoredSurvey survey_or_404(pqxx::connection& connection, const std::string& slug) {
  auto survey = store::find_survey(connection, slug);
  if (!survey) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
  return std::move(*survey);
}

nlohmann::json text_json(const LocalText& text) { return {{"nl", text.nl}, {"fy", text.fy}, {"en", text.en}}; }

// The question the arrivals are counted by: asked for, else `area` (where residents live is what
// staff watch during fieldwork), else the first question; none when the survey asks none.
const DemographicQuestion* arrivals_question(const Survey& survey, const std::optional<std::string>& asked) {
  if (asked) {
    if (const auto* question = survey.question(*asked)) return question;
    std::string questions;
    for (const auto& q : survey.demographics) questions += (questions.empty() ? "" : ", ") + q.id;
    throw Error(error_codes::invalid_option, "by: '" + *asked + "' is not a question of this survey (" +
                                      (questions.empty() ? "it asks none" : questions) + ")");
  }
  if (const auto* area = survey.question("area")) return area;
  return survey.demographics.empty() ? nullptr : &survey.demographics.front();
}

nlohmann::json arrivals_json(const DemographicQuestion* question, const store::Arrivals& arrivals) {
  nlohmann::json per_day = nlohmann::json::array();
  for (const auto& [date, responses] : arrivals.per_day) per_day.push_back({{"date", date}, {"responses", responses}});
  nlohmann::json per_category = nlohmann::json::array();
  if (question) {
    // Every option in the question's order (0 included), then `prefer_not_to_say`, then any stored
    // answer the definition no longer lists, so that the categories always add up.
    auto options = question->options;
    options.push_back({std::string(prefer_not_to_say), prefer_not_to_say_label()});
    auto count_of = [&](const std::string& id) {
      const auto found = std::find_if(arrivals.per_answer.begin(), arrivals.per_answer.end(),
                                      [&](const auto& answer) { return answer.first == id; });
      return found == arrivals.per_answer.end() ? 0LL : found->second;
    };
    for (const auto& option : options) {
      per_category.push_back({{"category", option.id}, {"label", text_json(option.label)}, {"responses", count_of(option.id)}});
    }
    auto others = arrivals.per_answer;
    std::sort(others.begin(), others.end());
    for (const auto& [id, responses] : others) {
      const bool listed = std::any_of(options.begin(), options.end(), [&](const auto& o) { return o.id == id; });
      if (!listed) per_category.push_back({{"category", id}, {"label", text_json({id, id, id})}, {"responses", responses}});
    }
  }
  return {{"total", arrivals.total},
          {"by", question ? nlohmann::json(question->id) : nlohmann::json(nullptr)},
          {"per_day", per_day},
          {"per_category", per_category},
          {"not_answered", arrivals.not_answered}};
}

nlohmann::json motivations_json(const Survey& survey, const store::MotivationPage& page) {
  nlohmann::json counts = nlohmann::json::array();
  for (const auto& scenario : survey.scenarios) {
    const auto found = std::find_if(page.with_text.begin(), page.with_text.end(),
                                    [&](const auto& count) { return count.first == scenario.id; });
    counts.push_back({{"scenario", scenario.id}, {"with_text", found == page.with_text.end() ? 0LL : found->second}});
  }
  nlohmann::json items = nlohmann::json::array();
  for (const auto& m : page.items) {
    items.push_back({{"response_id", m.response_id},
                     {"scenario", m.scenario},
                     {"points", m.points},
                     {"text", m.text},
                     {"language", m.language},
                     {"submitted_at", m.submitted_at}});
  }
  return {{"counts", counts}, {"total", page.total}, {"items", items}};
}

}  // namespace

void add_admin_survey_insight_routes(StaffRoutes& routes) {
  routes.add("GET", "/api/admin/surveys/{slug}/arrivals", Access::survey_read, [](const StaffRequest& request) {
    const QueryOptions options(request.http, {"by"});
    auto connection = request.connection();
    const auto stored = survey_or_404(*connection, request.slug());
    const auto* question = arrivals_question(stored.survey, options.text("by"));
    const auto arrivals = store::survey_arrivals(*connection, stored.id, question ? question->id : "");
    return json_response(200, arrivals_json(question, arrivals));
  });
  routes.add("GET", "/api/admin/surveys/{slug}/motivations", Access::survey_read, [](const StaffRequest& request) {
    const QueryOptions options(request.http, {"scenario", "q", "limit", "offset"});
    store::MotivationQuery query;
    query.limit = options.whole_number("limit", 50, 1, max_page);
    query.offset = options.whole_number("offset", 0, 0, 1'000'000'000);
    query.text = trim(options.text("q").value_or(""));
    // Not UTF-8 (a tampered address) would only be refused by PostgreSQL, as a server error.
    const auto characters = utf8_length(query.text);
    if (!characters || *characters > max_search_length) {
      throw Error(error_codes::invalid_option, "q is a text to search for of at most " + std::to_string(max_search_length) +
                                        " characters, in UTF-8");
    }
    auto connection = request.connection();
    const auto stored = survey_or_404(*connection, request.slug());
    std::vector<std::string> scenario_order;
    for (const auto& scenario : stored.survey.scenarios) scenario_order.push_back(scenario.id);
    if (const auto scenario = options.text("scenario")) {
      if (!stored.survey.scenario(*scenario)) {
        std::string ids;
        for (const auto& id : scenario_order) ids += (ids.empty() ? "" : ", ") + id;
        throw Error(error_codes::invalid_option, "scenario: '" + *scenario + "' is not a scenario of this survey (" + ids + ")");
      }
      query.scenario = *scenario;
    }
    return json_response(200, motivations_json(stored.survey, store::find_motivations(*connection, stored.id,
                                                                                      scenario_order, query)));
  });
}

}  // namespace mienskip::web
