#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/files.hpp"
#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/weighting/weighting.hpp"
#include "core/weighting/weighting_options.hpp"
#include "core/weighting/weighting_report.hpp"

namespace mienskip::cli {

int weigh_command(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(
      raw, {"respondents", "margins", "vars", "scenarios", "lower", "upper", "by", "min-domain-n",
            "missing", "json", "weights-csv", "format"});
  for (const char* required : {"respondents", "margins"}) {
    if (!args.has(required)) throw Error(error_codes::usage, std::string("--") + required + " is required");
  }
  // --lower, --upper and --vars are read by the code that reads the results API's options.
  SampleOptions sample_options;
  if (auto scenarios = args.option("scenarios")) sample_options.scenarios = split_list(*scenarios);
  if (auto by = args.option("by")) sample_options.by = *by;
  const std::string missing = args.option("missing").value_or("drop");
  if (missing != "drop" && missing != "error") throw Error(error_codes::usage, "--missing takes drop or error");
  sample_options.missing_is_error = missing == "error";

  WeighingOptions options;
  if (args.has("lower") != args.has("upper")) {
    throw Error(error_codes::usage, "give both --lower and --upper for bounded raking, or neither");
  }
  if (args.has("lower")) {
    // Multiples of the mean weight; rake() says which bounds the respondents cannot meet.
    options.bounds = parse_weight_bounds(*args.option("lower"), *args.option("upper"), "--lower", "--upper", "usage");
  }
  if (auto min_n = args.option("min-domain-n")) {
    options.min_domain_respondents = parse_whole_number(*min_n, 0, 1000000000, "--min-domain-n");
  }
  const std::string format = args.option("format").value_or(args.has("json") ? "none" : "text");
  if (format != "text" && format != "json" && format != "none") {
    throw Error(error_codes::usage, "--format takes text or json");
  }

  const std::string respondents_path = *args.option("respondents");
  const std::string margins_path = *args.option("margins");
  const auto margins = parse_margins(parse_csv(read_file(margins_path), margins_path));
  if (auto vars = args.option("vars")) sample_options.variables = parse_weighting_variables(*vars, margins, "--vars", "usage");
  const auto respondents = parse_csv(read_file(respondents_path), respondents_path);
  const auto result = weigh(prepare_sample(respondents, margins, sample_options), options);

  // Everything is computed before anything is written: a failure leaves no partial output.
  const auto json = weighing_json(result);
  if (auto path = args.option("json")) write_file(*path, json.dump(2) + "\n");
  if (auto path = args.option("weights-csv")) write_file(*path, weights_csv(result));
  if (format == "text") std::cout << weighing_text(result);
  if (format == "json") std::cout << json.dump(2) << "\n";
  for (const auto& warning : result.sample.warnings) std::cerr << "mienskip weigh: note: " << warning << "\n";
  return 0;
}

}  // namespace mienskip::cli
