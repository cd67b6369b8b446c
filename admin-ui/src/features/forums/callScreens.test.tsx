// Calling the panel as it first renders (server-side, the answers already in the cache): the
// caller's screen with where each member stands and the form to record a call, a manager's tab
// Bellen, and the manager's panel that offers only who declined or withdrew for replacement. The
// app's tests have no DOM to click in: a record goes through the same API and outcome the form
// uses (seatCall), and what the form then shows is rendered from that outcome.
import { describe, expect, it } from "vitest";
import type { ReactNode } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { createHttp } from "../../lib/http";
import { englishWords, visibleText } from "../../testing/dutchScreens";
import { renderScreen, testSession } from "../../testing/renderScreen";
import { forumApi } from "./api/forumApi";
import { forumKeys } from "./api/queries";
import type { Forum, ForumPanel, ForumSelection, PanelContact, PanelContacts, SeatCounts, SeatStatus } from "./api/types";
import { ForumPage } from "./ForumPage";
import { MemberCall } from "./MemberCall";
import { PanelContactsPage } from "./PanelContactsPage";
import { recordCall } from "./seatCall";
import { SelectionTab } from "./SelectionTab";

const caller = testSession({
  email: "bellen@gemeente.nl",
  role: "none",
  grants: [{ scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "caller" }],
});
const manager = testSession({ role: "none", grants: [{ ...caller.grants[0], role: "forum_manager" }] });

const said = (status: SeatStatus, comment: string | null, at = "2027-03-01T09:30:00Z") => ({ status, comment, changed_by: "bellen@gemeente.nl", changed_at: at });

const member = (id: string, name: string | null, place: PanelContact["status"], seat: SeatStatus, history = [said(seat, "Gebeld.")]): PanelContact => ({
  id,
  name,
  email: name ? `${id.toLowerCase()}@example.nl` : null,
  phone: "06-12345678",
  status: place,
  seat_status: seat,
  seat_history: seat === "selected" ? [] : history,
});

function countsOf(members: PanelContact[]): SeatCounts {
  const counts: SeatCounts = { selected: 0, contacted: 0, confirmed: 0, declined: 0, unreachable: 0, withdrawn: 0 };
  for (const m of members) if (m.status !== "dropout") counts[m.seat_status] += 1;
  return counts;
}

function contactsOf(members: PanelContact[]): PanelContacts {
  const counts = countsOf(members);
  return { forum: { slug: "energie", name: "Burgerforum Energie" }, members, seated: counts.confirmed === members.filter((m) => m.status !== "dropout").length, seat_counts: counts };
}

const calling = contactsOf([
  member("V0001", "Jan Bakker", "member", "confirmed", [said("contacted", "Voicemail ingesproken.", "2027-02-28T15:00:00Z"), said("confirmed", "Komt op 12 maart.")]),
  member("V0002", "Sjoukje de Vries", "dropout", "declined", [said("declined", "Werkt op donderdagavond.")]),
  member("V0005", null, "member", "selected"),
  member("V0009", "Anna Visser", "alternate", "unreachable", [said("unreachable", null)]),
]);

const callerCache = (contacts: PanelContacts | null) => (client: QueryClient) => {
  client.setQueryData(forumKeys.list, [{ slug: "energie", name: "Burgerforum Energie", may: ["call"] }]);
  client.setQueryData(forumKeys.panelContacts("energie"), contacts);
};

const callerScreen = (contacts: PanelContacts | null, language: "nl" | "en" = "nl") =>
  renderScreen(<PanelContactsPage slug="energie" name="Burgerforum Energie" />, { session: caller, language, cache: callerCache(contacts) });

describe("the caller's screen", () => {
  it("says how far the panel is, and where each member stands", () => {
    const html = callerScreen(calling);
    const text = visibleText(html);
    expect(text).toContain("1 van 3 leden bevestigd; 1 onbereikbaar; 1 nog niet benaderd.");
    expect(text).not.toContain("compleet");
    expect(text).toContain("Naam Telefoon Stand Plaats E-mail");
    expect(text).toContain("Jan Bakker 06-12345678 Bevestigd lid v0001@example.nl");
    expect(text).toContain("Anna Visser 06-12345678 Onbereikbaar vervanger v0009@example.nl");
    expect(html).toMatch(/<h2[^>]*id="call-V0001-title"[^>]*>Jan Bakker <span class="mienskip-id">V0001<\/span><\/h2>/);
    expect(html).toMatch(/<h2[^>]*id="call-V0005-title"[^>]*>V0005 \(naam niet bekend\)<\/h2>/);
    // The latest call with who and when, in Dutch time; everything before folded under it.
    expect(text).toContain("Laatste gesprek Komt op 12 maart. Bevestigd, vastgelegd door bellen@gemeente.nl op 1 mrt 2027, 10:30");
    expect(html).toMatch(/<details class="mienskip-details"><summary>Geschiedenis \(2 keer vastgelegd\)<\/summary>/);
    expect(text).toContain("Voicemail ingesproken. Benaderd, vastgelegd door bellen@gemeente.nl op 28 feb 2027, 16:00");
    expect(text).toContain("Laatste gesprek (toelichting gewist met de persoonsgegevens) Onbereikbaar");
    expect(text).toContain("Laatste gesprek Nog niets vastgelegd.");
    expect(html).toContain('href="tel:0612345678"');
    expect(text).not.toMatch(englishWords);
  });

  it("has a form per member to call, its controls named by their visible label first", () => {
    const html = callerScreen(calling);
    expect(html.match(/<legend>Gesprek vastleggen/g)).toHaveLength(3);
    expect(html).toMatch(/<label[^>]*for="seat-status-V0001"[^>]*>Nieuwe stand<span class="mienskip-visually-hidden"> \(V0001\)<\/span><\/label>/);
    expect(html).toMatch(/<label[^>]*for="seat-comment-V0001"[^>]*>Toelichting<span class="mienskip-visually-hidden"> \(V0001\)<\/span><\/label>/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Vastleggen<span class="mienskip-visually-hidden"> \(V0001\)<\/span><\/button>/);
    const comment = html.match(/<input[^>]*id="seat-comment-V0001"[^>]*>/)?.[0] ?? "";
    expect(comment).toMatch(/maxLength="500"|maxlength="500"/);
    expect(comment).toContain("required");
    expect(comment).toContain('aria-describedby="seat-comment-V0001-description"');
    expect(html).toContain('id="seat-comment-V0001-description"');
    expect(visibleText(html)).toContain("Wat is er besproken of geprobeerd? Eén regel.");
    // The six statuses, the member's own chosen.
    const select = html.match(/<select[^>]*id="seat-status-V0009"[^>]*>.*?<\/select>/)?.[0] ?? "";
    expect(visibleText(select).trim()).toBe("Geselecteerd Benaderd Bevestigd Afgezegd Onbereikbaar Teruggetrokken");
    expect(select).toMatch(/<option value="unreachable"[^>]*selected=""/);
  });

  it("lists those replaced apart, read-only, with their last status", () => {
    const html = callerScreen(calling);
    const replaced = html.slice(html.indexOf('id="replaced-title"'));
    expect(replaced).toMatch(/^id="replaced-title"[^>]*>Vervangen<\/h2>/);
    expect(visibleText(replaced)).toContain("Sjoukje de Vries Afgezegd Werkt op donderdagavond. Afgezegd, vastgelegd door");
    expect(replaced).not.toContain("<form");
    expect(html).not.toContain("seat-status-V0002");
    expect(visibleText(html.slice(0, html.indexOf('id="replaced-title"')))).not.toContain("Sjoukje");
  });

  it("says the panel is complete once every member on it has confirmed", () => {
    const seated = contactsOf([member("V0001", "Jan Bakker", "member", "confirmed"), member("V0002", "Piet Smit", "alternate", "confirmed"), member("V0003", "Sjoukje de Vries", "dropout", "withdrawn")]);
    const text = visibleText(callerScreen(seated));
    expect(text).toContain("2 van 2 leden bevestigd. Het panel is compleet: alle 2 leden hebben bevestigd.");
    expect(visibleText(callerScreen(seated, "en"))).toContain("The panel is complete: all 2 members have confirmed.");
  });

  it("shows a recorded call: the server's answer in the cache, the sentence beside the member's form", async () => {
    const answer = contactsOf([member("V0001", "Jan Bakker", "member", "confirmed"), member("V0005", null, "member", "declined", [said("declined", "Heeft geen tijd.")])]);
    const http = createHttp(async () => new Response(JSON.stringify(answer), { status: 200, headers: { "Content-Type": "application/json" } }));
    const outcome = await recordCall((id, change) => forumApi(http).recordSeatStatus("energie", id, change), "V0005", { status: "declined", comment: "Heeft geen tijd." }, "nl");
    expect(outcome).toEqual({ recorded: "Vastgelegd: V0005 is nu Afgezegd." });
    const text = visibleText(callerScreen(answer));
    expect(text).toContain("1 van 2 leden bevestigd; 1 afgezegd.");
    expect(text).toContain("Stand Afgezegd Laatste gesprek Heeft geen tijd.");
    const card = renderScreen(<MemberCall member={answer.members[1]} level={2} outcome={outcome} busy={false} onRecord={async () => true} />, { session: caller });
    expect(card).toMatch(/<div role="status" aria-live="polite">.*Vastgelegd: V0005 is nu Afgezegd\..*<\/div><\/section>$/);
  });

  it("shows the server's refusal of the comment at the Toelichting field, and of the member above the form", () => {
    const refusedComment = { refused: { field: "comment" as const, text: "Deze tekst is te lang: hoogstens 500 tekens." } };
    const html = renderScreen(<MemberCall member={calling.members[0]} level={2} outcome={refusedComment} busy={false} onRecord={async () => false} />, { session: caller });
    // The field from its label to its input: the message is between them, and describes the input.
    const start = html.indexOf('for="seat-comment-V0001"');
    const field = html.slice(start, html.indexOf(">", html.indexOf('id="seat-comment-V0001"')) + 1);
    expect(start).toBeGreaterThan(0);
    expect(field).toContain('id="seat-comment-V0001-error"');
    expect(field).toContain("Deze tekst is te lang: hoogstens 500 tekens.");
    expect(field).toMatch(/aria-describedby="seat-comment-V0001-description seat-comment-V0001-error"/);
    expect(field).toContain('aria-invalid="true"');
    expect(html).not.toContain('id="seat-status-V0001-error"');
    expect(html).not.toContain('role="alert"');

    const gone = { refused: { field: "volunteer" as const, text: "Dit lid staat niet (meer) in het panel." } };
    const above = renderScreen(<MemberCall member={calling.members[0]} level={2} outcome={gone} busy={false} onRecord={async () => false} />, { session: caller });
    expect(above.indexOf("Dit lid staat niet (meer) in het panel.")).toBeLessThan(above.indexOf('id="seat-status-V0001"'));
    expect(above).toMatch(/role="alert"/);
  });

  it("reads in English too", () => {
    const text = visibleText(callerScreen(calling, "en"));
    expect(text).toContain("1 of 3 members confirmed; 1 unreachable; 1 not contacted yet.");
    expect(text).toContain("Name Phone Seat status Place E-mail");
    expect(text).toContain("Jan Bakker 06-12345678 Confirmed member v0001@example.nl");
    expect(text).toContain("Record a call");
  });
});

const forum = {
  slug: "energie",
  name: "Burgerforum Energie",
  municipality: "Súdwest-Fryslân",
  panel_size: 3,
  categories: [{ name: "Geslacht", values: [{ value: "vrouw", min: 0, max: 5 }] }],
  register: { rows: 1200 },
  feasibility: { feasible: true, checked_against: "quotas", conflicts: [], relaxation: [] },
  may: ["manage", "call"],
} as unknown as Forum;

const selection = { status: "done", run: 1, runs: [], fixed: null, stale: false, result: null } as unknown as ForumSelection;

function panelOf(contacts: PanelContacts, rounds: ForumPanel["rounds"] = []): ForumPanel {
  return {
    lottery_number: 417,
    input_sha256: "ab",
    algorithm: "leximin",
    panel_size: 3,
    drawn_by: "anna@gemeente.nl",
    drawn_at: "2027-02-20T10:00:00Z",
    members: contacts.members.map((m) => ({ ...m, answers: { Geslacht: "vrouw" } })),
    rounds,
    seated: contacts.seated,
    seat_counts: contacts.seat_counts,
    pool_unpublished: null,
  };
}

const managerScreen = (screen: ReactNode, panel: ForumPanel | null, contacts: PanelContacts | null = null) =>
  renderScreen(screen, {
    session: manager,
    cache: (client) => {
      client.setQueryData(forumKeys.details("energie"), forum);
      client.setQueryData(forumKeys.selection("energie"), selection);
      client.setQueryData(forumKeys.panel("energie"), panel);
      client.setQueryData(forumKeys.panelContacts("energie"), contacts);
    },
  });

describe("the manager's panel", () => {
  const panel = panelOf(
    contactsOf([
      member("V0001", "Jan Bakker", "member", "declined"),
      member("V0003", "Piet Smit", "member", "withdrawn"),
      member("V0004", "Anna Visser", "member", "unreachable"),
      member("V0002", "Sjoukje de Vries", "dropout", "declined"),
      member("V0007", "Klaas Jansen", "alternate", "confirmed"),
    ]),
    [{ round: 1, seed: "12 34", dropouts: ["V0002"], alternates: ["V0007"], reasons: { V0002: "declined" }, drawn_by: "anna@gemeente.nl", drawn_at: "2027-02-21T10:00:00Z" }],
  );

  it("offers only members who declined or withdrew for replacement, and shows where everyone stands", () => {
    const html = managerScreen(<SelectionTab forum={forum} />, panel);
    expect(html).toMatch(/aria-label="V0001 is afgevallen"/);
    expect(html).toMatch(/aria-label="V0003 is afgevallen"/);
    expect(html).not.toMatch(/aria-label="V0004 is afgevallen"/);
    expect(html).not.toMatch(/aria-label="V0002 is afgevallen"/);
    expect(html).not.toMatch(/aria-label="V0007 is afgevallen"/);
    const text = visibleText(html);
    expect(text).toContain("1 van 4 leden bevestigd; 1 afgezegd; 1 teruggetrokken; 1 onbereikbaar.");
    expect(text).toContain("Naam E-mail Telefoon Status Stand Afvallers vervangen");
    expect(text).toContain("V0004 Geslacht: vrouw Anna Visser v0004@example.nl 06-12345678 lid Onbereikbaar");
    expect(text).toContain("V0002 Geslacht: vrouw Sjoukje de Vries v0002@example.nl 06-12345678 afgevallen Afgezegd");
    expect(text).toContain("Ronde 1: V0002 (afgezegd) vervangen door V0007 (seed 12 34)");
    expect(html).toContain('id="alternates-seed"');
    expect(text).not.toContain("Leg hun antwoord eerst vast bij Bellen.");
    expect(text).not.toMatch(englishWords);
  });

  it("says who is replaced and where to record it when no one may be, instead of the form", () => {
    const none = panelOf(contactsOf([member("V0001", "Jan Bakker", "member", "confirmed"), member("V0004", "Anna Visser", "member", "contacted")]));
    const html = managerScreen(<SelectionTab forum={forum} />, none);
    expect(html).not.toContain("is afgevallen");
    expect(html).not.toContain('id="alternates-seed"');
    expect(visibleText(html)).toContain(
      "Afvallers vervangen Alleen leden die hebben afgezegd of zich hebben teruggetrokken worden vervangen. Leg hun antwoord eerst vast bij Bellen.",
    );
    expect(visibleText(html)).not.toContain("Stand Afvallers vervangen");
  });

  it("says the panel is complete when every member has confirmed", () => {
    const seated = panelOf(contactsOf([member("V0001", "Jan Bakker", "member", "confirmed"), member("V0004", "Anna Visser", "member", "confirmed")]));
    expect(visibleText(managerScreen(<SelectionTab forum={forum} />, seated))).toContain(
      "2 van 2 leden bevestigd. Het panel is compleet: alle 2 leden hebben bevestigd.",
    );
  });

  it("reaches calling the panel from the forum's tabs once the panel is drawn", () => {
    const contacts = contactsOf([member("V0001", "Jan Bakker", "member", "confirmed")]);
    const html = managerScreen(<ForumPage slug="energie" tab="call" />, panelOf(contacts), contacts);
    expect(html).toMatch(/<a[^>]*href="#\/forums\/energie\/call"[^>]*aria-current="page"[^>]*>Bellen<\/a>/);
    expect(html).toMatch(/<h2[^>]*>Bellen<\/h2>/);
    expect(html).toMatch(/<h3[^>]*id="call-V0001-title"/);
    expect(html).toContain("<legend>Gesprek vastleggen");
    expect(managerScreen(<ForumPage slug="energie" tab="quotas" />, panelOf(contacts))).toContain('href="#/forums/energie/call"');
    expect(managerScreen(<ForumPage slug="energie" tab="quotas" />, null)).not.toContain('href="#/forums/energie/call"');
  });
});
