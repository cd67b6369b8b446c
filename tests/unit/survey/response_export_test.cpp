// Exports for analysts' own tools (core/survey/response_export), against the real Súdwest-Fryslân template.
#include "core/survey/response_export.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/survey/survey.hpp"

#include "support/energy_survey.hpp"

using namespace mienskip;

namespace {

// The shipped survey, read once (support/energy_survey).
auto& energy = mienskip::test::energy_survey;

const std::vector<std::string> expected_header = {
    "response_id",
    "submitted_at",
    "language",
    "points_gemeente-leidt",
    "points_inwoners-zelf",
    "points_markt-bepaalt",
    "points_grootschalige-opwek",
    "points_opslag",
    "points_energieleverancier",
    "motivation_gemeente-leidt",
    "motivation_inwoners-zelf",
    "motivation_markt-bepaalt",
    "motivation_grootschalige-opwek",
    "motivation_opslag",
    "motivation_energieleverancier",
};

std::vector<ExportedResponse> two_responses() {
  ExportedResponse first{"r-first",
                         "2026-11-25T09:15:00Z",
                         "fy",
                         {{"allocations", {{"gemeente-leidt", 50}, {"opslag", 30}, {"energieleverancier", 20}}},
                          {"motivations",
                           {{"gemeente-leidt", "Dan weet je, zegt \"men\", waar je aan toe bent.\nEcht."},
                            {"opslag", "Wyn en sinne; batterij \xE2\x80\x94 \xC3\xA2lde mûne"}}},
                          {"demographics", {{"age", "35-44"}, {"gender", "prefer_not_to_say"}}}}};
  ExportedResponse second{"r-second",
                          "2026-11-25T10:00:00Z",
                          "nl",
                          {{"allocations", {{"markt-bepaalt", 100}}},
                           {"motivations", nlohmann::json::object()},
                           {"demographics", nlohmann::json::object()}}};
  return {first, second};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(response_export)

BOOST_AUTO_TEST_CASE(columns_follow_the_definition_in_order) {
  const auto columns = export_columns(energy());
  std::vector<std::string> names;
  for (const auto& column : columns) names.push_back(column.name);
  auto expected = expected_header;
  for (const auto& question : energy().demographics) expected.push_back(question.id);
  expected.push_back("weight");
  BOOST_TEST(names == expected, boost::test_tools::per_element());
  BOOST_TEST(energy().demographics.size() >= 3u);
  BOOST_TEST(energy().demographics[0].id == "age");
  BOOST_TEST(energy().demographics[1].id == "gender");
}

BOOST_AUTO_TEST_CASE(rows_quote_commas_quotes_newlines_and_keep_unicode) {
  const auto responses = two_responses();
  const std::string csv = responses_csv(energy(), responses, CsvDialect::standard);
  BOOST_TEST(csv.rfind("response_id,submitted_at,language,points_gemeente-leidt,", 0) == 0u, csv.substr(0, 80));
  BOOST_TEST(csv.find('\r') == std::string::npos);
  BOOST_TEST(csv.find("\"Dan weet je, zegt \"\"men\"\", waar je aan toe bent.\nEcht.\"") != std::string::npos, csv);
  // A semicolon is no separator in the standard file: no quotes needed.
  BOOST_TEST(csv.find(",Wyn en sinne; batterij \xE2\x80\x94 \xC3\xA2lde mûne,") != std::string::npos, csv);

  const auto table = parse_csv(csv, "responses.csv");
  const auto columns = export_columns(energy());
  BOOST_TEST_REQUIRE(table.header.size() == columns.size());
  BOOST_TEST_REQUIRE(table.rows.size() == 2u);
  const auto& first = table.rows[0];
  const auto at = [&](const std::vector<std::string>& row, const std::string& name) {
    return row[static_cast<std::size_t>(table.column(name))];
  };
  BOOST_TEST(at(first, "response_id") == "r-first");
  BOOST_TEST(at(first, "submitted_at") == "2026-11-25T09:15:00Z");
  BOOST_TEST(at(first, "language") == "fy");
  BOOST_TEST(at(first, "points_gemeente-leidt") == "50");
  BOOST_TEST(at(first, "points_inwoners-zelf") == "0");
  BOOST_TEST(at(first, "points_opslag") == "30");
  BOOST_TEST(at(first, "motivation_gemeente-leidt") == "Dan weet je, zegt \"men\", waar je aan toe bent.\nEcht.");
  BOOST_TEST(at(first, "motivation_inwoners-zelf") == "");
  BOOST_TEST(at(first, "age") == "35-44");
  BOOST_TEST(at(first, "gender") == "prefer_not_to_say");
  BOOST_TEST(at(first, "education") == "");
  BOOST_TEST(at(first, "weight") == "");
  const auto& second = table.rows[1];
  BOOST_TEST(at(second, "points_markt-bepaalt") == "100");
  BOOST_TEST(at(second, "points_gemeente-leidt") == "0");
  BOOST_TEST(at(second, "age") == "");
}

BOOST_AUTO_TEST_CASE(the_excel_variant_has_a_bom_semicolons_crlf_and_a_decimal_comma) {
  const std::string csv =
      responses_csv(energy(), two_responses(), CsvDialect::excel_nl, std::vector<double>{1.25, 0.8});
  BOOST_TEST(csv.rfind("\xEF\xBB\xBFresponse_id;submitted_at;language;points_gemeente-leidt;", 0) == 0u);
  BOOST_TEST(csv.find(",submitted_at") == std::string::npos);
  // Every record ends in CRLF; the line break inside a quoted motivation stays as it was typed.
  BOOST_TEST(csv.substr(csv.size() - 2) == "\r\n");
  BOOST_TEST(csv.find(";1,25\r\n") != std::string::npos, csv);
  BOOST_TEST(csv.find(";0,8\r\n") != std::string::npos, csv);
  BOOST_TEST(csv.find(";\"Wyn en sinne; batterij \xE2\x80\x94 \xC3\xA2lde mûne\";") != std::string::npos, csv);
  // Commas need no quotes with `;` between fields, but the doubled quotes and the newline do.
  BOOST_TEST(csv.find(";\"Dan weet je, zegt \"\"men\"\", waar je aan toe bent.\nEcht.\";") != std::string::npos);

  const auto table = parse_csv(csv, "responses.csv");
  BOOST_TEST(table.header.front() == "response_id");
  BOOST_TEST_REQUIRE(table.rows.size() == 2u);
  BOOST_TEST(table.rows[0][static_cast<std::size_t>(table.column("weight"))] == "1,25");
  BOOST_TEST(table.rows[0][static_cast<std::size_t>(table.column("motivation_gemeente-leidt"))] ==
             "Dan weet je, zegt \"men\", waar je aan toe bent.\nEcht.");
}

// A resident's text that a spreadsheet would run as a formula is text in every variant of the file:
// analysts open the standard file in Excel or LibreOffice too.
BOOST_AUTO_TEST_CASE(both_variants_keep_residents_texts_from_running_as_formulas) {
  auto responses = two_responses();
  responses[0].answers["motivations"] = {{"gemeente-leidt", "=HYPERLINK(\"http://evil\",\"click\")"},
                                         {"inwoners-zelf", "@SUM(1)"},
                                         {"markt-bepaalt", "'al zo"},
                                         {"grootschalige-opwek", "  -5 punten"},
                                         {"energieleverancier", "'=1+1"},
                                         {"opslag", "gewoon"}};
  responses[0].answers["allocations"]["opslag"] = -5;  // a number the program writes stays a number
  responses[0].answers["demographics"]["age"] = "+31";
  for (const auto dialect : {CsvDialect::standard, CsvDialect::excel_nl}) {
    const auto table = parse_csv(responses_csv(energy(), responses, dialect), "responses.csv");
    const auto at = [&](const std::string& name) { return table.rows[0][static_cast<std::size_t>(table.column(name))]; };
    BOOST_TEST(at("motivation_gemeente-leidt") == "'=HYPERLINK(\"http://evil\",\"click\")");
    BOOST_TEST(at("motivation_inwoners-zelf") == "'@SUM(1)");
    BOOST_TEST(at("motivation_markt-bepaalt") == "'al zo");  // no formula after it: left alone
    BOOST_TEST(at("motivation_grootschalige-opwek") == "'  -5 punten");
    BOOST_TEST(at("motivation_energieleverancier") == "''=1+1");
    BOOST_TEST(at("motivation_opslag") == "gewoon");
    BOOST_TEST(at("age") == "'+31");
    BOOST_TEST(at("points_opslag") == "-5");
    BOOST_TEST(at("response_id") == "r-first");
  }
  // The table the results weigh is the standard file read back, apostrophes included.
  const auto standard = parse_csv(responses_csv(energy(), responses, CsvDialect::standard), "responses.csv");
  BOOST_TEST(responses_table(energy(), responses, "responses.csv").rows == standard.rows);
  // read_export.R takes the apostrophe off again, in both variants.
  const auto script = r_script(energy());
  BOOST_TEST(script.find("sub(\"^'(?='*([\\t\\r]|[ \\t\\r\\n\\x0b\\x0c]*[-=+@]))\", \"\", responses[[column]], perl = TRUE)") !=
                 std::string::npos,
             script);
  BOOST_TEST(script.find("if (excel) {\n    # The Excel file") == std::string::npos);
  // The codebook says so.
  const auto codebook = codebook_json(energy());
  BOOST_TEST(codebook["formula_cells"]["en"].get<std::string>().find(
                 "cells that begin with = + - @ are prefixed with ' so that spreadsheet programs show them as text") !=
             std::string::npos);
  for (const char* language : {"nl", "fy"}) BOOST_TEST(!codebook["formula_cells"][language].get<std::string>().empty());
}

BOOST_AUTO_TEST_CASE(weights_fill_the_last_column_one_per_response) {
  const auto responses = two_responses();
  const std::string csv = responses_csv(energy(), responses, CsvDialect::standard, std::vector<double>{1.25, 0.8});
  const auto table = parse_csv(csv, "responses.csv");
  BOOST_TEST(table.header.back() == "weight");
  BOOST_TEST(table.rows[0].back() == "1.25");
  BOOST_TEST(table.rows[1].back() == "0.8");
  try {
    responses_csv(energy(), responses, CsvDialect::standard, std::vector<double>{1.0});
    BOOST_FAIL("one weight for two responses was accepted");
  } catch (const Error& e) {
    BOOST_TEST(e.code() == "weights_mismatch");
  }
  BOOST_CHECK_THROW(responses_csv(energy(), responses, CsvDialect::standard, std::vector<double>{1.0, -2.0}), Error);
}

// The results weigh responses_table instead of reading the export's text back: the two must be the
// same table, line numbers included, for texts that need quoting or span lines.
BOOST_AUTO_TEST_CASE(the_results_table_is_the_export_file_read_back) {
  auto responses = two_responses();
  ExportedResponse awkward{"r-awkward", "2026-11-25T11:00:00Z", "en",
                           {{"allocations", {{"opslag", 100}, {"gemeente-leidt", "50"}}},
                            {"motivations",
                             {{"opslag", "  \"quoted\" after blanks,\r\nthen a CRLF\n\nand two more lines"},
                              {"inwoners-zelf", "ends in a CR\r"},
                              {"markt-bepaalt", ""}}},
                            {"demographics", {{"age", " 65+ "}, {"gender", 3}}}}};
  responses.push_back(awkward);
  responses.push_back({"r-not-an-object", "2026-11-25T12:00:00Z", "nl", nlohmann::json::array()});
  responses.push_back(responses[1]);
  responses.back().public_id = "r-after";
  const auto read_back = parse_csv(responses_csv(energy(), responses, CsvDialect::standard), "responses.csv");
  const auto table = responses_table(energy(), responses, "responses.csv");
  BOOST_TEST(table.file_name == "responses.csv");
  BOOST_TEST(table.header == read_back.header, boost::test_tools::per_element());
  BOOST_TEST(table.row_lines == read_back.row_lines, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(table.rows.size() == read_back.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    BOOST_TEST(table.rows[r] == read_back.rows[r], boost::test_tools::per_element());
  }
  // Rows after the multi-line motivations start further down the file.
  BOOST_TEST(table.row_lines == std::vector<long>({2, 4, 5, 9, 10}), boost::test_tools::per_element());
  BOOST_TEST(responses_table(energy(), {}, "x.csv").rows.empty());

  // The server keeps the table and appends what arrives: split anywhere, even right after the
  // multi-line row or onto an empty table, the result is the table of the whole list.
  for (std::size_t split = 0; split <= responses.size(); ++split) {
    const std::vector<ExportedResponse> before(responses.begin(), responses.begin() + static_cast<long>(split));
    const std::vector<ExportedResponse> after(responses.begin() + static_cast<long>(split), responses.end());
    auto appended = responses_table(energy(), before, "responses.csv");
    append_to_responses_table(appended, energy(), after);
    BOOST_TEST(appended.header == table.header, boost::test_tools::per_element());
    BOOST_TEST(appended.rows == table.rows, "split at " << split);
    BOOST_TEST(appended.row_lines == table.row_lines, boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(no_responses_is_a_header_only) {
  const std::string csv = responses_csv(energy(), {}, CsvDialect::standard);
  BOOST_TEST(std::count(csv.begin(), csv.end(), '\n') == 1);
  BOOST_TEST(csv.rfind("response_id,", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(the_codebook_labels_every_column_in_three_languages) {
  const auto codebook = codebook_json(energy());
  BOOST_TEST(codebook["survey"]["budget"] == 100);
  const auto& columns = codebook["columns"];
  BOOST_TEST_REQUIRE(columns.size() == export_columns(energy()).size());
  for (const auto& column : columns) {
    for (const char* language : {"nl", "fy", "en"}) {
      BOOST_TEST(!column["label"][language].get<std::string>().empty(), column["name"] << " " << language);
    }
  }
  const auto& points = columns[3];
  BOOST_TEST(points["name"] == "points_gemeente-leidt");
  BOOST_TEST(points["kind"] == "points");
  BOOST_TEST(points["label"]["nl"] == "Punten voor: De gemeente neemt de leiding en ontzorgt");
  BOOST_TEST(points["label"]["fy"] == "Punten foar: De gemeente nimt de lieding en \xC3\xBBntsoarget");
  BOOST_TEST(points["label"]["en"] == "Points for: The municipality takes the lead and takes care of things");
  BOOST_TEST(points["maximum"] == 100);
  BOOST_TEST(columns[9]["kind"] == "text");
  BOOST_TEST(columns[0]["kind"] == "id");
  BOOST_TEST(columns[1]["kind"] == "date");
  BOOST_TEST(columns.back()["kind"] == "weight");

  const auto age = *std::find_if(columns.begin(), columns.end(), [](const auto& c) { return c["name"] == "age"; });
  BOOST_TEST(age["kind"] == "category");
  BOOST_TEST(age["label"]["nl"] == "Wat is uw leeftijd?");
  BOOST_TEST(age["label"]["fy"] == "Hoe \xC3\xA2ld binne jo?");
  BOOST_TEST(age["label"]["en"] == "How old are you?");
  BOOST_TEST_REQUIRE(age["options"].size() == 8u);
  BOOST_TEST(age["options"][0]["id"] == "16-24");
  BOOST_TEST(age["options"][0]["label"]["nl"] == "16 tot en met 24 jaar");
  BOOST_TEST(age["options"][0]["label"]["fy"] == "16 oant en mei 24 jier");
  BOOST_TEST(age["options"][0]["label"]["en"] == "16 to 24 years");
  BOOST_TEST(age["options"][7]["id"] == "prefer_not_to_say");
  BOOST_TEST(age["options"][7]["label"]["nl"] == "Zeg ik liever niet");
  BOOST_TEST(age["options"][7]["label"]["fy"] == "Sis ik leaver net");
  BOOST_TEST(age["options"][7]["label"]["en"] == "Prefer not to say");
}

BOOST_AUTO_TEST_CASE(the_codebook_csv_has_a_row_per_column_and_per_option) {
  const auto table = parse_csv(codebook_csv(energy(), CsvDialect::standard), "codebook.csv");
  BOOST_TEST((table.header == std::vector<std::string>{"column", "kind", "label_nl", "label_fy", "label_en", "value",
                                                       "value_nl", "value_fy", "value_en"}));
  std::size_t expected_rows = 0;
  for (const auto& column : export_columns(energy())) expected_rows += 1 + column.options.size();
  BOOST_TEST(table.rows.size() == expected_rows);
  bool found = false;
  for (const auto& row : table.rows) {
    if (row[0] == "gender" && row[5] == "vrouw") {
      found = true;
      BOOST_TEST(
          (std::vector<std::string>(row.begin() + 6, row.end()) == std::vector<std::string>{"Vrouw", "Frou", "Woman"}));
      BOOST_TEST(row[2] == "Wat is uw geslacht?");
    }
  }
  BOOST_TEST(found);
  const auto excel = codebook_csv(energy(), CsvDialect::excel_nl);
  BOOST_TEST(excel.rfind("\xEF\xBB\xBF"
                         "column;kind;label_nl;",
                         0) == 0u);
}

BOOST_AUTO_TEST_CASE(the_r_script_reads_both_variants_and_names_every_column) {
  const std::string script = r_script(energy());
  for (const auto& column : export_columns(energy())) {
    BOOST_TEST(script.find("\"" + column.name + "\" = ") != std::string::npos, column.name);
    if (column.kind == "points") {
      BOOST_TEST(script.find("`" + column.name + "`") != std::string::npos, column.name);
    }
  }
  BOOST_TEST(script.find("read.csv(") != std::string::npos);
  BOOST_TEST(script.find("encoding = \"UTF-8\"") != std::string::npos);
  BOOST_TEST(script.find("sep = if (excel) \";\" else \",\"") != std::string::npos);
  // Without a weighting: the respondents' own means, and no calibrated_design.
  BOOST_TEST(script.find("survey::svydesign(ids = ~1, weights = ~start_weight, data = responses)") != std::string::npos);
  BOOST_TEST(script.find("calibrated_design") == std::string::npos);
  BOOST_TEST(script.find("survey::svymean(~`points_gemeente-leidt` + `points_inwoners-zelf` + ") != std::string::npos);
  // Factors with the Dutch labels; Frisian letters are escaped so R reads the script anywhere.
  BOOST_TEST(script.find("responses[[\"age\"]] <- factor(responses[[\"age\"]],") != std::string::npos);
  BOOST_TEST(script.find("\"16 tot en met 24 jaar\"") != std::string::npos);
  BOOST_TEST(script.find("\"prefer_not_to_say\"") != std::string::npos);
  BOOST_TEST(script.find("\"Zeg ik liever niet\"") != std::string::npos);
  for (unsigned char c : script) BOOST_TEST_REQUIRE(c < 0x80u);
}

// With the weighting, the script rebuilds it: the population counts as the factor labels read_export
// gives (option ids become Dutch labels), the bounds, and calibrate with raking. That R then gives
// the results' figures is http_survey_insight's test.
BOOST_AUTO_TEST_CASE(the_r_script_carries_the_calibration) {
  ExportCalibration calibration;
  calibration.variables = {{"gender", {"man", "vrouw"}, {4950.5, 5049.5}}, {"age", {"jong", "oud"}, {3000, 7000}}};
  calibration.bounds = std::make_pair(0.3, 3.0);
  const std::string script = r_script(energy(), calibration);
  BOOST_TEST(script.find("calibrated_design <- function(responses) {") != std::string::npos);
  BOOST_TEST(script.find("    \"gender\" = c(\"Man\" = 4950.5, \"Vrouw\" = 5049.5),\n") != std::string::npos, script);
  // An id the definition does not know stays an id.
  BOOST_TEST(script.find("    \"age\" = c(\"jong\" = 3000, \"oud\" = 7000)\n") != std::string::npos);
  BOOST_TEST(script.find("  bounds <- c(0.29999999999999999, 3)\n") != std::string::npos);
  BOOST_TEST(script.find("survey::calibrate(design, formula, population = totals, calfun = \"raking\",") != std::string::npos);
  // Bounded: the file's weights, checked against the counts and the bounds, on R's calibration.
  BOOST_TEST(script.find("  calibrated$prob <- 1 / w\n") != std::string::npos);
  BOOST_TEST(script.find("  design <- calibrated_design(responses)\n") != std::string::npos);
  calibration.bounds.reset();
  BOOST_TEST(r_script(energy(), calibration).find("  bounds <- c(-Inf, Inf)\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(export_files_are_the_documented_functions_byte_for_byte) {
  const auto responses = two_responses();
  for (const auto dialect : {CsvDialect::standard, CsvDialect::excel_nl}) {
    BOOST_TEST(export_file(ExportFile::responses_csv, energy(), responses, dialect) ==
               responses_csv(energy(), responses, dialect));
    BOOST_TEST(export_file(ExportFile::codebook_csv, energy(), responses, dialect) == codebook_csv(energy(), dialect));
  }
  const auto codebook = export_file(ExportFile::codebook_json, energy(), responses, CsvDialect::standard);
  BOOST_TEST(codebook == codebook_json(energy()).dump(2) + "\n");
  BOOST_TEST(codebook.rfind("{\n  \"columns\"", 0) == 0u, codebook.substr(0, 40));
  BOOST_TEST(export_file(ExportFile::r_script, energy(), responses, CsvDialect::excel_nl) == r_script(energy()));
}

BOOST_AUTO_TEST_SUITE_END()

