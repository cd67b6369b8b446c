// Benchmark: the results view for 100,000 responses to the Súdwest-Fryslân survey, weighted to age,
// gender and area. Without a database: the computation once the responses are in memory, step by
// step in CPU time (the export's table, prepare, weigh, weighing_json, the JSON text), median of
// five. With a database URL, the headline: a WHOLE VIEW as GET .../results computes it
// (web::survey_results_json: margins and settings, the kept responses brought up to date with the
// database, weighing, report, JSON text; no HTTP) on the same number of stored responses, in three
// cases: the first view (nothing kept: every response read), the view after one new response (only
// that one read and appended) and a repeated view (nothing new). Target (issue 7): under 300 ms.
// Makes a survey of its own and removes it again. Prints its figures; not part of the pass/fail
// suite.
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
#include "core/base/csv.hpp"
#include "core/crypto/random_token.hpp"
#include "core/survey/survey.hpp"
#include "core/survey/survey_results.hpp"
#include "core/weighting/weighting_report.hpp"
#include "store/margins.hpp"
#include "store/response_table_cache.hpp"
#include "store/surveys.hpp"
#include "web/admin/admin_surveys.hpp"

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

// What the results route computes once the responses are in memory: the weighing, its report (without
// the weight of every respondent, as the API has it) and the report's JSON text.
std::string results_text(const Survey& survey, const std::vector<ExportedResponse>& responses, const Margins& margins) {
  return weighing_json(weigh_survey_responses(survey, responses, margins), RespondentWeights::left_out).dump();
}

void insert_responses(pqxx::connection& connection, long long survey_id, const std::vector<ExportedResponse>& responses) {
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
}

// Stores the responses and the margins under a survey of its own, times whole views (first, after
// one new response, repeated) and the store's full read, and removes the survey again.
void time_store(const std::string& url, const nlohmann::json& definition, const Margins& margins,
                const std::vector<ExportedResponse>& responses) {
  pqxx::connection connection(url);
  const std::string slug = "results-bench-" + std::to_string(::getpid());
  const long long survey_id = store::create_survey(connection, slug, definition, false, "results_bench");
  store::replace_margins(connection, slug, margins, MarginsSource{}, "results_bench");
  const auto start = Clock::now();
  insert_responses(connection, survey_id, responses);
  std::printf("  stored %zu responses in %.0f ms (setting up only)\n", responses.size(), milliseconds_since(start));
  {
    pqxx::nontransaction analyse(connection);
    analyse.exec("VACUUM ANALYZE responses");  // as autovacuum would have by the time staff look
  }

  std::vector<double> reads;
  for (int run = 0; run < 3; ++run) {
    const auto read_start = Clock::now();
    const auto read = store::responses_for_export(connection, slug);
    reads.push_back(milliseconds_since(read_start));
    if (read.size() != responses.size()) std::printf("  read %zu responses, expected %zu\n", read.size(), responses.size());
  }

  // Each case five times: a new cache for every first view, one more response before every
  // incremental view, nothing between repeated views.
  std::vector<double> first, incremental, repeated;
  std::size_t json_bytes = 0;
  long peak_after_first = 0;
  const auto whole_view = [&](store::ResponseTableCache& cache, std::vector<double>& times) {
    const auto view_start = Clock::now();
    json_bytes = web::survey_results_json(connection, cache, slug).dump().size();
    times.push_back(milliseconds_since(view_start));
  };
  store::ResponseTableCache cache;
  for (int run = 0; run < 5; ++run) {
    store::ResponseTableCache empty;
    whole_view(empty, first);
    peak_after_first = peak_rss_mb();
  }
  whole_view(cache, first);
  for (int run = 0; run < 5; ++run) {
    auto one = responses[static_cast<std::size_t>(run)];
    one.public_id = random_token("r-");
    one.submitted_at = "2026-12-01T12:00:0" + std::to_string(run) + "Z";
    insert_responses(connection, survey_id, {one});
    whole_view(cache, incremental);
  }
  for (int run = 0; run < 5; ++run) whole_view(cache, repeated);
  const auto best = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
  std::printf("  WHOLE VIEW (web::survey_results_json: margins, responses kept or read, weighing, report, JSON text of "
              "%.0f kB), wall-clock, median of 5 (best):\n",
              static_cast<double>(json_bytes) / 1e3);
  std::printf("    first view (nothing kept, every response read):  %5.0f ms (%.0f)\n", median(first), best(first));
  std::printf("    after 1 new response (read and appended):         %5.0f ms (%.0f)   target < 300 ms\n",
              median(incremental), best(incremental));
  std::printf("    repeated view (nothing new):                      %5.0f ms (%.0f)   target < 300 ms\n",
              median(repeated), best(repeated));
  std::printf("  store::responses_for_export (the export's full read, for comparison): %.0f ms (median of 3)\n",
              median(reads));
  std::printf("  kept: %zu responses; peak memory after a first view %ld MB\n", cache.responses_kept(), peak_after_first);
  pqxx::work work(connection);
  work.exec_params("DELETE FROM responses WHERE survey_id = $1", survey_id);
  work.exec_params("DELETE FROM survey_margins WHERE survey_id = $1", survey_id);
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
  // computation from responses in memory to JSON text, in wall-clock and CPU time. The server keeps
  // the export's table (store::ResponseTableCache), so a view after the first skips responses_table.
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
    const auto step_json = weighing_json(step_result, RespondentWeights::left_out);
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
      std::printf("  the report with every respondent's weight listed (as weigh --format json) would be %.1f MB\n",
                  static_cast<double>(weighing_json(step_result).dump().size()) / 1e6);
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
  std::printf("    weighing_json (as the API: without every respondent's weight): %.0f ms\n", median(report));
  std::printf("    JSON text for the response (%.0f kB, json_response): %.0f ms\n", static_cast<double>(json_bytes) / 1e3,
              median(dump));
  std::printf("  computation from responses in memory (weigh_survey_responses + weighing_json + JSON text):\n"
              "    median %.0f ms wall-clock (%.0f ms CPU) of 5; best %.0f ms; target < 300 ms\n",
              median(total), median(total_cpu), *std::min_element(total.begin(), total.end()));
  std::printf("  peak memory %ld MB\n", peak_rss_mb());

  const char* url = argc > 2 ? argv[2] : nullptr;
  if (url) time_store(url, definition, margins, responses);
  return 0;
}
