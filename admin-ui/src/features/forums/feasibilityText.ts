// The server's feasibility in the app's language: each conflict is worded here from its code and
// parameters (QuotaConflict in the server's core/panel/quota_feasibility.hpp). A conflict this app
// does not know keeps the server's English words.
import type { QuotaConflict, QuotaRelaxation } from "./api/types";
import type { Language } from "../../lib/language";
import { translate, translator } from "../../lib/text";
import { forumTexts } from "./texts";

export function conflictText(conflict: QuotaConflict, language: Language): { text: string; translated: boolean } {
  const t = translator(forumTexts, language);
  const number = (name: string) => {
    const value = Number(conflict.params?.[name]);
    return Number.isFinite(value) ? value : undefined;
  };
  const panel = number("panel_size");
  const seats = number("seats");
  const volunteers = number("volunteers");
  const worded = (text: string) => ({ text, translated: true });
  if (conflict.code === "panel_size_outside_quotas" && panel !== undefined && seats !== undefined) {
    const values = { seats: t("seatCount", { count: seats }), panel: String(panel) };
    if (conflict.params?.bound === "min") return worded(t("minimumsTooMany", values));
    if (conflict.params?.bound === "max") return worded(t("maximumsTooFew", values));
  }
  if (conflict.code === "invalid_panel_size" && panel !== undefined) {
    if (volunteers === undefined) return worded(t("panelSizeTooSmall"));
    return worded(
      t("panelLargerThanPool", { seats: t("seatCount", { count: panel }), volunteers: t("volunteerCount", { count: volunteers }) }),
    );
  }
  if (conflict.code === "quota_infeasible" && panel !== undefined) {
    return worded(t("quotaInfeasible", { seats: t("seatCount", { count: panel }) }));
  }
  return { text: conflict.message, translated: false };
}

/** "Geslacht: man max 11 -> 12": the same in every language, as the server and `mienskip select` write it. */
/** "Leeftijd, 16-34: maximum van 11 naar 12" / "Leeftijd, 16-34: maximum from 11 to 12". */
export function relaxationText(r: QuotaRelaxation, language: Language): string {
  return translate(forumTexts, language, "relaxationChange", {
    category: r.category,
    value: r.value,
    bound: translate(forumTexts, language, r.bound === "min" ? "boundMinimum" : "boundMaximum"),
    from: String(r.from),
    to: String(r.to),
  });
}
