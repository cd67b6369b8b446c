#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/base/csv.hpp"
#include "core/survey/survey.hpp"

namespace mienskip {

/// A stored response as an export sees it. Deliberately without the invitation code's hash and the
/// idempotency key: what is not here cannot leak into a file an analyst copies around.
struct ExportedResponse {
  std::string public_id;     // "r-..."
  std::string submitted_at;  // ISO 8601 in UTC, "2026-11-25T18:31:05Z"
  std::string language;      // nl, fy or en
  nlohmann::json answers;    // as stored: {"allocations": {...}, "motivations": {...}, "demographics": {...}}
};

/// How an export file is written. `standard`: RFC 4180 (comma, LF, no byte order mark, decimal
/// point). `excel_nl`: what Excel with Dutch settings opens correctly by double-click: a UTF-8 byte
/// order mark, `;` between fields, CRLF line ends and a decimal comma. In both, a text cell that
/// starts like a formula (= + - @, which spreadsheets would run) gets a leading apostrophe
/// (core/base/csv_cell); the points and weights the program writes stay numbers.
enum class CsvDialect { standard, excel_nl };

/// One column of the responses file. The columns follow from the survey definition alone (never
/// from the answers), so every export of a survey has the same columns in the same order.
struct ExportColumn {
  std::string name;  // response_id, submitted_at, language, points_ID, motivation_ID, question id, weight
  std::string kind;  // id, date, category, points, text, weight
  LocalText label;
  std::vector<AnswerOption> options;  // category columns: the question's options, then prefer_not_to_say
};

/// The columns in file order: response_id, submitted_at, language, points_<scenario> for every
/// scenario, motivation_<scenario> for every scenario when the survey asks a motivation, one
/// column per demographic question (its id), weight.
std::vector<ExportColumn> export_columns(const Survey& survey);

/// The responses as CSV, one row per response in the given order. Points are whole numbers (0 for
/// a scenario the stored answer leaves out); a motivation or demographic answer not given is empty;
/// a demographic answer is the option id (`prefer_not_to_say` included). `weights`, when given, has
/// one weight per response and fills the `weight` column, which is otherwise empty. Throws Error
/// `weights_mismatch` when the counts differ.
std::string responses_csv(const Survey& survey, const std::vector<ExportedResponse>& responses, CsvDialect dialect,
                          const std::optional<std::vector<double>>& weights = std::nullopt);

/// What parse_csv reads back from responses_csv(survey, responses, CsvDialect::standard): the same
/// header, fields and line numbers, made without writing and reading the text (the results weigh
/// every response on every request). Both are written by one walk over the responses.
CsvTable responses_table(const Survey& survey, const std::vector<ExportedResponse>& responses,
                         const std::string& file_name);

/// Adds rows for `responses` to a table responses_table made for the same survey definition, as if
/// they had been in its list after the others (the line numbers go on where the table ends): the
/// server keeps a survey's table and adds only the responses that arrived since.
void append_to_responses_table(CsvTable& table, const Survey& survey, const std::vector<ExportedResponse>& responses);

/// What every column of the responses file means, in nl, fy and en:
/// {"survey": {"title": {...}, "budget": 100}, "columns": [{"name", "kind", "label": {"nl", "fy", "en"},
/// "options": [{"id", "label": {...}}] (category columns only)}], "formula_cells": {"nl", "fy", "en"}},
/// the last saying how text cells that start like a formula are written (core/base/csv_cell).
nlohmann::json codebook_json(const Survey& survey);

/// The codebook as CSV: one row per column (value columns empty) and, for a category column, one
/// more row per option: column,kind,label_nl,label_fy,label_en,value,value_nl,value_fy,value_en.
std::string codebook_csv(const Survey& survey, CsvDialect dialect);

/// The weighting of the results, as the R script rebuilds it: per weighting variable (a
/// demographic question) its categories (option ids) and population counts, on one total, and the
/// bounds on the weights as multiples of the mean weight.
struct ExportCalibration {
  struct Target {
    std::string column;
    std::vector<std::string> categories;
    std::vector<double> population;
  };
  std::vector<Target> variables;
  std::optional<std::pair<double, double>> bounds;
};

/// What an export takes from the weighting: every response's weight, on the population scale
/// (the weights of the counted responses add up to the population total; 0 for a response the
/// weighting leaves out), and the calibration behind them.
struct ExportWeighting {
  std::vector<double> weights;
  ExportCalibration calibration;
};

/// An R script (read_export.R) that reads the responses file of either dialect and turns the
/// demographic columns into factors with the Dutch labels. With a calibration it also has
/// calibrated_design(), which rebuilds the weighting with survey::calibrate (raking to the
/// population counts written into the script, with the same bounds), so that svymean gives the
/// means and standard errors of the results and the council report; run as a script it prints
/// them. Without one it prints the respondents' unweighted means.
std::string r_script(const Survey& survey, const std::optional<ExportCalibration>& calibration = std::nullopt);

/// The files of an export. export_file gives each exactly as `mienskip survey export` writes it and
/// the staff API serves it (the codebook JSON indented by 2, ending in a newline), so both give the
/// same bytes. The dialect applies to the two CSV files only.
enum class ExportFile { responses_csv, codebook_json, codebook_csv, r_script };
/// The weighting, when there is one, fills the responses file's weight column (see responses_csv)
/// and gives the R script its calibrated_design().
std::string export_file(ExportFile file, const Survey& survey, const std::vector<ExportedResponse>& responses,
                        CsvDialect dialect, const std::optional<ExportWeighting>& weighting = std::nullopt);

}  // namespace mienskip
