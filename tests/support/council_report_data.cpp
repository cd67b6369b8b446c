#include "support/council_report_data.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>


namespace mienskip::test {

namespace {

const std::vector<std::string> ages = {"16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-plus"};
const std::vector<std::string> educations = {"laag", "middelbaar", "hoog"};
const std::vector<std::string> small_areas = {"boalsert",    "warkum-makkum", "drylts-heeg",   "wymbritseradiel",
                                              "wunseradiel", "nijefurd",      "littenseradiel"};

}  // namespace

std::vector<ExportedResponse> energy_responses(int count) {
  std::vector<ExportedResponse> out;
  for (int i = 0; i < count; ++i) {
    const int a = (i * 7) % 31, b = (i * 13) % 21, c = (i * 3) % 16, d = (i * 5) % 11, e = (i % 4) * 3;
    const nlohmann::json allocations = {{"gemeente-leidt", a}, {"inwoners-zelf", b},
                                        {"markt-bepaalt", c},  {"grootschalige-opwek", d},
                                        {"opslag", e},         {"energieleverancier", 100 - a - b - c - d - e}};
    const std::string area = i % 10 < 6 ? "snits" : small_areas[static_cast<std::size_t>(i) % small_areas.size()];
    const nlohmann::json demographics = {
        {"age", i == 17 || i == 90 ? "prefer_not_to_say" : ages[static_cast<std::size_t>(i * 3 % 11) % ages.size()]},
        {"gender", i % 20 == 0 ? "anders" : (i % 2 ? "man" : "vrouw")},
        {"education", educations[static_cast<std::size_t>(i / 2) % educations.size()]},
        {"area", area}};
    char when[32];
    std::snprintf(when, sizeof when, "2026-%02d-%02dT%02d:15:00Z", 11 + (24 + i / 40) / 30, (24 + i / 40) % 30 + 1,
                  8 + i % 12);
    out.push_back(
        {"r-" + std::to_string(i), when, "nl", {{"allocations", allocations}, {"demographics", demographics}}});
  }
  return out;
}

Margins energy_margins() {
  Margins m;
  m.variables.push_back({"age", ages, {9000, 10000, 11000, 12000, 13000, 12000, 8000}});
  m.variables.push_back({"gender", {"man", "vrouw", "anders"}, {37000, 37500, 500}});
  m.variables.push_back({"education", educations, {25000, 30000, 20000}});
  m.variables.push_back({"area",
                         {"snits", "boalsert", "warkum-makkum", "drylts-heeg", "wymbritseradiel", "wunseradiel",
                          "nijefurd", "littenseradiel"},
                         {30000, 6000, 7000, 8000, 9000, 7000, 4000, 4000}});
  return m;
}

EnergyWeighing::EnergyWeighing(int count, const ResultsOptions& options)
    : survey(energy_survey()),
      answers(energy_responses(count)),
      result(weigh_survey_responses(survey, answers, energy_margins(), options)),
      facts(council_report_facts(answers, true, "2026-12-20T09:05:00Z")) {}

}  // namespace mienskip::test
