#include "cli/survey_demo.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/arguments.hpp"
#include "cli/database.hpp"
#include "cli/files.hpp"
#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/survey/demo_responses.hpp"
#include "core/survey/survey_definition.hpp"
#include "core/weighting/margins_source.hpp"
#include "core/weighting/weighting_input.hpp"
#include "store/margins.hpp"
#include "store/surveys.hpp"

namespace mienskip::cli {

namespace {

constexpr const char* usage =
    "usage: mienskip survey demo TEMPLATE.json --slug SLUG --margins MARGINS.csv [--responses N] [--source TEXT]\n"
    "       [--reference-date YYYY-MM-DD] [--population TEXT] [--if-missing]";

// Who the audit log names for what the demo stored in residents' and staff's place.
const std::string actor = "demo";

// The title says, in every language, that nobody real answered.
void label_as_demo(nlohmann::json& document) {
  auto& title = document["title"];
  if (title.contains("nl")) title["nl"] = title["nl"].get<std::string>() + " (demo met fictieve antwoorden)";
  if (title.contains("fy")) title["fy"] = title["fy"].get<std::string>() + " (demo mei fiktive antwurden)";
  if (title.contains("en")) title["en"] = title["en"].get<std::string>() + " (demo with fictional answers)";
}

}  // namespace

int survey_demo(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(
      raw, {"slug", "margins", "responses", "source", "reference-date", "population", "database-url"}, {"if-missing"});
  const auto slug = args.option("slug");
  const auto margins_path = args.option("margins");
  if (args.positional.size() != 1 || !slug || !margins_path) throw Error(error_codes::usage, usage);
  const long count = args.option("responses") ? parse_whole_number(*args.option("responses"), 10, 100'000, "--responses") : 1400;
  auto definition = read_survey_definition(read_file(args.positional[0]), args.positional[0]);
  // Checked before anything is stored: a wrong margins file leaves no half-made demo.
  const auto margins = parse_margins(parse_csv(read_file(*margins_path), *margins_path));
  const auto source = checked_margins_source(args.option("source"), args.option("reference-date"), args.option("population"));
  auto connection = connect_database(args);
  if (args.has("if-missing") && store::find_survey(*connection, *slug)) {
    std::cout << "survey " << *slug << " already exists; left as it is\n";
    return 0;
  }
  label_as_demo(definition.document);
  store::create_survey(*connection, *slug, definition.document, false, actor);
  const auto stored = *store::find_survey(*connection, *slug);
  const auto drafts = demo_responses(stored.survey, margins, static_cast<std::size_t>(count), 20261206);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    const auto checked = check_response(stored.survey, drafts[i], Language::nl);
    if (!checked.response) throw Error(error_codes::invalid_demo, "a demo answer was refused: " + checked.errors.front().field + ": " + checked.errors.front().message);
    store::submit_response(*connection, stored, std::nullopt, "demo-response-" + std::to_string(i), Language::nl,
                           response_json(stored.survey, *checked.response));
  }
  store::replace_margins(*connection, *slug, margins, source, actor);
  std::cout << "made demo survey " << *slug << ": " << drafts.size() << " fictional responses and the margins of "
            << *margins_path << '\n';
  return 0;
}

}  // namespace mienskip::cli
