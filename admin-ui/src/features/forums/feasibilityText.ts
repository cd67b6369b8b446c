// The server's feasibility in the app's language. The server words its conflicts in English; the
// one it finds before anyone volunteered (a category's seats cannot fill the panel) is said here in
// Dutch from the same sums. Others keep the server's words.
import type { Forum, QuotaConflict, QuotaRelaxation } from "./api/types";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { forumTexts } from "./texts";

export function conflictText(conflict: QuotaConflict, forum: Forum, language: Language): string {
  const category = forum.categories.find((c) => c.name === conflict.category);
  if (language !== "nl" || conflict.code !== "panel_size_outside_quotas" || !category) return conflict.message;
  const minSum = category.values.reduce((sum, v) => sum + v.min, 0);
  const maxSum = category.values.reduce((sum, v) => sum + v.max, 0);
  const t = (key: "minimumsTooMany" | "maximumsTooFew", sum: number) =>
    translate(forumTexts, language, key, { seats: translate(forumTexts, language, "seatCount", { count: sum }), panel: String(forum.panel_size) });
  if (minSum > forum.panel_size) return t("minimumsTooMany", minSum);
  if (maxSum < forum.panel_size) return t("maximumsTooFew", maxSum);
  return conflict.message;
}

/** "Geslacht: man max 11 -> 12": the same in every language, as the server and `mienskip select` write it. */
export function relaxationText(r: QuotaRelaxation): string {
  return `${r.category}: ${r.value} ${r.bound} ${r.from} -> ${r.to}`;
}
