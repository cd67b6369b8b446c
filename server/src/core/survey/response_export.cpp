#include "core/survey/response_export.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "core/base/csv.hpp"
#include "core/base/csv_cell.hpp"
#include "core/base/error.hpp"

namespace mienskip {

namespace {

// The Frisian of these fixed labels awaits review by a native speaker, like the templates'.
LocalText points_label(const Scenario& scenario) {
  return {"Punten voor: " + scenario.title.nl, "Punten foar: " + scenario.title.fy, "Points for: " + scenario.title.en};
}

LocalText motivation_label(const Scenario& scenario) {
  return {"Toelichting bij: " + scenario.title.nl, "Taljochting by: " + scenario.title.fy,
          "Motivation for: " + scenario.title.en};
}

std::vector<AnswerOption> language_options() {
  return {{"nl", {"Nederlands", "Nederlânsk", "Dutch"}},
          {"fy", {"Fries", "Frysk", "Frisian"}},
          {"en", {"Engels", "Ingelsk", "English"}}};
}

struct Dialect {
  char separator;
  const char* line_end;
  const char* preamble;
};

Dialect dialect_of(CsvDialect dialect) {
  if (dialect == CsvDialect::excel_nl) return {';', "\r\n", "\xEF\xBB\xBF"};
  return {',', "\n", ""};
}

std::string line(const std::vector<std::string>& fields, const Dialect& dialect) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(dialect.separator);
    append_csv_cell(out, fields[i], CellKind::text, dialect.separator);
  }
  return out + dialect.line_end;
}

// Enough digits that a weight read back is the weight written; a decimal comma for Dutch Excel,
// which would otherwise read 1.25 as a date or as text.
std::string weight_text(double weight, CsvDialect dialect) {
  if (!std::isfinite(weight) || weight < 0) {
    throw Error(error_codes::invalid_weight, "A weight must be a finite number of at least zero.");
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.12g", weight);
  std::string text = buffer;
  if (dialect == CsvDialect::excel_nl) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

// Survey ids (scenarios or questions) in the order a JSON object keeps its members (std::map, by
// name), each with its position in the survey: one walk over an answer's object then finds all.
using SortedIds = std::vector<std::pair<std::string_view, std::size_t>>;

template <typename Item>
SortedIds sorted_ids(const std::vector<Item>& items) {
  SortedIds ids;
  for (std::size_t k = 0; k < items.size(); ++k) ids.emplace_back(items[k].id, k);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// string_view::compare, deciding most pairs of different ids by their first character.
int compare_names(std::string_view a, std::string_view b) {
  if (!a.empty() && !b.empty() && a.front() != b.front()) {
    return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front()) ? -1 : 1;
  }
  return a.compare(b);
}

// found[k]: the member of `section` named like the survey's k-th id, or null.
void match_members(const nlohmann::json* section, const SortedIds& ids, std::vector<const nlohmann::json*>& found) {
  std::fill(found.begin(), found.end(), nullptr);
  if (!section || !section->is_object()) return;
  auto id = ids.begin();
  for (const auto& [name, value] : section->get_ref<const nlohmann::json::object_t&>()) {
    int order = -1;
    while (id != ids.end() && (order = compare_names(id->first, name)) < 0) ++id;
    if (id == ids.end()) return;
    if (order == 0) found[id->second] = &value;
  }
}

std::string_view text_of(const nlohmann::json* value) {
  return value && value->is_string() ? std::string_view(value->get_ref<const std::string&>()) : std::string_view();
}

nlohmann::json text_json(const LocalText& text) { return {{"nl", text.nl}, {"fy", text.fy}, {"en", text.en}}; }

}  // namespace

std::vector<ExportColumn> export_columns(const Survey& survey) {
  std::vector<ExportColumn> columns;
  columns.push_back({"response_id", "id", {"Antwoordnummer", "Antwurdnûmer", "Response number"}, {}});
  columns.push_back({"submitted_at", "date", {"Verstuurd op (UTC)", "Ynstjoerd op (UTC)", "Submitted at (UTC)"}, {}});
  columns.push_back({"language", "category", {"Taal", "Taal", "Language"}, language_options()});
  for (const auto& scenario : survey.scenarios) {
    columns.push_back({"points_" + scenario.id, "points", points_label(scenario), {}});
  }
  if (survey.motivation_asked) {
    for (const auto& scenario : survey.scenarios) {
      columns.push_back({"motivation_" + scenario.id, "text", motivation_label(scenario), {}});
    }
  }
  for (const auto& question : survey.demographics) {
    auto options = question.options;
    options.push_back({std::string(prefer_not_to_say), prefer_not_to_say_label()});
    columns.push_back({question.id, "category", question.label, std::move(options)});
  }
  columns.push_back({"weight", "weight", {"Weegfactor", "Gewicht", "Weight"}, {}});
  return columns;
}

namespace {

// The rows of the responses file, field by field as the file holds them before CSV quoting:
// sink.field(text, kind) for every field, sink.end_row() after every row. Spreadsheets run a cell
// that starts like a formula, so a resident's motivation could make a staff member's Excel compute,
// or worse, call out: every text goes through csv_cell (in both dialects), and only the numbers the
// program formats itself are marked as numbers. The file (responses_csv) and
// the table the results weigh (responses_table) are both written from this one walk, so they cannot
// say different things.
template <typename Sink>
void walk_rows(const Survey& survey, const std::vector<ExportedResponse>& responses, CsvDialect dialect,
               const std::optional<std::vector<double>>& weights, Sink& sink) {
  const SortedIds scenario_ids = sorted_ids(survey.scenarios);
  const SortedIds question_ids = sorted_ids(survey.demographics);
  std::vector<const nlohmann::json*> points(survey.scenarios.size());
  std::vector<const nlohmann::json*> motivations(survey.scenarios.size());
  std::vector<const nlohmann::json*> demographics(survey.demographics.size());
  for (std::size_t r = 0; r < responses.size(); ++r) {
    const auto& response = responses[r];
    const nlohmann::json* sections[3] = {nullptr, nullptr, nullptr};
    if (response.answers.is_object()) {
      using namespace std::string_view_literals;
      for (const auto& [name, value] : response.answers.get_ref<const nlohmann::json::object_t&>()) {
        const std::string_view section_name = name;
        if (section_name == "allocations"sv) sections[0] = &value;
        if (section_name == "motivations"sv) sections[1] = &value;
        if (section_name == "demographics"sv) sections[2] = &value;
      }
    }
    match_members(sections[0], scenario_ids, points);
    match_members(sections[1], scenario_ids, motivations);
    match_members(sections[2], question_ids, demographics);

    sink.field(response.public_id, CellKind::text);
    sink.field(response.submitted_at, CellKind::text);
    sink.field(response.language, CellKind::text);
    for (const auto* value : points) {
      const long long whole = value && value->is_number_integer() ? value->get<long long>() : 0;
      char digits[24];
      const auto end = std::to_chars(digits, digits + sizeof digits, whole).ptr;
      sink.field(std::string_view(digits, static_cast<std::size_t>(end - digits)), CellKind::number);
    }
    if (survey.motivation_asked) {
      for (const auto* value : motivations) sink.field(text_of(value), CellKind::text);
    }
    for (const auto* value : demographics) sink.field(text_of(value), CellKind::text);
    if (weights) {
      sink.field(weight_text((*weights)[r], dialect), CellKind::number);
    } else {
      sink.field({}, CellKind::number);
    }
    sink.end_row();
  }
}

// Writes the fields as CSV text into one string, with no copy per field.
struct CsvTextSink {
  std::string& out;
  const Dialect& format;
  bool first = true;

  void field(std::string_view text, CellKind kind) {
    if (!first) out.push_back(format.separator);
    first = false;
    append_csv_cell(out, text, kind, format.separator);
  }
  void end_row() {
    out += format.line_end;
    first = true;
  }
};

// Keeps the fields as parse_csv gives them back, with the line each row would start on in the file
// (a line break inside a motivation moves the rows after it down), for error messages that name
// the line of the export file.
struct TableSink {
  CsvTable& table;
  std::vector<std::string> row;
  long line = 2;
  long line_breaks = 0;

  void field(std::string_view text, CellKind kind) {
    if (needs_csv_apostrophe(text)) {
      row.push_back(csv_cell(text, kind));
    } else {
      row.emplace_back(text);
    }
    if (text.find('\n') != std::string_view::npos) line_breaks += std::count(text.begin(), text.end(), '\n');
  }
  void end_row() {
    const std::size_t fields = row.size();
    table.rows.push_back(std::move(row));
    table.row_lines.push_back(line);
    line += 1 + line_breaks;
    line_breaks = 0;
    row.clear();
    row.reserve(fields);
  }
};

}  // namespace

std::string responses_csv(const Survey& survey, const std::vector<ExportedResponse>& responses, CsvDialect dialect,
                          const std::optional<std::vector<double>>& weights) {
  if (weights && weights->size() != responses.size()) {
    throw Error(error_codes::weights_mismatch, "There are " + std::to_string(weights->size()) + " weights for " +
                                        std::to_string(responses.size()) + " responses; give one weight per response.");
  }
  const Dialect format = dialect_of(dialect);
  std::vector<std::string> fields;
  for (const auto& column : export_columns(survey)) fields.push_back(column.name);
  std::string out = format.preamble + line(fields, format);
  out.reserve(out.size() + responses.size() * 160);
  CsvTextSink sink{out, format};
  walk_rows(survey, responses, dialect, weights, sink);
  return out;
}

CsvTable responses_table(const Survey& survey, const std::vector<ExportedResponse>& responses,
                         const std::string& file_name) {
  CsvTable table;
  table.file_name = file_name;
  for (const auto& column : export_columns(survey)) table.header.push_back(trim(column.name));
  append_to_responses_table(table, survey, responses);
  return table;
}

void append_to_responses_table(CsvTable& table, const Survey& survey, const std::vector<ExportedResponse>& responses) {
  // Grown geometrically: the server appends a few rows at a time, and an exact reserve would copy
  // the whole table every time.
  const std::size_t needed = table.rows.size() + responses.size();
  if (table.rows.capacity() < needed) table.rows.reserve(std::max(needed, 2 * table.rows.capacity()));
  if (table.row_lines.capacity() < needed) table.row_lines.reserve(std::max(needed, 2 * table.row_lines.capacity()));
  TableSink sink{table, {}};
  if (!table.rows.empty()) {
    // The line after the last row, which ends one line further down for every line break in it.
    long breaks = 0;
    for (const auto& field : table.rows.back()) breaks += std::count(field.begin(), field.end(), '\n');
    sink.line = table.row_lines.back() + 1 + breaks;
  }
  sink.row.reserve(table.header.size());
  walk_rows(survey, responses, CsvDialect::standard, std::nullopt, sink);
}

nlohmann::json codebook_json(const Survey& survey) {
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& column : export_columns(survey)) {
    nlohmann::json entry = {{"name", column.name}, {"kind", column.kind}, {"label", text_json(column.label)}};
    if (column.kind == "points") {
      entry["minimum"] = 0;
      entry["maximum"] = survey.budget;
    }
    if (column.kind == "category") {
      entry["options"] = nlohmann::json::array();
      for (const auto& option : column.options) {
        entry["options"].push_back({{"id", option.id}, {"label", text_json(option.label)}});
      }
    }
    columns.push_back(std::move(entry));
  }
  // The Frisian awaits review by a native speaker, like the templates'.
  const LocalText formula_cells = {
      "Cellen die beginnen met = + - @ krijgen een ' ervoor, zodat spreadsheetprogramma's ze als tekst tonen: zo "
      "voert Excel de tekst van een inwoner nooit uit als formule. Dat geldt ook als er spaties, een tab of een "
      "regeleinde voor staan, of apostroffen ('=1 staat er als ''=1). Getallen (punten, gewichten) blijven zoals ze "
      "zijn. read_export.R haalt de ' er weer af.",
      "Sellen dy't begjinne mei = + - @ krije in ' derfoar, sadat spreadsheetprogramma's se as tekst sjen litte: sa "
      "fiert Excel de tekst fan in ynwenner nea út as formule. Dat jildt ek as der spaasjes, in tab of in "
      "rigelein foar steane, of apostrofen ('=1 stiet der as ''=1). Getallen (punten, gewichten) bliuwe sa't se "
      "binne. read_export.R hellet de ' der wer ôf.",
      "Text cells that begin with = + - @ are prefixed with ' so that spreadsheet programs show them as text: Excel "
      "never runs a resident's text as a formula. This holds after spaces, a tab or a line break too, and after "
      "apostrophes ('=1 is written ''=1). Numbers (points, weights) stay as they are. read_export.R takes the ' "
      "off again."};
  return {{"survey", {{"title", text_json(survey.title)}, {"budget", survey.budget}}},
          {"columns", columns},
          {"formula_cells", text_json(formula_cells)}};
}

std::string codebook_csv(const Survey& survey, CsvDialect dialect) {
  const Dialect format = dialect_of(dialect);
  std::string out =
      format.preamble +
      line({"column", "kind", "label_nl", "label_fy", "label_en", "value", "value_nl", "value_fy", "value_en"}, format);
  for (const auto& column : export_columns(survey)) {
    const auto& label = column.label;
    out += line({column.name, column.kind, label.nl, label.fy, label.en, "", "", "", ""}, format);
    for (const auto& option : column.options) {
      out += line({column.name, column.kind, label.nl, label.fy, label.en, option.id, option.label.nl, option.label.fy,
                   option.label.en},
                  format);
    }
  }
  return out;
}

std::string export_file(ExportFile file, const Survey& survey, const std::vector<ExportedResponse>& responses,
                        CsvDialect dialect, const std::optional<ExportWeighting>& weighting) {
  switch (file) {
    case ExportFile::codebook_json:
      return codebook_json(survey).dump(2) + "\n";
    case ExportFile::codebook_csv:
      return codebook_csv(survey, dialect);
    case ExportFile::r_script:
      return r_script(survey, weighting ? std::optional(weighting->calibration) : std::nullopt);
    case ExportFile::responses_csv:
      break;
  }
  return responses_csv(survey, responses, dialect, weighting ? std::optional(weighting->weights) : std::nullopt);
}

}  // namespace mienskip
