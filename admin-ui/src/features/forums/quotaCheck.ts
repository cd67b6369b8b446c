// The live check of the quotas being edited (POST .../quotas/check, api/queries.ts useQuotaCheck):
// the relaxation the lottery suggests is shown at the quota it changes.
import type { QuotaRelaxation } from "./api/types";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { forumTexts } from "./texts";
import { wholeNumber, type QuotaForm } from "./quotaForm";

/** How long typing must pause before the draft is checked. */
export const quotaCheckDelayMs = 400;

/**
 * The relaxation's changes by the field path of the quota they change
 * (`categories[0].values[2].max`), matched by category and value names as the editor holds them now.
 * A change whose quota no longer reads `from` (staff typed something else since) is left out, so
 * a suggestion never stands next to a number it was not made for.
 */
export function relaxationByField(form: QuotaForm, relaxation: QuotaRelaxation[]): Map<string, QuotaRelaxation> {
  const byField = new Map<string, QuotaRelaxation>();
  for (const change of relaxation) {
    form.categories.forEach((category, i) => {
      if (category.name.trim() !== change.category) return;
      category.values.forEach((value, j) => {
        if (value.value.trim() !== change.value) return;
        if (wholeNumber(value[change.bound]) !== change.from) return;
        byField.set(`categories[${i}].values[${j}].${change.bound}`, change);
      });
    });
  }
  return byField;
}

/** "Voorstel: max 11 → 12" / "Suggested: max 11 → 12". */
export function relaxationHint(change: QuotaRelaxation, language: Language): string {
  return translate(forumTexts, language, "relaxationHint", { bound: change.bound, from: String(change.from), to: String(change.to) });
}

/**
 * The form with every change of the relaxation made that still fits it (relaxationByField): what
 * "take over the suggestion" does. Nothing else in the form changes.
 */
export function applyRelaxation(form: QuotaForm, relaxation: QuotaRelaxation[]): QuotaForm {
  const byField = relaxationByField(form, relaxation);
  return {
    ...form,
    categories: form.categories.map((category, i) => ({
      ...category,
      values: category.values.map((value, j) => {
        const at = `categories[${i}].values[${j}]`;
        const min = byField.get(`${at}.min`);
        const max = byField.get(`${at}.max`);
        return min || max ? { ...value, min: min ? String(min.to) : value.min, max: max ? String(max.to) : value.max } : value;
      }),
    })),
  };
}
