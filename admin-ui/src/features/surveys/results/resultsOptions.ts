// The choices behind a results page (weighting variables, weight bounds, the domain question), as
// the form holds them, as the survey's saved weighting settings have them, and as the screen's
// address keeps choices of one's own that GET .../results takes instead of the saved ones.
import { parseDecimal } from "../../../lib/format";
import type { Language } from "../../../lib/language";
import type { SurveyTextKey } from "../texts";
import type { WeightingSettings } from "../api/types";

export interface ResultsOptions {
  /** A subset of the margins' variables; null: all of them (the server's default). */
  variables: string[] | null;
  /** Weight bounds as multiples of the mean weight; null: plain raking. */
  bounds: { lower: number; upper: number } | null;
  /** The question to break results down by; null: the server's default. */
  by: string | null;
}

export const defaultResultsOptions: ResultsOptions = { variables: null, bounds: null, by: null };

export function optionsFromSettings(settings: WeightingSettings): ResultsOptions {
  return {
    variables: settings.variables,
    bounds: settings.bounds ? { lower: settings.bounds[0], upper: settings.bounds[1] } : null,
    by: settings.by,
  };
}

export function settingsFromOptions(options: ResultsOptions): WeightingSettings {
  return { variables: options.variables, bounds: options.bounds ? [options.bounds.lower, options.bounds.upper] : null, by: options.by };
}

const optionNames = ["variables", "bounds", "by"];

/**
 * Options chosen to look at, as query parameters (also the screen's address). All three are
 * written, empty meaning none, so that they replace the saved settings as a whole.
 */
export function resultsParams(options: ResultsOptions, allVariables: string[]): Record<string, string> {
  return {
    variables: (options.variables ?? allVariables).join(","),
    bounds: options.bounds ? `${options.bounds.lower},${options.bounds.upper}` : "",
    by: options.by ?? "",
  };
}

/** The screen shows options of its own rather than the saved settings. */
export function exploring(query: Record<string, string>): boolean {
  return optionNames.some((name) => name in query);
}

/** The query string for GET .../results: "?variables=age,gender&bounds=0.3,3&by=area", or "" for the saved settings. */
export function resultsQuery(query: Record<string, string>): string {
  // Commas stay literal (the API's list separator); the names themselves are escaped.
  const parts = optionNames
    .filter((name) => name in query)
    .map((name) => `${name}=${query[name].split(",").map(encodeURIComponent).join(",")}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** Options from a screen address; parts that are empty or do not read are left at their defaults. */
export function parseResultsParams(query: Record<string, string>): ResultsOptions {
  const variables = query.variables?.split(",").filter((v) => v !== "") ?? [];
  const bounds = query.bounds?.split(",").map((b) => parseDecimal(b)) ?? [];
  return {
    variables: variables.length ? variables : null,
    bounds: bounds.length === 2 && bounds[0] !== null && bounds[1] !== null ? { lower: bounds[0], upper: bounds[1] } : null,
    by: query.by || null,
  };
}

/** What the form holds: the chosen variables and the bounds as typed. */
export interface ResultsForm {
  variables: string[];
  lower: string;
  upper: string;
  by: string;
}

/** The form for these options; bounds are written as the staff member would type them (0,3 in Dutch). */
export function formFromOptions(options: ResultsOptions, allVariables: string[], language: Language = "en"): ResultsForm {
  const typed = (n: number) => (language === "nl" ? String(n).replace(".", ",") : String(n));
  return {
    variables: options.variables ?? allVariables,
    lower: options.bounds ? typed(options.bounds.lower) : "",
    upper: options.bounds ? typed(options.bounds.upper) : "",
    by: options.by ?? "",
  };
}

export type ResultsFormErrors = Partial<Record<"variables" | "lower" | "upper", SurveyTextKey>>;

/**
 * Checks the form and turns it into options. Weights have mean 1, so bounds must lie on either
 * side of 1 (lower below, upper above); both or neither are given.
 */
export function readResultsForm(
  form: ResultsForm,
  allVariables: string[],
): { options: ResultsOptions; errors?: undefined } | { options?: undefined; errors: ResultsFormErrors } {
  const errors: ResultsFormErrors = {};
  const chosen = allVariables.filter((v) => form.variables.includes(v));
  if (chosen.length === 0) errors.variables = "resultsNeedVariable";

  let bounds: ResultsOptions["bounds"] = null;
  if (form.lower.trim() !== "" || form.upper.trim() !== "") {
    const lower = parseDecimal(form.lower);
    const upper = parseDecimal(form.upper);
    if (lower === null) errors.lower = form.lower.trim() === "" ? "boundsBoth" : "notANumber";
    else if (!(lower > 0 && lower < 1)) errors.lower = "lowerBoundRange";
    if (upper === null) errors.upper = form.upper.trim() === "" ? "boundsBoth" : "notANumber";
    else if (!(upper > 1)) errors.upper = "upperBoundRange";
    if (lower !== null && upper !== null) bounds = { lower, upper };
  }
  if (Object.keys(errors).length) return { errors };
  return {
    options: {
      variables: chosen.length === allVariables.length ? null : chosen,
      bounds,
      by: form.by || null,
    },
  };
}
