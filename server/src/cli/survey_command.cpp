#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <pqxx/connection>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/database.hpp"
#include "cli/files.hpp"
#include "app/pdf_printer.hpp"
#include "app/survey_report.hpp"
#include "core/report/council_report.hpp"
#include "cli/server_secret.hpp"
#include "cli/survey_demo.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/survey/response_export.hpp"
#include "core/survey/survey.hpp"
#include "core/survey/survey_definition.hpp"
#include "store/survey_results_input.hpp"
#include "store/surveys.hpp"

namespace mienskip::cli {

namespace {

constexpr const char* export_usage =
    "survey export --survey SLUG --out responses.csv [--excel] [--codebook codebook.json] "
    "[--codebook-csv codebook.csv] [--r-script read_export.R]";

constexpr const char* report_usage =
    "survey report --survey SLUG --out report.html [--pdf report.pdf] [--language nl|fy|en]";

std::string required(const Arguments& args, const std::string& name) {
  auto value = args.option(name);
  if (!value || value->empty()) throw Error(error_codes::usage, "--" + name + " is required");
  return *value;
}

int import_survey(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(raw, {"slug", "database-url"}, {"open", "if-missing"});
  if (args.positional.size() != 1) throw Error(error_codes::usage, "usage: mienskip survey import TEMPLATE.json --slug SLUG [--open]");
  const std::string path = args.positional[0];
  const std::string slug = required(args, "slug");
  // The staff API creates surveys from templates through the same two calls.
  const auto definition = read_survey_definition(read_file(path), path);
  auto connection = connect_database(args);
  if (args.has("if-missing") && store::find_survey(*connection, slug)) {
    std::cout << "survey " << slug << " already exists; left as it is\n";
    return 0;
  }
  store::create_survey(*connection, slug, definition.document, !args.has("open"), "cli");
  const Survey& survey = definition.survey;
  std::cout << "imported survey " << slug << ": " << survey.scenarios.size() << " scenarios, budget " << survey.budget
            << (args.has("open") ? ", open to everyone (responses not eligibility-checked)" : ", invitation codes required")
            << '\n';
  return 0;
}

int generate_codes(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(raw, {"survey", "count", "out", "database-url"}, {"print"});
  const std::string slug = required(args, "survey");
  const auto count = static_cast<std::size_t>(parse_whole_number(required(args, "count"), 1, 2'000'000, "--count"));
  if (!args.has("out") && !args.has("print")) throw Error(error_codes::usage, "give --out codes.csv (or --print)");
  const std::string secret = server_secret();
  auto connection = connect_database(args);
  const auto stored = store::find_survey(*connection, slug);
  if (!stored) throw Error(error_codes::not_found, "there is no survey '" + slug + "'");
  if (!stored->requires_code) throw Error(error_codes::usage, "survey '" + slug + "' is open to everyone and uses no codes");
  const auto batch = new_invitation_batch(secret, count);
  const auto& codes = batch.codes;
  // Written before storing, so a failed write leaves no codes that nobody has.
  if (auto out = args.option("out")) write_file(*out, invitation_codes_csv(codes));
  store::add_invitation_codes(*connection, stored->id, batch.hashes, "cli");
  if (args.has("print")) {
    for (const auto& code : codes) std::cout << code << '\n';
  } else {
    std::cout << "stored " << codes.size() << " invitation codes for survey " << slug << " (only their keyed hashes); "
              << "the codes are in " << *args.option("out") << '\n';
  }
  return 0;
}

// Files for analysts' own tools (R, SPSS, Excel). Everything is built in memory and every target
// checked first, so an unknown survey or a bad path writes nothing; each file is written whole.
int export_responses(const std::vector<std::string>& raw) {
  const auto args =
      parse_arguments(raw, {"survey", "out", "codebook", "codebook-csv", "r-script", "database-url"}, {"excel"});
  if (!args.positional.empty()) throw Error(error_codes::usage, "usage: " + std::string(export_usage));
  const std::string slug = required(args, "survey");
  const std::string out = required(args, "out");
  const auto dialect = args.has("excel") ? CsvDialect::excel_nl : CsvDialect::standard;
  auto connection = connect_database(args);
  // The staff API's downloads are made by the same two calls, so they hold the same bytes.
  const auto exported = store::survey_export(*connection, slug);
  const auto& responses = exported.responses;
  const auto weighting = store::export_weighting(*connection, slug, exported.survey.survey, responses);
  const auto file = [&](ExportFile which) {
    return export_file(which, exported.survey.survey, responses, dialect, weighting);
  };
  std::vector<std::pair<std::string, std::string>> files = {{out, file(ExportFile::responses_csv)}};
  if (auto path = args.option("codebook")) files.emplace_back(*path, file(ExportFile::codebook_json));
  if (auto path = args.option("codebook-csv")) files.emplace_back(*path, file(ExportFile::codebook_csv));
  if (auto path = args.option("r-script")) files.emplace_back(*path, file(ExportFile::r_script));
  // A folder that is missing or read-only is found before any file is written, so a typo in the last
  // option does not leave the first files of an export behind.
  for (const auto& file : files) {
    const std::filesystem::path target(file.first);
    const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error) || ::access(folder.c_str(), W_OK) != 0 ||
        std::filesystem::is_directory(target, error)) {
      throw Error(error_codes::cannot_write, "cannot write " + file.first);
    }
  }
  for (const auto& [path, content] : files) {
    try {
      write_file(path, content);
    } catch (const std::filesystem::filesystem_error&) {
      throw Error(error_codes::cannot_write, "cannot write " + path);
    }
  }
  std::cout << "exported " << responses.size() << " responses of survey " << slug << " to " << out
            << (args.has("excel") ? " (Excel, Dutch settings)" : "") << '\n';
  return 0;
}

// The council report, exactly as GET /api/admin/surveys/{slug}/report.html and report.pdf give it.
// Both documents are made before either is written, so a failing chromium leaves no half export.
int write_report(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(raw, {"survey", "out", "pdf", "language", "database-url"}, {});
  if (!args.positional.empty()) throw Error(error_codes::usage, "usage: mienskip " + std::string(report_usage));
  const std::string slug = required(args, "survey");
  const std::string out = required(args, "out");
  const auto pdf_path = args.option("pdf");
  if (pdf_path && pdf_path->empty()) throw Error(error_codes::usage, "--pdf needs a file name");
  const Language language = council_report_language(args.option("language"));
  auto connection = connect_database(args);
  const auto report = app::survey_report(*connection, slug, std::chrono::system_clock::now(), language);
  std::string pdf;
  if (pdf_path) {
    app::PdfSettings settings;
    if (const char* chromium = std::getenv("MIENSKIP_CHROMIUM"); chromium && *chromium) settings.chromium = chromium;
    pdf = app::print_pdf(report.html, settings);
  }
  try {
    write_file(out, report.html);
    if (pdf_path) write_file(*pdf_path, pdf);
  } catch (const std::filesystem::filesystem_error& e) {
    throw Error(error_codes::cannot_write, std::string("cannot write the report: ") + e.what());
  }
  std::cout << "wrote the council report of survey " << slug << " to " << out
            << (pdf_path ? " and " + *pdf_path : std::string()) << '\n';
  return 0;
}

}  // namespace

int survey_command(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "import") return import_survey({args.begin() + 1, args.end()});
  if (!args.empty() && args[0] == "export") return export_responses({args.begin() + 1, args.end()});
  if (!args.empty() && args[0] == "report") return write_report({args.begin() + 1, args.end()});
  if (!args.empty() && args[0] == "demo") return survey_demo({args.begin() + 1, args.end()});
  throw Error(error_codes::usage, std::string("usage: mienskip survey import TEMPLATE.json --slug SLUG [--open] [--if-missing]\n"
                                   "       mienskip ") +
                           export_usage + "\n       mienskip " + report_usage +
                           "\n       mienskip survey demo TEMPLATE.json --slug SLUG --margins MARGINS.csv [--responses N] [--if-missing]");
}

int codes_command(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "generate") return generate_codes({args.begin() + 1, args.end()});
  throw Error(error_codes::usage, "usage: mienskip codes generate --survey SLUG --count N --out codes.csv");
}

}  // namespace mienskip::cli
