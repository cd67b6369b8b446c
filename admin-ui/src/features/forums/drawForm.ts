// The draw's parameters as the form holds them, and as the API takes them.
import type { DrawParameters, ForumDraw } from "./api/types";
import { wholeNumber } from "./quotaForm";

export interface DrawForm {
  count: string;
  /** Empty: no stratification. */
  stratifyBy: string;
  householdKey: string[];
  /** Why a published commitment is corrected (a new version needs one). */
  reason: string;
}

/** The committed parameters when there is a commitment (so it can be made again with a change), else empty. */
export function drawFormFrom(draw: ForumDraw | null): DrawForm {
  if (!draw) return { count: "", stratifyBy: "", householdKey: [], reason: "" };
  const p = draw.parameters;
  return { count: String(p.count), stratifyBy: p.stratify_by ?? "", householdKey: [...(p.household_key ?? [])], reason: "" };
}

/**
 * A count that is no whole number goes as typed, so the server's refusal names the field. A
 * correction of a published version carries its reason, also an empty one, which the server
 * refuses at the field.
 */
export function drawParameters(form: DrawForm, correcting: boolean): DrawParameters {
  return {
    count: wholeNumber(form.count) as number,
    stratify_by: form.stratifyBy || null,
    household_key: form.householdKey,
    ...(correcting ? { reason: form.reason } : {}),
  };
}

/** The register columns one can stratify or group households by: all but the resident's id. */
export function selectableColumns(columns: string[]): string[] {
  return columns.filter((c) => c !== "id");
}
