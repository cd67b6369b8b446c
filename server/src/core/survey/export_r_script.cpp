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

// A number R reads back exactly.
std::string r_number(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}

// The Dutch label of option `id` of the category column `column` (read_export's factor levels),
// or the id when the definition has no such option.
std::string r_label(const std::vector<ExportColumn>& columns, const std::string& column, const std::string& id) {
  for (const auto& c : columns) {
    if (c.name != column) continue;
    for (const auto& option : c.options) {
      if (option.id == id) return option.label.nl;
    }
  }
  return id;
}

// calibrated_design: the weighting of the results rebuilt with survey::calibrate.
std::string r_calibrated_design(const std::vector<ExportColumn>& columns, const ExportCalibration& calibration) {
  std::string out =
      "# The weighting of the results and the council report, rebuilt: the responses raked (survey::calibrate,\n"
      "# calfun \"raking\") to the population counts below. A response that skipped a weighting question (or\n"
      "# preferred not to say) is in that question's \"(no answer)\" category, whose count is the skippers' share\n"
      "# of the responses times the population; the other categories share the rest as the population does.\n"
      "# Raked from equal start weights, within the same bounds (see below). svymean on this design gives the results'\n"
      "# means and standard errors; the file's weight column alone gives the same means, but standard\n"
      "# errors that ignore the calibration (too large).\n"
      "calibrated_design <- function(responses) {\n  population <- list(\n";
  for (std::size_t v = 0; v < calibration.variables.size(); ++v) {
    const auto& target = calibration.variables[v];
    std::string counts;
    for (std::size_t k = 0; k < target.categories.size(); ++k) {
      counts += (k > 0 ? ", " : "") + r_string(r_label(columns, target.column, target.categories[k])) + " = " +
                r_number(target.population[k]);
    }
    out += "    " + r_string(target.column) + " = c(" + counts + ")" + (v + 1 < calibration.variables.size() ? ",\n" : "\n");
  }
  out += "  )\n";
  out += calibration.bounds ? "  bounds <- c(" + r_number(calibration.bounds->first) + ", " + r_number(calibration.bounds->second) + ")\n"
                            : "  bounds <- c(-Inf, Inf)\n";
  out +=
      "  variables <- names(population)\n"
      "  for (v in variables) {\n"
      "    answer <- as.character(responses[[v]])\n"
      "    if (\"(no answer)\" %in% names(population[[v]])) answer[!(answer %in% names(population[[v]]))] <- \"(no answer)\"\n"
      "    responses[[v]] <- answer\n"
      "  }\n"
      "  answered <- Reduce(`&`, lapply(variables, function(v) responses[[v]] %in% names(population[[v]])))\n"
      "  counted <- responses[answered, , drop = FALSE]\n"
      "  for (v in variables) counted[[v]] <- factor(as.character(counted[[v]]), levels = names(population[[v]]))\n"
      "  total <- sum(population[[1]])\n"
      "  counted$start_weight <- total / nrow(counted)\n"
      "  design <- survey::svydesign(ids = ~1, weights = ~start_weight, data = counted)\n"
      "  formula <- reformulate(sprintf(\"`%s`\", variables))\n"
      "  # The totals in the model matrix's order: the intercept, then every category but the first.\n"
      "  totals <- c(total, unlist(lapply(variables, function(v) unname(population[[v]][-1]))))\n"
      "  model <- model.matrix(formula, counted)\n"
      "  names(totals) <- colnames(model)\n"
      "  calibrated <- survey::calibrate(design, formula, population = totals, calfun = \"raking\",\n"
      "                                 maxit = 1000, epsilon = 1e-12)\n"
      "  if (all(is.infinite(bounds))) return(calibrated)\n"
      "  # Bounded: survey's own bounded raking (grake) often fails to converge where a bound binds, so\n"
      "  # the bounded weights are the file's weight column, checked here against every population count\n"
      "  # and the bounds. The calibration of the same model (equal start weights) gives the standard\n"
      "  # errors, as it would have for a converged calibrate(..., bounds = bounds).\n"
      "  w <- counted$weight\n"
      "  if (anyNA(w) || max(abs(colSums(model * w) - totals) / totals) > 1e-6) {\n"
      "    stop(\"the weight column does not meet the population counts: use the export with this script\")\n"
      "  }\n"
      "  g <- w / (total / nrow(counted))\n"
      "  if (any(g < bounds[1] * (1 - 1e-9) | g > bounds[2] * (1 + 1e-9))) stop(\"the weight column lies outside the bounds\")\n"
      "  calibrated$prob <- 1 / w\n"
      "  calibrated\n"
      "}\n\n";
  return out;
}

// summarise_export: the mean points per scenario, of the calibrated design when there is one and
// of the respondents otherwise.
std::string r_summarise_export(const std::vector<ExportColumn>& columns, int budget, bool calibrated) {
  std::string points_formula;
  for (const auto& column : columns) {
    if (column.kind == "points") points_formula += (points_formula.empty() ? "~" : " + ") + r_name(column.name);
  }
  std::string out = "summarise_export <- function(responses) {\n";
  out += "  if (nrow(responses) == 0) stop(\"the export holds no responses\")\n";
  if (calibrated) {
    out += "  design <- calibrated_design(responses)\n";
  } else {
    out +=
        "  # No weighting in this export (no population figures yet): every response counts once, so the\n"
        "  # means below are those of the respondents, not estimates for the population.\n"
        "  responses$start_weight <- 1\n"
        "  design <- survey::svydesign(ids = ~1, weights = ~start_weight, data = responses)\n";
  }
  out += "  # Mean points per scenario (out of " + std::to_string(budget) + ") with standard errors.\n";
  out += "  print(survey::svymean(" + points_formula + ", design))\n";
  out += "  invisible(design)\n}\n\n";
  return out;
}

}  // namespace

// read_export reads the file, then takes off the formula apostrophes and makes the answers factors;
// run as a script, it reads the file named on the command line and summarises it.
std::string r_script(const Survey& survey, const std::optional<ExportCalibration>& calibration) {
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
  if (calibration) out += r_calibrated_design(columns, *calibration);
  out += r_summarise_export(columns, survey.budget, calibration.has_value());
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
