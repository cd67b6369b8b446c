// The panel as the callers' screen shows it: who to call first (members, then alternates, then
// those who dropped out), each with a name, e-mail address, phone number, place and seat status in words.
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import type { PanelContact, PanelMemberStatus } from "./api/types";
import { seatStatusText } from "./seatStatus";
import { forumTexts, type ForumTextKey } from "./texts";

const statusOrder: PanelMemberStatus[] = ["member", "alternate", "dropout"];

const statusNames: Record<PanelMemberStatus, ForumTextKey> = {
  member: "statusMember",
  alternate: "statusAlternate",
  dropout: "statusDropout",
};

/** The status of a panel member in words ("lid", "vervanger", "afgevallen"). */
export function memberStatusText(status: PanelMemberStatus, language: Language): string {
  return translate(forumTexts, language, statusNames[status]);
}

/**
 * A phone number as a link a phone dials ("tel:+31612345678"): digits and a leading +, without
 * the "(0)" written after a country code; null when it has no digits.
 */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/\(0\)/g, "").replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return /\d/.test(digits) ? `tel:${digits}` : null;
}

/** The name, or the member's number when the name is not known (deleted, never given). */
export function contactName(member: Pick<PanelContact, "id" | "name">, language: Language): string {
  return member.name ?? translate(forumTexts, language, "contactNoName", { id: member.id });
}

export interface ContactRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** The place on the panel in words (lid, vervanger, afgevallen). */
  status: string;
  /** The seat status in words (Bevestigd). */
  seat: string;
}

/** The members in the order to call them (members, alternates, dropouts; the server's order within each). */
export function inCallOrder<M extends Pick<PanelContact, "status">>(members: readonly M[]): M[] {
  return statusOrder.flatMap((status) => members.filter((member) => member.status === status));
}

/** The members to call (the panel as it is now, in call order) and those replaced, who are not called any more. */
export function callList<M extends Pick<PanelContact, "status">>(members: readonly M[]): { current: M[]; replaced: M[] } {
  const ordered = inCallOrder(members);
  return { current: ordered.filter((m) => m.status !== "dropout"), replaced: ordered.filter((m) => m.status === "dropout") };
}

/** The members as rows, in the order to call them. */
export function contactRows(members: readonly PanelContact[], language: Language): ContactRow[] {
  return inCallOrder(members).map((member) => ({
    id: member.id,
    name: contactName(member, language),
    email: member.email,
    phone: member.phone,
    status: memberStatusText(member.status, language),
    seat: seatStatusText(member.seat_status, language),
  }));
}
