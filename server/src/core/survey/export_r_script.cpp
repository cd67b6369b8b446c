#include <cstdint>
#include <cstdio>

#include "core/survey/response_export.hpp"

namespace mienskip {

namespace {

// An R string literal. Everything beyond ASCII is written as a \u escape, so the script means the
// same whatever encoding R assumes for the file (Windows does not assume UTF-8).
std::string r_string(const std::string& text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte == '"' || byte == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(byte));
      } else if (byte == '\n') {
        out += "\\n";
      } else if (byte == '\r') {
        out += "\\r";
      } else if (byte == '\t') {
        out += "\\t";
      } else if (byte < 0x20 || byte == 0x7f) {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\x%02x", byte);
        out += escape;
      } else {
        out.push_back(static_cast<char>(byte));
      }
      ++i;
      continue;
    }
    // Survey texts were checked as UTF-8 on import; a stray byte becomes U+FFFD rather than garbage.
    const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    std::uint32_t code_point = length == 1 ? 0xFFFD : byte & (0xFF >> (length + 1));
    for (int k = 1; k < length; ++k) {
      if (i + k >= text.size() || (static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
        code_point = 0xFFFD;
        break;
      }
      code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    char escape[16];
    std::snprintf(escape, sizeof escape, "\\U{%X}", static_cast<unsigned>(code_point));
    out += escape;
    i += length;
  }
  return out + "\"";
}

std::string r_name(const std::string& column) { return "`" + column + "`"; }

// The script's opening comment: what it reads and how to run it.
std::string r_opening(const Survey& survey) {
  std::string out = "# read_export.R: reads a Mienskip export of the survey " + r_string(survey.title.nl) + ".\n";
  out +=
      "# Written by `mienskip survey export` from the survey's definition, so the column names match.\n"
      "#\n"
      "#   Rscript read_export.R responses.csv          # the standard file (comma, decimal point)\n"
      "#   Rscript read_export.R responses.csv excel    # a file written with --excel (Dutch Excel)\n"
      "#\n"
      "# or in R: source(\"read_export.R\"); responses <- read_export(\"responses.csv\", excel = FALSE)\n"
      "# Needs the survey package: install.packages(\"survey\"). Texts beyond ASCII are written as \\U{...}\n"
      "# escapes so that R reads this script the same way on every system.\n\n";
  return out;
}

// Each column's R class, so that read.csv reads points as whole numbers and weights as numbers.
std::string r_column_classes(const std::vector<ExportColumn>& columns) {
  std::string out = "  column_classes <- c(\n";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const auto& column = columns[i];
    const char* r_class = column.kind == "points" ? "integer" : column.kind == "weight" ? "numeric" : "character";
    out += "    " + r_string(column.name) + " = \"" + r_class + "\"" + (i + 1 < columns.size() ? ",\n" : "\n");
  }
  out += "  )\n";
  return out;
}

// The inverse of csv_cell: one apostrophe off where the rest is apostrophes and then a text that
// starts like a formula (core/base/csv_cell.hpp, needs_csv_apostrophe).
std::string r_apostrophes_off(const std::vector<ExportColumn>& columns) {
  std::string texts;
  for (const auto& column : columns) {
    if (column.kind != "points" && column.kind != "weight") texts += (texts.empty() ? "" : ", ") + r_string(column.name);
  }
  return
      "  # Both files put an apostrophe before a text that starts like a formula, lest a spreadsheet run\n"
      "  # it (and one more before apostrophes followed by such a text); take exactly that one off.\n"
      "  for (column in c(" +
      texts +
      ")) {\n"
      "    responses[[column]] <- sub(\"^'(?='*([\\t\\r]|[ \\t\\r\\n\\x0b\\x0c]*[-=+@]))\", \"\", responses[[column]], perl = TRUE)\n"
      "  }\n";
}

// The answers as factors, levels the options' ids, labels their Dutch texts.
std::string r_factors(const std::vector<ExportColumn>& columns) {
  std::string out = "  # Answers as factors with the Dutch labels of the codebook; prefer_not_to_say is a level of its own.\n";
  for (const auto& column : columns) {
    if (column.kind != "category") continue;
    std::string levels, labels;
    for (const auto& option : column.options) {
      levels += (levels.empty() ? "" : ", ") + r_string(option.id);
      labels += (labels.empty() ? "" : ", ") + r_string(option.label.nl);
    }
    const std::string name = r_string(column.name);
    out += "  responses[[" + name + "]] <- factor(responses[[" + name + "]],\n";
    out += "    levels = c(" + levels + "),\n";
    out += "    labels = c(" + labels + "))\n";
  }
  return out;
}

// summarise_export: the survey design (weighted when the weight column is filled) and the mean
// points per scenario.
std::string r_summarise_export(const std::vector<ExportColumn>& columns, int budget) {
  std::string points_formula;
  for (const auto& column : columns) {
    if (column.kind == "points") points_formula += (points_formula.empty() ? "~" : " + ") + r_name(column.name);
  }
  std::string out = "summarise_export <- function(responses) {\n";
  out +=
      "  if (nrow(responses) == 0) stop(\"the export holds no responses\")\n"
      "  if (all(!is.na(responses$weight))) {\n"
      "    design <- survey::svydesign(ids = ~1, weights = ~weight, data = responses)\n"
      "  } else {\n"
      "    if (any(!is.na(responses$weight))) stop(\"some responses have a weight and others not\")\n"
      "    # No weights in this export: every response counts once (weights ~1), so the means below are\n"
      "    # those of the respondents, not estimates for the population.\n"
      "    responses$weight <- 1\n"
      "    design <- survey::svydesign(ids = ~1, weights = ~weight, data = responses)\n"
      "  }\n";
  out += "  # Mean points per scenario (out of " + std::to_string(budget) + ") with standard errors.\n";
  out += "  print(survey::svymean(" + points_formula + ", design))\n";
  out += "  invisible(design)\n}\n\n";
  return out;
}

}  // namespace

// read_export reads the file, then takes off the formula apostrophes and makes the answers factors;
// run as a script, it reads the file named on the command line and summarises it.
std::string r_script(const Survey& survey) {
  const auto columns = export_columns(survey);
  std::string out = r_opening(survey);
  out += "read_export <- function(path, excel = FALSE) {\n";
  out += r_column_classes(columns);
  out +=
      "  # An empty field is NA: a motivation or question not answered, or no weight.\n"
      "  responses <- read.csv(path, sep = if (excel) \";\" else \",\", dec = if (excel) \",\" else \".\",\n"
      "                        encoding = \"UTF-8\", fileEncoding = if (excel) \"UTF-8-BOM\" else \"UTF-8\",\n"
      "                        colClasses = unname(column_classes), na.strings = \"\", check.names = FALSE)\n"
      "  if (!identical(names(responses), names(column_classes))) {\n"
      "    stop(\"the columns of \", path, \" are not those of this survey's export\")\n"
      "  }\n";
  out += r_apostrophes_off(columns);
  out += r_factors(columns);
  out += "  responses\n}\n\n";
  out += r_summarise_export(columns, survey.budget);
  out +=
      "if (sys.nframe() == 0L) {\n"
      "  arguments <- commandArgs(trailingOnly = TRUE)\n"
      "  if (length(arguments) < 1) stop(\"usage: Rscript read_export.R responses.csv [excel]\")\n"
      "  responses <- read_export(arguments[1], excel = length(arguments) > 1 && arguments[2] == \"excel\")\n"
      "  summarise_export(responses)\n"
      "}\n";
  return out;
}

}  // namespace mienskip
