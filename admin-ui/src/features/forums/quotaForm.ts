// The quota editor's state: what staff type (text, so a half-typed number stays as typed), turned
// into the API's JSON and back. The server checks the quotas; the sums here only let the screen say
// while typing whether a category can fill the panel at all.
import type { QuotaCategory } from "./api/types";

export interface ValueRow {
  key: number;
  value: string;
  min: string;
  max: string;
}

export interface CategoryRow {
  key: number;
  name: string;
  values: ValueRow[];
}

export interface QuotaForm {
  panelSize: string;
  categories: CategoryRow[];
}

// React keys for rows that can be added and removed; never sent.
let nextKey = 1;
const key = () => nextKey++;

export function emptyValue(): ValueRow {
  return { key: key(), value: "", min: "0", max: "0" };
}

export function emptyCategory(): CategoryRow {
  return { key: key(), name: "", values: [emptyValue()] };
}

export function quotaFormFrom(categories: QuotaCategory[], panelSize: number): QuotaForm {
  return {
    panelSize: String(panelSize),
    categories: categories.map((c) => ({
      key: key(),
      name: c.name,
      values: c.values.map((v) => ({ key: key(), value: v.value, min: String(v.min), max: String(v.max) })),
    })),
  };
}

/**
 * A start for a new forum: the two categories almost every forum has, with their values, and no
 * numbers (no panel size, no bounds), so that nothing on the form looks like advice. Staff fill in
 * the panel size; a bound left empty is no bound (boundJson), and the Quota's tab suggests bounds
 * in proportion to the register once it is loaded.
 */
export function newForumQuotaForm(): QuotaForm {
  const category = (name: string, values: string[]): CategoryRow => ({
    key: key(),
    name,
    values: values.map((value) => ({ key: key(), value, min: "", max: "" })),
  });
  return { panelSize: "", categories: [category("Leeftijd", ["16-34", "35-64", "65+"]), category("Geslacht", ["vrouw", "man"])] };
}

/**
 * A whole number as typed, or the text itself when it is none: the server then refuses that field
 * with its own words (`not_whole_number`), next to the field, instead of the app guessing a value.
 */
export function wholeNumber(typed: string): number | string {
  const trimmed = typed.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * A bound as typed, where an empty one is no bound: a minimum of 0, a maximum of the whole panel
 * (`panel`, the panel size as typed; while that is no number either, the empty text goes to the
 * server, which names the field).
 */
export function boundJson(typed: string, bound: "min" | "max", panel: string): number | string {
  if (typed.trim() !== "") return wholeNumber(typed);
  if (bound === "min") return 0;
  return wholeNumber(panel);
}

export function quotaCategoriesJson(form: QuotaForm): QuotaCategory[] {
  return form.categories.map((c) => ({
    name: c.name.trim(),
    values: c.values.map(
      (v) =>
        ({ value: v.value.trim(), min: boundJson(v.min, "min", form.panelSize), max: boundJson(v.max, "max", form.panelSize) }) as QuotaCategory["values"][number],
    ),
  }));
}

export function panelSizeJson(form: QuotaForm): number {
  return wholeNumber(form.panelSize) as number;
}

export interface CategorySums {
  minSum: number;
  maxSum: number;
  /** `too_many_minimums`: the minimums need more seats than the panel has; `too_few_maximums`: the maximums fill fewer. */
  conflict: "too_many_minimums" | "too_few_maximums" | null;
}

/**
 * Each category's minimums and maximums added up and held against the panel size: the check the
 * server makes before anyone volunteered (core/panel/quota_feasibility). Null while a number is not a
 * whole number yet, so nothing is claimed about half-typed quotas.
 */
export function categorySums(form: QuotaForm): (CategorySums | null)[] {
  const panel = wholeNumber(form.panelSize);
  return form.categories.map((c) => {
    let minSum = 0;
    let maxSum = 0;
    for (const v of c.values) {
      const min = boundJson(v.min, "min", form.panelSize);
      const max = boundJson(v.max, "max", form.panelSize);
      if (typeof min !== "number" || typeof max !== "number") return null;
      minSum += min;
      maxSum += max;
    }
    if (typeof panel !== "number") return { minSum, maxSum, conflict: null };
    const conflict = minSum > panel ? "too_many_minimums" : maxSum < panel ? "too_few_maximums" : null;
    return { minSum, maxSum, conflict };
  });
}
