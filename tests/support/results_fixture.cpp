#include "support/results_fixture.hpp"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <random>

#include "core/survey_response.hpp"
#include "store/surveys.hpp"
#include "support/resident_answers.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace mienskip::test {

namespace {

const std::vector<std::string> ages = {"16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-plus"};
const std::vector<std::string> genders = {"man", "vrouw", "anders"};
const std::vector<std::string> educations = {"laag", "middelbaar", "hoog"};
const std::vector<std::string> areas = {"snits",           "boalsert",    "warkum-makkum", "drylts-heeg",
                                        "wymbritseradiel", "wunseradiel", "nijefurd",      "littenseradiel"};

}  // namespace

ResultsDatabase::ResultsDatabase(const std::string& name) : url(fresh_database(name)) {
  const std::string secret = server_environment("")["MIENSKIP_SECRET"];
  const auto codes =
      import_survey_with_codes(url, "sudwest-fryslan-energiestrategie.json", results_slug, results_response_count);
  pqxx::connection connection(url);
  const auto stored = *store::find_survey(connection, results_slug);
  std::minstd_rand random(20261125);
  for (int i = 0; i < results_response_count; ++i) {
    const bool cover = i < 24;
    const auto pick = [&](std::size_t count) {
      return cover ? static_cast<std::size_t>(i) % count : static_cast<std::size_t>(random()) % count;
    };
    const std::size_t age = pick(ages.size());
    ResponseDraft draft;
    draft.demographics = {{"age", i % 17 == 9 && !cover ? "prefer_not_to_say" : ages[age]},
                          {"gender", i < 3 ? genders[static_cast<std::size_t>(i)] : genders[pick(2)]},
                          {"education", educations[pick(educations.size())]},
                          {"area", areas[pick(areas.size())]}};
    std::vector<long> raw(energy_scenarios.size());
    for (std::size_t s = 0; s < raw.size(); ++s) {
      raw[s] = 1 + static_cast<long>(random() % 20) + (s == 0 ? 5 * static_cast<long>(age) : 0);
    }
    draft.allocations = points_in_proportion(energy_scenarios, raw);
    const Language language = i % 3 == 0 ? Language::fy : Language::nl;
    submit_with_code(connection, stored, secret, codes[static_cast<std::size_t>(i)], "results-" + std::to_string(i),
                     language, draft);
  }
  add_account(url, "admin", results_admin_email, results_admin_password);
  add_account(url, "analyst", results_analyst_email, results_analyst_password);
}

Login log_in(std::uint16_t port, const std::string& email, const std::string& password) {
  const auto reply =
      request(port, "POST", "/api/session", nlohmann::json{{"email", email}, {"password", password}}.dump(),
              RequestOptions{"application/json", false, {}});
  BOOST_TEST_REQUIRE(reply.status == 200, reply.body);
  const std::string set_cookie = reply.headers.get("Set-Cookie");
  return {set_cookie.substr(0, set_cookie.find(';')), reply.json_body()["csrf_token"].get<std::string>()};
}

Reply get_as(std::uint16_t port, const std::optional<Login>& who, const std::string& path, int timeout_seconds) {
  RequestOptions options;
  if (who) options.headers.push_back({"Cookie", who->cookie});
  return request(port, "GET", path, "", options, timeout_seconds);
}

Reply put_margins(std::uint16_t port, const std::optional<Login>& who, const std::string& csv, bool with_csrf,
                  const std::string& content_type) {
  RequestOptions options{content_type, false, {}};
  if (who) options.headers.push_back({"Cookie", who->cookie});
  if (who && with_csrf) options.headers.push_back({"X-CSRF-Token", who->csrf});
  return request(port, "PUT", "/api/admin/surveys/" + results_slug + "/margins", csv, options);
}

std::string error_code(const Reply& reply) { return reply.json_body()["error"]["code"].get<std::string>(); }

}  // namespace mienskip::test
