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

namespace {

// What the options ask for besides the two files: how to read the sample, how to weigh, and what
// to print.
struct WeighRequest {
  SampleOptions sample;
  WeighingOptions weighing;
  std::string format;
};

WeighRequest weigh_request(const Arguments& args) {
  WeighRequest request;
  if (auto scenarios = args.option("scenarios")) request.sample.scenarios = split_list(*scenarios);
  if (auto by = args.option("by")) request.sample.by = *by;
  const std::string missing = args.option("missing").value_or("keep");
  if (missing != "keep" && missing != "drop" && missing != "error") {
    throw Error(error_codes::usage, "--missing takes keep, drop or error");
  }
  request.sample.missing = missing == "keep" ? MissingAnswers::keep : missing == "drop" ? MissingAnswers::drop : MissingAnswers::error;
  if (args.has("lower") != args.has("upper")) {
    throw Error(error_codes::usage, "give both --lower and --upper for bounded raking, or neither");
  }
  if (args.has("lower")) {
    // Multiples of the mean weight; rake() says which bounds the respondents cannot meet.
    request.weighing.bounds = parse_weight_bounds(*args.option("lower"), *args.option("upper"), "--lower", "--upper", "usage");
  }
  if (auto min_n = args.option("min-domain-ess")) {
    request.weighing.min_domain_ess = parse_whole_number(*min_n, 0, 1000000000, "--min-domain-ess");
  }
  if (auto invited = args.option("invited")) {
    request.weighing.invited = parse_whole_number(*invited, 1, 1000000000, "--invited");
  }
  request.format = args.option("format").value_or(args.has("json") ? "none" : "text");
  if (request.format != "text" && request.format != "json" && request.format != "none") {
    throw Error(error_codes::usage, "--format takes text or json");
  }
  return request;
}

}  // namespace

int weigh_command(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(
      raw, {"respondents", "margins", "vars", "scenarios", "lower", "upper", "by", "min-domain-ess",
            "invited", "missing", "json", "weights-csv", "format"});
  for (const char* required : {"respondents", "margins"}) {
    if (!args.has(required)) throw Error(error_codes::usage, std::string("--") + required + " is required");
  }
  auto request = weigh_request(args);
  const std::string respondents_path = *args.option("respondents");
  const std::string margins_path = *args.option("margins");
  const auto margins = parse_margins(parse_csv(read_file(margins_path), margins_path));
  // --vars is read by the code that reads the results API's options, against the margins.
  if (auto vars = args.option("vars")) request.sample.variables = parse_weighting_variables(*vars, margins, "--vars", "usage");
  const auto respondents = parse_csv(read_file(respondents_path), respondents_path);
  const auto result = weigh(prepare_sample(respondents, margins, request.sample), request.weighing);

  // Everything is computed before anything is written: a failure leaves no partial output.
  const auto json = weighing_json(result);
  if (auto path = args.option("json")) write_file(*path, json.dump(2) + "\n");
  if (auto path = args.option("weights-csv")) write_file(*path, weights_csv(result));
  if (request.format == "text") std::cout << weighing_text(result);
  if (request.format == "json") std::cout << json.dump(2) << "\n";
  for (const auto& warning : result.sample.warnings) std::cerr << "mienskip weigh: note: " << warning << "\n";
  return 0;
}

}  // namespace mienskip::cli
