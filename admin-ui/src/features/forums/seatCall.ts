// Recording a call (a member's new seat status and why): what the screen says afterwards, and where
// a refusal shows. The server names the field it refuses (`params.field`): the status or the
// comment, shown at that control, or the member, who left the panel meanwhile (above the form).
import { ApiError } from "../../lib/http";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import type { PanelContacts, SeatChangeInput } from "./api/types";
import { fieldErrorText } from "./fieldErrors";
import { seatStatusText } from "./seatStatus";
import { forumTexts } from "./texts";

/** Where a refusal shows: at the status or the comment, above the form (the member), or as any other failure (`error`). */
export type SeatRefusal = { field: "status" | "comment" | "volunteer"; text: string } | { field: null; error: unknown };

/** What recording came to: the sentence that says it is done, or the refusal. */
export type CallOutcome = { recorded: string } | { refused: SeatRefusal };

/** The code the app words a refused field by (fieldErrors.ts): the comment's problem as the server names it. */
function problemCode(field: string, params: Record<string, unknown>): string {
  if (field === "comment") return typeof params.problem === "string" ? params.problem : "required";
  return field === "status" ? "unknown_seat_status" : "not_on_panel";
}

/** Where the refusal of a recorded call shows, in the app's language (the server's words where it has none). */
export function seatRefusal(error: unknown, language: Language): SeatRefusal {
  if (!(error instanceof ApiError) || error.code !== "invalid_panel_status") return { field: null, error };
  const params = (error.details.params ?? {}) as Record<string, unknown>;
  const field = params.field;
  if (field !== "status" && field !== "comment" && field !== "volunteer") return { field: null, error };
  return { field, text: fieldErrorText({ field, code: problemCode(field, params), message: error.message }, language) };
}

/** "Vastgelegd: V0012 is nu Bevestigd.", with the status the server's answer gives the member. */
export function recordedText(contacts: PanelContacts, id: string, change: SeatChangeInput, language: Language): string {
  const status = contacts.members.find((member) => member.id === id)?.seat_status ?? change.status;
  return translate(forumTexts, language, "seatRecorded", { id, status: seatStatusText(status, language) });
}

/** Records the call with `record` (the API, through the cache) and says what came of it; a refusal is an outcome, not thrown. */
export async function recordCall(
  record: (id: string, change: SeatChangeInput) => Promise<PanelContacts>,
  id: string,
  change: SeatChangeInput,
  language: Language,
): Promise<CallOutcome> {
  try {
    return { recorded: recordedText(await record(id, change), id, change, language) };
  } catch (error) {
    return { refused: seatRefusal(error, language) };
  }
}
