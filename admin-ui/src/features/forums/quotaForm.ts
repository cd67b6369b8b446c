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

/** A start for a new forum of 24: age and gender, the categories almost every forum has. */
export function exampleQuotaForm(): QuotaForm {
  return quotaFormFrom(
    [
      {
        name: "Leeftijd",
        values: [
          { value: "16-34", min: 6, max: 9 },
          { value: "35-64", min: 9, max: 12 },
          { value: "65+", min: 5, max: 8 },
        ],
      },
      {
        name: "Geslacht",
        values: [
          { value: "vrouw", min: 11, max: 13 },
          { value: "man", min: 11, max: 13 },
        ],
      },
    ],
    24,
  );
}

/**
 * A whole number as typed, or the text itself when it is none: the server then refuses that field
 * with its own words (`not_whole_number`), next to the field, instead of the app guessing a value.
 */
export function wholeNumber(typed: string): number | string {
  const trimmed = typed.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function quotaCategoriesJson(form: QuotaForm): QuotaCategory[] {
  return form.categories.map((c) => ({
    name: c.name.trim(),
    values: c.values.map((v) => ({ value: v.value.trim(), min: wholeNumber(v.min), max: wholeNumber(v.max) }) as QuotaCategory["values"][number]),
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
      const min = wholeNumber(v.min);
      const max = wholeNumber(v.max);
      if (typeof min !== "number" || typeof max !== "number") return null;
      minSum += min;
      maxSum += max;
    }
    if (typeof panel !== "number") return { minSum, maxSum, conflict: null };
    const conflict = minSum > panel ? "too_many_minimums" : maxSum < panel ? "too_few_maximums" : null;
    return { minSum, maxSum, conflict };
  });
}
