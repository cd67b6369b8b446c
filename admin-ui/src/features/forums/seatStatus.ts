// Where a drawn panel's members stand on the way from selected to seated (their seat status, as
// those who call them record it): the status in words, the counts as one sentence, whether the
// panel is complete, and who may be replaced (only who declined or withdrew: the reason is public).
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import type { PanelMember, PanelRound, SeatChange, SeatCounts, SeatStatus } from "./api/types";
import { forumTexts, type ForumTextKey } from "./texts";

/** Every status, in the order a call moves a member along (the choices of the form). */
export const seatStatuses: readonly SeatStatus[] = ["selected", "contacted", "confirmed", "declined", "unreachable", "withdrawn"];

const statusNames: Record<SeatStatus, ForumTextKey> = {
  selected: "seatStatus_selected",
  contacted: "seatStatus_contacted",
  confirmed: "seatStatus_confirmed",
  declined: "seatStatus_declined",
  unreachable: "seatStatus_unreachable",
  withdrawn: "seatStatus_withdrawn",
};

/** The status as a label ("Bevestigd"). */
export function seatStatusText(status: SeatStatus, language: Language): string {
  return translate(forumTexts, language, statusNames[status]);
}

/** The statuses that are a reason to replace a member. */
const replacementReasons: ReadonlySet<SeatStatus> = new Set(["declined", "withdrawn"]);

/** Whether a member may be replaced by an alternate: still on the panel, and declined or withdrew. */
export function mayBeReplaced(member: Pick<PanelMember, "status" | "seat_status">): boolean {
  return member.status !== "dropout" && replacementReasons.has(member.seat_status);
}

/** The members of the panel as it is now (members and alternates) the counts are about. */
export function seatTotal(counts: SeatCounts): number {
  return seatStatuses.reduce((total, status) => total + counts[status], 0);
}

// After the confirmed, what needs doing first: the replacements, then who is still to be reached.
const countOrder: [Exclude<SeatStatus, "confirmed">, ForumTextKey][] = [
  ["declined", "seatCount_declined"],
  ["withdrawn", "seatCount_withdrawn"],
  ["unreachable", "seatCount_unreachable"],
  ["contacted", "seatCount_contacted"],
  ["selected", "seatCount_selected"],
];

/** "12 van 45 leden bevestigd; 2 afgezegd; 31 nog niet benaderd.": the confirmed always, the other statuses that have members. */
export function seatCountsText(counts: SeatCounts, language: Language): string {
  const parts = [translate(forumTexts, language, "seatConfirmedOf", { confirmed: counts.confirmed, count: seatTotal(counts) })];
  for (const [status, key] of countOrder) {
    if (counts[status] > 0) parts.push(translate(forumTexts, language, key, { count: counts[status] }));
  }
  return `${parts.join("; ")}.`;
}

/** "Het panel is compleet: alle 45 leden hebben bevestigd." (for a panel the server calls seated). */
export function seatedText(counts: SeatCounts, language: Language): string {
  return translate(forumTexts, language, "panelSeatedText", { count: seatTotal(counts) });
}

/** The latest recorded change, or null while nothing has been recorded. */
export function latestSeatChange(history: readonly SeatChange[]): SeatChange | null {
  return history.length ? history[history.length - 1] : null;
}

/** A round's dropouts with why each was replaced: "V0003 (afgezegd), V0010 (teruggetrokken)"; a round from before reasons were kept names only the numbers. */
export function roundDropoutsText(round: Pick<PanelRound, "dropouts" | "reasons">, language: Language): string {
  return round.dropouts
    .map((id) => {
      const reason = round.reasons[id];
      return reason ? `${id} (${seatStatusText(reason, language).toLocaleLowerCase(language)})` : id;
    })
    .join(", ");
}
