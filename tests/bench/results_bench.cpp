// Benchmark: the results API's computation for 100,000 responses to the Súdwest-Fryslân survey,
// weighted to age, gender and area: weigh_survey_responses (the export's table, prepare, weigh),
// weighing_json and the JSON text, the median of five cold runs (nothing kept between runs), the
// CPU time per step, and peak memory. Target (issue 7): under 300 ms. With a database URL it also
// times store::responses_for_export and a whole view on the same number of stored responses (in a
// survey it makes and removes again). Prints its figures; not part of the pass/fail suite.
//
//   build/tests/results_bench [responses] [database-url]
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli/memory_tuning.hpp"
#include "core/csv.hpp"
#include "core/random_token.hpp"
#include "core/survey.hpp"
#include "core/survey_results.hpp"
#include "core/weighing_report.hpp"
#include "store/surveys.hpp"

using namespace mienskip;
using Clock = std::chrono::steady_clock;

namespace {

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread: what the work costs when other processes share the cores.
double cpu_milliseconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

long peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

std::string read(const std::string& relative) {
  std::ifstream in(std::string(MIENSKIP_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// The example margins of the template (tests/data/weighting/sudwest-fryslan-margins.csv), for the
// three variables the benchmark weights to.
Margins bench_margins() {
  const auto all = parse_margins(parse_csv(read("tests/data/weighting/sudwest-fryslan-margins.csv"), "margins.csv"));
  Margins margins;
  for (const auto& margin : all.variables) {
    if (margin.variable == "age" || margin.variable == "gender" || margin.variable == "area") {
      margins.variables.push_back(margin);
    }
  }
  return margins;
}

// Responses as a self-selected sample gives them: older residents and Snits over-represented, the
// young and the villages under; 2% decline their age; a third explain one scenario in a sentence
// (with commas, so the export quotes it); points in whole numbers adding up to 100.
std::vector<ExportedResponse> generate(const Survey& survey, const Margins& margins, std::size_t n) {
  std::mt19937_64 random(20261125);
  auto draw = [&](const Margin& margin, const std::function<double(std::size_t)>& propensity) {
    std::vector<double> weights;
    for (std::size_t k = 0; k < margin.categories.size(); ++k) weights.push_back(margin.population[k] * propensity(k));
    return std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  };
  const Margin& age = margins.variables[0];
  const Margin& gender = margins.variables[1];
  const Margin& area = margins.variables[2];
  auto pick_age = draw(age, [](std::size_t k) { return 0.5 + 0.25 * static_cast<double>(k); });
  auto pick_gender = draw(gender, [](std::size_t k) { return k == 0 ? 1.15 : 1.0; });
  auto pick_area = draw(area, [](std::size_t k) { return k == 0 ? 1.4 : 1.0 - 0.05 * static_cast<double>(k); });
  std::uniform_int_distribution<int> education(0, 2);
  std::uniform_real_distribution<double> unit(0, 1);
  const std::vector<std::string> texts = {
      "De gemeente moet de regie houden, anders gaat het mis met de kosten voor inwoners.",
      "Wij hebben zelf zonnepanelen en een energiecoöperatie in het dorp: dat werkt goed.",
      "Windmolens op land vind ik lelijk, maar opslag is nodig voor de toekomst.",
      "Ik weet het niet goed; \"de markt\" regelt het meestal niet eerlijk."};

  // As the database returns them: the answers as JSON text, read into trees one response after
  // the other by store::responses_for_export (which lays them out in memory as the server has them).
  struct Stored {
    std::string public_id, submitted_at, language, answers;
  };
  std::vector<Stored> stored;
  stored.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    nlohmann::json allocations = nlohmann::json::object();
    int left = survey.budget;
    for (std::size_t s = 0; s < survey.scenarios.size(); ++s) {
      const int give = s + 1 == survey.scenarios.size() ? left : std::min(left, static_cast<int>(unit(random) * 45));
      allocations[survey.scenarios[s].id] = give;
      left -= give;
    }
    nlohmann::json motivations = nlohmann::json::object();
    if (unit(random) < 0.33) {
      motivations[survey.scenarios[i % survey.scenarios.size()].id] = texts[i % texts.size()];
    }
    nlohmann::json demographics = {
        {"age", unit(random) < 0.02 ? std::string(prefer_not_to_say) : age.categories[pick_age(random)]},
        {"gender", gender.categories[pick_gender(random)]},
        {"education", survey.question("education")->options[static_cast<std::size_t>(education(random))].id},
        {"area", area.categories[pick_area(random)]}};
    char submitted[32];
    std::snprintf(submitted, sizeof submitted, "2026-11-%02zuT%02zu:%02zu:%02zuZ", 20 + i % 10, i % 24, i % 60,
                  (i / 60) % 60);
    const nlohmann::json answers = {{"allocations", std::move(allocations)},
                                    {"motivations", std::move(motivations)},
                                    {"demographics", std::move(demographics)}};
    stored.push_back({random_token("r-"), submitted, i % 5 == 0 ? "fy" : "nl", answers.dump()});
  }
  std::vector<ExportedResponse> responses;
  responses.reserve(n);
  const double start = cpu_milliseconds();
  for (const auto& row : stored) {
    responses.push_back({row.public_id, row.submitted_at, row.language, nlohmann::json::parse(row.answers)});
  }
  std::printf("  reading the answers' JSON text into trees (as responses_for_export does): %.0f ms CPU\n",
              cpu_milliseconds() - start);
  return responses;
}

// What the results route computes once the responses are read: the weighing, its report and the
// report's JSON text.
std::string results_text(const Survey& survey, const std::vector<ExportedResponse>& responses, const Margins& margins) {
  return weighing_json(weigh_survey_responses(survey, responses, margins)).dump();
}

// Stores the responses under a survey of its own, times responses_for_export, and removes them.
void time_store(const std::string& url, const nlohmann::json& definition, const Survey& survey, const Margins& margins,
                const std::vector<ExportedResponse>& responses) {
  pqxx::connection connection(url);
  const std::string slug = "results-bench-" + std::to_string(::getpid());
  const long long survey_id = store::create_survey(connection, slug, definition, false, "results_bench");
  const auto start = Clock::now();
  for (std::size_t from = 0; from < responses.size(); from += 5000) {
    nlohmann::json batch = nlohmann::json::array();
    for (std::size_t i = from; i < std::min(responses.size(), from + 5000); ++i) {
      batch.push_back({{"id", responses[i].public_id},
                       {"at", responses[i].submitted_at},
                       {"language", responses[i].language},
                       {"answers", responses[i].answers}});
    }
    pqxx::work work(connection);
    work.exec_params(
        "INSERT INTO responses (public_id, survey_id, idempotency_key, eligibility_checked, language, answers, "
        "submitted_at) SELECT x ->> 'id', $1, 'bench-' || (x ->> 'id'), false, x ->> 'language', x -> 'answers', "
        "(x ->> 'at')::timestamptz FROM jsonb_array_elements($2::jsonb) AS x",
        survey_id, batch.dump());
    work.commit();
  }
  std::printf("  stored %zu responses in %.0f ms (setting up only)\n", responses.size(), milliseconds_since(start));
  std::vector<double> runs, views;
  for (int run = 0; run < 3; ++run) {
    const auto read_start = Clock::now();
    const auto read = store::responses_for_export(connection, slug);
    runs.push_back(milliseconds_since(read_start));
    if (read.size() != responses.size()) std::printf("  read %zu responses, expected %zu\n", read.size(), responses.size());
    results_text(survey, read, margins);
    views.push_back(milliseconds_since(read_start));
  }
  std::printf("  store::responses_for_export: %.0f ms (median of 3)\n", median(runs));
  std::printf("  a whole cold view with the store's read (responses_for_export, then as above): %.0f ms (median of 3; "
              "best %.0f ms)\n",
              median(views), *std::min_element(views.begin(), views.end()));
  pqxx::work work(connection);
  work.exec_params("DELETE FROM responses WHERE survey_id = $1", survey_id);
  work.exec_params("DELETE FROM surveys WHERE id = $1", survey_id);
  work.commit();
}

}  // namespace

int main(int argc, char** argv) {
  mienskip::keep_freed_memory();  // as `mienskip serve` does
  const std::size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const auto definition = nlohmann::json::parse(read("survey-templates/sudwest-fryslan-energiestrategie.json"));
  const Survey survey = survey_from_template(nlohmann::json::parse(read("survey-templates/schema.json")), definition);
  const Margins margins = bench_margins();
  std::printf("results_bench: %zu responses to the Súdwest-Fryslân survey, weighted to age, gender and area\n", n);
  const auto responses = generate(survey, margins, n);
  std::printf("  generated, peak memory so far %ld MB\n", peak_rss_mb());

  // The steps of the results route one by one (to see where the time goes, in CPU time), then the
  // whole as the route runs it after reading the responses, in wall-clock and CPU time. Nothing is
  // kept between runs: every run is what the first view after a new response costs (cold).
  std::vector<double> table_ms, prepare, weigh_ms, report, dump, total, total_cpu;
  std::size_t json_bytes = 0;
  for (int run = 0; run < 5; ++run) {
    double start = cpu_milliseconds();
    const auto table = responses_table(survey, responses, "responses.csv");
    table_ms.push_back(cpu_milliseconds() - start);
    start = cpu_milliseconds();
    auto sample = prepare_sample(table, margins, {});
    prepare.push_back(cpu_milliseconds() - start);
    start = cpu_milliseconds();
    const auto step_result = weigh(std::move(sample), {});
    weigh_ms.push_back(cpu_milliseconds() - start);
    start = cpu_milliseconds();
    const auto step_json = weighing_json(step_result);
    report.push_back(cpu_milliseconds() - start);
    start = cpu_milliseconds();
    json_bytes = step_json.dump().size();
    dump.push_back(cpu_milliseconds() - start);

    const auto wall_start = Clock::now();
    const double cpu_start = cpu_milliseconds();
    const auto text = results_text(survey, responses, margins);
    total.push_back(milliseconds_since(wall_start));
    total_cpu.push_back(cpu_milliseconds() - cpu_start);
    if (run == 0) {
      const auto result = weigh_survey_responses(survey, responses, margins);
      std::printf("  %zu weighted (%zu left out), %d passes, %s: weighted mean %.3f (se %.3f)\n",
                  result.sample.ids.size(), result.sample.dropped_ids.size(), result.passes,
                  result.estimates.scenarios[0].scenario.c_str(), result.estimates.scenarios[0].weighted_mean,
                  result.estimates.scenarios[0].se);
    }
  }
  std::printf("  CPU time per step (median of 5):\n");
  std::printf("    responses_table (the export's table, without its text): %.0f ms\n", median(table_ms));
  std::printf("    prepare_sample: %.0f ms\n", median(prepare));
  std::printf("    weigh (raking, estimates, representativeness): %.0f ms\n", median(weigh_ms));
  std::printf("    weighing_json: %.0f ms\n", median(report));
  std::printf("    JSON text for the response (%.1f MB, json_response): %.0f ms\n", static_cast<double>(json_bytes) / 1e6,
              median(dump));
  std::printf("  COLD VIEW (first view after a new response; weigh_survey_responses + weighing_json + JSON text):\n"
              "    median %.0f ms wall-clock (%.0f ms CPU) of 5; best %.0f ms; target < 300 ms\n",
              median(total), median(total_cpu), *std::min_element(total.begin(), total.end()));
  std::printf("  peak memory %ld MB\n", peak_rss_mb());

  const char* url = argc > 2 ? argv[2] : nullptr;
  if (url) time_store(url, definition, survey, margins, responses);
  return 0;
}
