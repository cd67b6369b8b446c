// Issue 7, how a survey is going, through a real `mienskip serve`: responses per day (Dutch calendar)
// and per area, residents' motivations searched literally and paged, and the results weighed with
// the options `variables`, `bounds` and `by` (the same code as `mienskip weigh --vars --lower
// --upper --by`).
#include <algorithm>
#include <cctype>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/pqxx>
#include <random>

#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"
#include "support/http_client.hpp"
#include "support/reference_data.hpp"
#include "support/resident_answers.hpp"
#include "support/results_fixture.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "support/staff_session.hpp"
#include "support/test_database.hpp"

using namespace mienskip;
using namespace mienskip::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string slug = "energie";
const std::string secret = server_environment("")["MIENSKIP_SECRET"];
const std::string base = "/api/admin/surveys/" + slug;

const auto& scenarios = energy_scenarios;
const auto& ages = energy_ages;
const auto& educations = energy_educations;
const auto& areas = energy_areas;
constexpr int response_count = 60;

// Motivations with the texts the search must tell apart: a `%` and a `_` that must match only
// themselves (unescaped, "100%" would match "1000" and "wind_op" would match "windXop"), and
// capitals beyond ASCII.
const std::map<int, std::pair<std::string, std::string>> special_motivations = {
    {0, {"gemeente-leidt", "Wij willen 100% duurzame energie"}},
    {1, {"gemeente-leidt", "1000 euro per jaar is te veel"}},
    {2, {"opslag", "wind_op_zee is beter"}},
    {3, {"opslag", "windXopXzee is duurder"}},
    {4, {"inwoners-zelf", "SÚDWEST-FRYSLÂN kan het zelf"}},
};

struct Stored {
  std::string response_id;
  std::string submitted_at;  // UTC, as the API writes it
  std::string amsterdam_day;
  std::optional<std::string> area;
  std::map<std::string, std::string> points, motivations;
  std::string language;
};

// The Súdwest-Fryslân survey with 60 responses spread over late November 2026 (by UTC time set in
// the database: some at 23:30 UTC, which is already the next day in the Netherlands, and no
// response at all on the 28th), a few without an area, and an admin and an analyst.
struct InsightDatabase {
  std::string url;
  std::vector<Stored> responses;

  explicit InsightDatabase(const std::string& name) : url(fresh_database(name)) {
    const auto codes = import_survey_with_codes(url, "sudwest-fryslan-energiestrategie.json", slug, response_count);
    pqxx::connection connection(url);
    const auto survey = *store::find_survey(connection, slug);
    std::minstd_rand random(20261129);
    for (int i = 0; i < response_count; ++i) {
      ResponseDraft draft;
      // The first 24 cover every category of every weighting variable, in turn; the rest are drawn.
      const AnswerPicker pick{i, 24, random};
      draft.demographics = {{"age", ages[pick(ages.size())]},
                            {"gender", i == 2 ? "anders" : pick(2) == 1 ? "vrouw" : "man"},
                            {"education", educations[pick(educations.size())]}};
      std::optional<std::string> area;
      if (i % 10 != 9) area = areas[pick(areas.size())];
      if (area) draft.demographics["area"] = *area;
      std::vector<long> raw(scenarios.size());
      for (std::size_t s = 0; s < raw.size(); ++s) {
        raw[s] = 1 + static_cast<long>(random() % 20) + (s == 0 ? 3 * (i % 7) : 0);
      }
      draft.allocations = points_in_proportion(scenarios, raw);
      if (const auto special = special_motivations.find(i); special != special_motivations.end()) {
        draft.motivations[special->second.first] = special->second.second;
      } else if (i % 3 == 0) {
        draft.motivations["gemeente-leidt"] = "Omdat de gemeente het overzicht heeft";
        if (i % 2 == 0) draft.motivations["markt-bepaalt"] = "De markt is te onrustig";
      }
      const Language language = i % 4 == 0 ? Language::fy : Language::nl;
      const auto submission =
          submit_with_code(connection, survey, secret, codes[i], "insight-" + std::to_string(i), language, draft);
      // Days 25, 26 and 29 November (UTC), a quarter of them at 23:30 UTC: 00:30 the next day in the
      // Netherlands (CET, UTC+1). The seconds keep every time distinct, so "newest first" is exact.
      const int day = 25 + std::vector<int>{0, 1, 4}[i % 3];
      const bool late = i % 4 == 1;
      char utc[32];
      std::snprintf(utc, sizeof utc, "2026-11-%02dT%s:%02dZ", day, late ? "23:30" : "12:00", i);
      char amsterdam[32];
      std::snprintf(amsterdam, sizeof amsterdam, "2026-11-%02d", day + (late ? 1 : 0));
      pqxx::work work(connection);
      work.exec_params("UPDATE responses SET submitted_at = $1::timestamptz WHERE public_id = $2", utc,
                       submission.response_id);
      work.commit();
      std::map<std::string, std::string> points;
      for (const auto& s : scenarios) points[s] = draft.allocations.count(s) ? draft.allocations.at(s) : "0";
      responses.push_back({submission.response_id, utc, amsterdam, area, points, draft.motivations,
                           std::string(language_code(language))});
    }
    add_staff(url);
  }
};

Reply get(std::uint16_t port, const Login& who, const std::string& path) {
  return staff_request(port, who, "GET", path);
}

json get_json(std::uint16_t port, const Login& who, const std::string& path) {
  const auto reply = get(port, who, path);
  BOOST_TEST_REQUIRE(reply.status == 200, path << ": " << reply.body);
  return reply.json_body();
}

// A text as a query value: every byte that is not unreserved percent-encoded.
std::string encoded(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", c);
      out += escape;
    }
  }
  return out;
}

void expect_refused(std::uint16_t port, const Login& who, const std::string& path, const std::string& message_part,
                    const std::string& code = "invalid_option") {
  const auto reply = get(port, who, path);
  BOOST_TEST(reply.status == 422, path << ": " << reply.status << " " << reply.body);
  if (reply.status != 422) return;
  BOOST_TEST(reply.json_body()["error"]["code"] == code, path << ": " << reply.body);
  const std::string message = reply.json_body()["error"]["message"];
  BOOST_TEST(message.find(message_part) != std::string::npos, path << ": " << message);
}

// The motivations expected for a filter, newest first and within a response in scenario order.
std::vector<std::pair<const Stored*, std::string>> expected_motivations(
    const InsightDatabase& db, const std::function<bool(const std::string&, const std::string&)>& keep) {
  std::vector<const Stored*> newest_first;
  for (const auto& r : db.responses) newest_first.push_back(&r);
  std::sort(newest_first.begin(), newest_first.end(),
            [](const Stored* a, const Stored* b) { return a->submitted_at > b->submitted_at; });
  std::vector<std::pair<const Stored*, std::string>> expected;
  for (const auto* r : newest_first) {
    for (const auto& s : scenarios) {
      const auto text = r->motivations.find(s);
      if (text != r->motivations.end() && keep(s, text->second)) expected.emplace_back(r, s);
    }
  }
  return expected;
}

void expect_items(const json& items, const std::vector<std::pair<const Stored*, std::string>>& expected,
                  std::size_t from, const std::string& where) {
  BOOST_TEST_REQUIRE(items.size() <= expected.size() - std::min(from, expected.size()), where);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const auto& [response, scenario] = expected[from + k];
    const auto& item = items[k];
    BOOST_TEST(item["response_id"] == response->response_id, where << " item " << k);
    BOOST_TEST(item["scenario"] == scenario, where << " item " << k);
    BOOST_TEST(item["text"] == response->motivations.at(scenario), where << " item " << k);
    BOOST_TEST(std::to_string(item["points"].get<long long>()) == response->points.at(scenario), where);
    BOOST_TEST(item["language"] == response->language, where);
    BOOST_TEST(item["submitted_at"] == response->submitted_at, where);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_insight_api)

BOOST_AUTO_TEST_CASE(arrivals_per_dutch_day_and_per_area) {
  InsightDatabase db("http_insight_arrivals");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login analyst = log_in(port, analyst_email, analyst_password);

  const json arrivals = get_json(port, analyst, base + "/arrivals");
  BOOST_TEST(arrivals["total"] == response_count);
  BOOST_TEST(arrivals["by"] == "area");  // the default: the survey asks where residents live

  std::map<std::string, long long> per_day;
  for (const auto& r : db.responses) ++per_day[r.amsterdam_day];
  BOOST_TEST(per_day.count("2026-11-27") == 1u);  // only late-night responses of the 26th (UTC)
  BOOST_TEST(per_day.count("2026-11-28") == 0u);
  json expected_days = json::array();
  for (int day = 25; day <= 30; ++day) {
    const std::string date = "2026-11-" + std::to_string(day);
    expected_days.push_back({{"date", date}, {"responses", per_day.count(date) ? per_day[date] : 0}});
  }
  BOOST_TEST(arrivals["per_day"] == expected_days, arrivals["per_day"].dump());

  std::map<std::string, long long> per_area;
  long long without_area = 0;
  for (const auto& r : db.responses) r.area ? ++per_area[*r.area] : ++without_area;
  BOOST_TEST(without_area > 0);
  BOOST_TEST(arrivals["not_answered"] == without_area);
  const auto& categories = arrivals["per_category"];
  BOOST_TEST_REQUIRE(categories.size() == areas.size() + 1);  // the options, then prefer_not_to_say
  for (std::size_t k = 0; k < areas.size(); ++k) {
    BOOST_TEST(categories[k]["category"] == areas[k]);
    BOOST_TEST(categories[k]["responses"] == per_area[areas[k]], areas[k]);
  }
  BOOST_TEST(categories[0]["label"] == (json{{"nl", "Sneek"}, {"fy", "Snits"}, {"en", "Sneek (Snits)"}}));
  BOOST_TEST(categories[8]["category"] == "prefer_not_to_say");
  BOOST_TEST(categories[8]["responses"] == 0);

  const json by_gender = get_json(port, analyst, base + "/arrivals?by=gender");
  BOOST_TEST(by_gender["by"] == "gender");
  BOOST_TEST(by_gender["not_answered"] == 0);
  BOOST_TEST(by_gender["per_category"][2]["category"] == "anders");
  BOOST_TEST(by_gender["per_category"][2]["responses"] == 1);
  BOOST_TEST(by_gender["per_day"] == arrivals["per_day"]);

  expect_refused(port, analyst, base + "/arrivals?by=woonplaats",
                 "by: 'woonplaats' is not a question of this survey (age, gender, education, area)");
  expect_refused(port, analyst, base + "/arrivals?per=dag", "'per' is not an option here (it takes by)");
  expect_refused(port, analyst, base + "/arrivals?by=age&by=area", "'by' is given twice");
  BOOST_TEST(get(port, analyst, "/api/admin/surveys/bestaat-niet/arrivals").status == 404);
}

BOOST_AUTO_TEST_CASE(motivations_are_searched_literally_and_paged) {
  InsightDatabase db("http_insight_motivations");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login analyst = log_in(port, analyst_email, analyst_password);
  const auto everything = [](const std::string&, const std::string&) { return true; };

  const json all = get_json(port, analyst, base + "/motivations?limit=200");
  const auto expected = expected_motivations(db, everything);
  BOOST_TEST(all["total"] == expected.size());
  BOOST_TEST(all["items"].size() == expected.size());
  expect_items(all["items"], expected, 0, "all");
  BOOST_TEST_REQUIRE(all["counts"].size() == scenarios.size());
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    long long with_text = 0;
    for (const auto& r : db.responses) with_text += static_cast<long long>(r.motivations.count(scenarios[s]));
    BOOST_TEST(all["counts"][s]["scenario"] == scenarios[s]);
    BOOST_TEST(all["counts"][s]["with_text"] == with_text, scenarios[s]);
  }
  BOOST_TEST(all["counts"][5]["with_text"] == 0);

  // Pages of 7 put together are the whole list, in the same order; the default page is 50.
  std::size_t seen = 0;
  for (std::size_t offset = 0; offset < expected.size() + 7; offset += 7) {
    const json page = get_json(port, analyst, base + "/motivations?limit=7&offset=" + std::to_string(offset));
    BOOST_TEST(page["total"] == expected.size());
    BOOST_TEST(page["counts"] == all["counts"]);
    expect_items(page["items"], expected, offset, "offset " + std::to_string(offset));
    seen += page["items"].size();
  }
  BOOST_TEST(seen == expected.size());
  BOOST_TEST(get_json(port, analyst, base + "/motivations")["items"].size() == std::min<std::size_t>(50, expected.size()));

  // '%' and '_' match only themselves; case does not matter, beyond ASCII too.
  const auto search = [&](const std::string& q, const std::string& text_expected) {
    const json found = get_json(port, analyst, base + "/motivations?q=" + encoded(q));
    BOOST_TEST(found["total"] == 1, q << ": " << found.dump());
    BOOST_TEST_REQUIRE(found["items"].size() == 1u, q);
    BOOST_TEST(found["items"][0]["text"] == text_expected, q);
    BOOST_TEST(found["counts"] == all["counts"], q);  // the counts do not depend on the search
  };
  search("100%", "Wij willen 100% duurzame energie");
  search("wind_op", "wind_op_zee is beter");
  search("súdwest-fryslân", "SÚDWEST-FRYSLÂN kan het zelf");
  BOOST_TEST(get_json(port, analyst, base + "/motivations?q=" + encoded("%"))["total"] == 1);
  BOOST_TEST(get_json(port, analyst, base + "/motivations?q=" + encoded("\\"))["total"] == 0);
  BOOST_TEST(get_json(port, analyst, base + "/motivations?q=GEMEENTE")["total"] ==
             expected_motivations(db, [](const std::string&, const std::string& text) {
               return text.find("gemeente") != std::string::npos;
             }).size());

  // One scenario, with a search and paging together.
  const auto markt = expected_motivations(db, [](const std::string& s, const std::string&) { return s == "markt-bepaalt"; });
  BOOST_TEST(markt.size() > 2u);
  const json markt_page = get_json(port, analyst, base + "/motivations?scenario=markt-bepaalt&q=onrustig&limit=2&offset=1");
  BOOST_TEST(markt_page["total"] == markt.size());
  expect_items(markt_page["items"], markt, 1, "markt-bepaalt");
  BOOST_TEST(markt_page["items"].size() == 2u);
  BOOST_TEST(get_json(port, analyst, base + "/motivations?scenario=opslag&q=100")["total"] == 0);

  expect_refused(port, analyst, base + "/motivations?limit=0", "limit must be a whole number from 1 to 200, not '0'");
  expect_refused(port, analyst, base + "/motivations?limit=201", "limit must be a whole number from 1 to 200");
  expect_refused(port, analyst, base + "/motivations?offset=-1", "offset must be a whole number from 0");
  expect_refused(port, analyst, base + "/motivations?limit=tien", "limit must be a whole number");
  expect_refused(port, analyst, base + "/motivations?scenario=kernenergie",
                 "scenario: 'kernenergie' is not a scenario of this survey (gemeente-leidt, inwoners-zelf");
  expect_refused(port, analyst, base + "/motivations?zoek=wind", "'zoek' is not an option here");
  expect_refused(port, analyst, base + "/motivations?q=" + std::string(201, 'a'), "at most 200 characters");
  // Not UTF-8: refused as the address is read, before the search sees it.
  const auto not_utf8 = get(port, analyst, base + "/motivations?q=wind%FF");
  BOOST_TEST(not_utf8.status == 400, not_utf8.body);
  BOOST_TEST(not_utf8.body.find("\"invalid_query\"") != std::string::npos, not_utf8.body);
  BOOST_TEST(get(port, analyst, "/api/admin/surveys/bestaat-niet/motivations").status == 404);
}

BOOST_AUTO_TEST_CASE(results_options_change_the_weighing_as_weigh_does) {
  InsightDatabase db("http_insight_results");
  ServerProcess server({"serve", "--port", "0"}, server_environment(db.url));
  const auto port = server.port();
  const Login admin = log_in(port, admin_email, admin_password);
  const Login analyst = log_in(port, analyst_email, analyst_password);
  const auto margins_csv = read_test_data("weighting/sudwest-fryslan-margins.csv");
  const auto uploaded =
      request(port, "PUT", base + "/margins", margins_csv,
              RequestOptions{"text/csv", false, {{"Cookie", admin.cookie}, {"X-CSRF-Token", admin.csrf}}});
  BOOST_TEST_REQUIRE(uploaded.status == 200, uploaded.body);

  const json plain = get_json(port, analyst, base + "/results");
  BOOST_TEST(plain["method"] == "raking");
  BOOST_TEST(plain["inputs"]["weighting_variables"] == json::array({"age", "gender", "education", "area"}));
  BOOST_TEST(plain["estimates"]["domain_variable"].is_null());
  BOOST_TEST(plain["pairwise"].size() == scenarios.size() * (scenarios.size() - 1) / 2);
  BOOST_TEST(plain["pairwise"][0]["a"] == scenarios[0]);
  BOOST_TEST(plain["pairwise"][0]["b"] == scenarios[1]);
  // The ranking comes with the results: a rank set per scenario, the simultaneous intervals wider
  // than one pair's own, and the test that all scenarios are equal on K - 1 degrees of freedom.
  const auto& ranking = plain["ranking"];
  BOOST_TEST(ranking["ranks"].size() == scenarios.size());
  BOOST_TEST(ranking["critical_value"].get<double>() > 1.96);
  BOOST_TEST(ranking["equal_means"]["df"] == scenarios.size() - 1);
  const auto& pair = plain["pairwise"][0];
  BOOST_TEST(pair["simultaneous_low"].get<double>() < pair["ci95_low"].get<double>());
  BOOST_TEST(pair["simultaneous_high"].get<double>() > pair["ci95_high"].get<double>());
  expect_exported_r_script_gives_the_results(port, analyst, base, plain);

  // A subset of the variables: weighted to age and gender only, so area no longer matches its margin
  // and those without an area are no longer in its "(no answer)" group; everyone counts either way.
  const json subset = get_json(port, analyst, base + "/results?variables=" + encoded("age, gender"));
  BOOST_TEST(subset["inputs"]["weighting_variables"] == json::array({"age", "gender"}));
  BOOST_TEST(subset["inputs"]["n_used"] == response_count);
  BOOST_TEST(plain["inputs"]["n_used"] == response_count);
  BOOST_TEST(plain["inputs"]["kept_missing"]["per_variable"]["area"].get<int>() > 0);
  BOOST_TEST(!subset["inputs"]["kept_missing"]["per_variable"].contains("area"));
  BOOST_TEST(subset["weight_summary"] != plain["weight_summary"]);
  BOOST_TEST(subset["representativeness"]["variables"].size() == 2u);

  // Bounds between what the margins need on average and what plain raking gives: respected, and
  // the margins still met.
  double needed_upper = 0;
  double needed_lower = 1e300;
  for (const auto& variable : plain["representativeness"]["variables"]) {
    for (const auto& category : variable["categories"]) {
      const double need = category["population_share"].get<double>() / category["sample_share"].get<double>();
      needed_upper = std::max(needed_upper, need);
      needed_lower = std::min(needed_lower, need);
    }
  }
  const double plain_max = plain["weight_summary"]["max"].get<double>();
  BOOST_TEST_REQUIRE(plain_max > needed_upper * 1.05);
  const double upper = (needed_upper + plain_max) / 2;
  const double lower = needed_lower / 2;
  char bounds[64];
  std::snprintf(bounds, sizeof bounds, "%.6f,%.6f", lower, upper);
  const json bounded = get_json(port, analyst, base + "/results?bounds=" + encoded(bounds));
  BOOST_TEST(bounded["method"] == "bounded_raking");
  const double lower_given = std::stod(std::string(bounds).substr(0, std::string(bounds).find(',')));
  const double upper_given = std::stod(std::string(bounds).substr(std::string(bounds).find(',') + 1));
  BOOST_TEST(bounded["bounds"]["upper"].get<double>() == upper_given);
  // Every weight within the bounds: the smallest and largest (the API lists no weight per response).
  BOOST_TEST(bounded["weight_summary"]["min"].get<double>() >= lower_given - 1e-9);
  BOOST_TEST(bounded["weight_summary"]["max"].get<double>() <= upper_given + 1e-9);
  BOOST_TEST(std::fabs(bounded["weight_summary"]["max"].get<double>() - upper_given) < 1e-9);
  BOOST_TEST(bounded["convergence"]["max_rel_margin_error"].get<double>() < 1e-9);

  // By area: the domains of the report.
  const json by_area = get_json(port, analyst, base + "/results?by=area");
  BOOST_TEST(by_area["estimates"]["domain_variable"] == "area");
  BOOST_TEST(by_area["estimates"]["domains"].size() == areas.size());
  BOOST_TEST(by_area["weight_summary"] == plain["weight_summary"]);
  BOOST_TEST(by_area["kish"] == plain["kish"]);

  // All three together are exactly `mienskip weigh` with --vars, --lower, --upper and --by on the export.
  const std::string options = "variables=" + encoded("age,gender,education") + "&bounds=" + encoded(bounds) + "&by=area";
  const json api = get_json(port, analyst, base + "/results?" + options);
  const std::string bounds_text = bounds;
  expect_results_equal_weigh(
      api, weigh_export(db.url, slug, test_data_path("weighting/sudwest-fryslan-margins.csv"),
                        {"--vars", "age,gender,education", "--lower", bounds_text.substr(0, bounds_text.find(',')),
                         "--upper", bounds_text.substr(bounds_text.find(',') + 1), "--by", "area"}));

  // Bad options: 422 with what is wrong, for both roles.
  for (const auto& who : {admin, analyst}) {
    expect_refused(port, who, base + "/results?variables=age,inkomen",
                   "variables: 'inkomen' is not a variable of the population margins (age, gender, education, area)");
    expect_refused(port, who, base + "/results?variables=", "variables names no variable");
    expect_refused(port, who, base + "/results?bounds=1,3",
                   "the lower bound is a multiple of the mean weight and must be a number from 0 to below 1, not '1'");
    expect_refused(port, who, base + "/results?bounds=0.3,1",
                   "the upper bound is a multiple of the mean weight and must be a number above 1, not '1'");
    expect_refused(port, who, base + "/results?bounds=3,0.3", "the lower bound is a multiple of the mean weight");
    expect_refused(port, who, base + "/results?bounds=0.3", "bounds takes two numbers, lower,upper");
    expect_refused(port, who, base + "/results?bounds=laag,hoog", "not 'laag'");
    expect_refused(port, who, base + "/results?by=woonplaats", "by: 'woonplaats' is not a question of this survey");
    expect_refused(port, who, base + "/results?gewicht=1", "'gewicht' is not an option here");
  }
  // Bounds the respondents cannot meet: raking's own message, with the bound that would work.
  expect_refused(port, analyst, base + "/results?bounds=0.9,1.1", "Raise the upper bound to at least",
                 "bounds_infeasible");
}

BOOST_AUTO_TEST_SUITE_END()
