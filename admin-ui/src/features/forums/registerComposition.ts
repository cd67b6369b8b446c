// Quotas from facts: which register column a quota category is most likely counted by, and a
// category's quotas replaced by the suggestion (the server's, from the register's composition).
import type { RegisterComposition, VolunteerCount } from "./api/types";
import type { CategoryRow, QuotaForm } from "./quotaForm";

const ageBand = /^\s*\d{1,3}\s*(([-–]|t\/m)\s*\d{1,3}|\+)\s*$/;

/** Whether every value of the category is an age band ("16-34", "65+"), as the server reads them. */
export function isAgeCategory(category: CategoryRow): boolean {
  const values = category.values.map((v) => v.value).filter((v) => v.trim() !== "");
  return values.length > 0 && values.every((v) => ageBand.test(v));
}

/**
 * The register column to start from: one named as the category (case-blind), or for age bands one
 * that holds birth dates or years; "" (none) when no column fits, so staff choose themselves.
 */
export function suggestedColumn(category: CategoryRow, columns: string[]): string {
  const named = columns.find((c) => c.trim().toLowerCase() === category.name.trim().toLowerCase());
  if (named) return named;
  if (isAgeCategory(category)) return columns.find((c) => /geboort|birth/i.test(c)) ?? "";
  return "";
}

/** The form with `category`'s minimums and maximums set to the suggestion, value by value. */
export function withSuggestion(form: QuotaForm, categoryKey: number, composition: RegisterComposition): QuotaForm {
  return {
    ...form,
    categories: form.categories.map((category) =>
      category.key !== categoryKey
        ? category
        : {
            ...category,
            values: category.values.map((row) => {
              const suggested = composition.rows.find((r) => r.value === row.value);
              return suggested ? { ...row, min: String(suggested.min), max: String(suggested.max) } : row;
            }),
          },
    ),
  };
}

/**
 * The volunteers who answered each value of `category` (from the volunteers' counts), or null
 * when no one has signed up yet: the column beside the register's only shows once there is
 * something to compare.
 */
export function volunteersByValue(counts: VolunteerCount[] | undefined, category: string): Map<string, number> | null {
  if (!counts || counts.every((c) => c.volunteers === 0)) return null;
  return new Map(counts.filter((c) => c.category === category).map((c) => [c.value, c.volunteers]));
}
