// The burgerforums' screens as they first render (server-side, with the answers already in the
// cache): what an administrator, a forum's manager and a forum's caller each see.
import { describe, expect, it } from "vitest";
import type { ReactNode } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { Language } from "../../lib/language";
import type { Session } from "../../lib/session";
import { englishWords, visibleText } from "../../testing/dutchScreens";
import { renderScreen, testSession } from "../../testing/renderScreen";
import { forumKeys } from "./api/queries";
import type { Forum, ForumDraw, ForumPanel, ForumSelection, ForumVolunteers, PanelContacts } from "./api/types";
import { ForumProgress } from "./ForumProgress";
import { ForumScreen } from "./ForumScreen";
import { ForumsPage } from "./ForumsPage";
import { PanelContactsPage } from "./PanelContactsPage";

const caller = testSession({
  email: "bellen@gemeente.nl",
  role: "none",
  grants: [{ scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "caller" }],
});

const forum = (slug: string, name: string, may: Forum["may"]) =>
  ({ slug, name, municipality: "Súdwest-Fryslân", panel_size: 24, register: { rows: 1200 }, may }) as Forum;

const declined = { status: "declined" as const, comment: "Werkt op donderdagavond.", changed_by: "bellen@gemeente.nl", changed_at: "2027-03-01T09:30:00Z" };

const contacts: PanelContacts = {
  forum: { slug: "energie", name: "Burgerforum Energie" },
  members: [
    { id: "V0002", name: "Sjoukje de Vries", email: null, phone: null, status: "dropout", seat_status: "declined", seat_history: [declined] },
    { id: "V0001", name: "Jan Bakker", email: "jan@example.nl", phone: "06-12345678", status: "member", seat_status: "selected", seat_history: [] },
    { id: "V0005", name: null, email: null, phone: "0515 123456", status: "alternate", seat_status: "selected", seat_history: [] },
  ],
  seated: false,
  seat_counts: { selected: 2, contacted: 0, confirmed: 0, declined: 0, unreachable: 0, withdrawn: 0 },
};

function render(screen: ReactNode, session: Session, cache: (client: QueryClient) => void, language: Language = "nl"): string {
  return renderScreen(screen, { session, language, cache });
}

describe("the forums list", () => {
  it("shows a caller their forums without a draw or the form for a new one", () => {
    const html = render(<ForumsPage onCreated={() => undefined} />, caller, (client) =>
      client.setQueryData(forumKeys.list, [forum("energie", "Burgerforum Energie", ["call"])]),
    );
    expect(html).toContain("U belt de panelleden van deze burgerforums.");
    expect(visibleText(html)).toContain("Burgerforum Energie Súdwest-Fryslân 24 1.200 u belt alleen het panel");
    expect(html).not.toContain("new-forum");
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("offers the form for a new one to administrators only", () => {
    const admin: Session = { ...caller, role: "admin", grants: [] };
    const list = (client: QueryClient) => client.setQueryData(forumKeys.list, [forum("energie", "Burgerforum Energie", ["manage", "call"])]);
    expect(render(<ForumsPage onCreated={() => undefined} />, admin, list)).toMatch(/<h2[^>]*id="new-forum-title"/);
    const manager: Session = { ...caller, grants: [{ ...caller.grants[0], role: "forum_manager" }] };
    const html = render(<ForumsPage onCreated={() => undefined} />, manager, list);
    expect(html).not.toContain("new-forum");
    expect(html).toContain("Een burgerforum is een groep inwoners, gekozen door loting.");
  });
});

describe("a forum for its caller", () => {
  const cached = (panel: PanelContacts | null) => (client: QueryClient) => {
    client.setQueryData(forumKeys.list, [forum("energie", "Burgerforum Energie", ["call"])]);
    client.setQueryData(forumKeys.panelContacts("energie"), panel);
  };

  it("opens the panel's names and contact details instead of the forum's own screens", () => {
    const html = render(<ForumScreen slug="energie" tab="quotas" />, caller, cached(contacts));
    expect(html).toMatch(/<h1[^>]*>Burgerforum Energie<\/h1>/);
    expect(html).not.toContain("Onderdelen van het burgerforum");
    expect(html).toContain('class="mienskip-table-scroll"');
    expect(html).toMatch(/<caption[^>]*>Het panel: namen en contactgegevens<\/caption>/);
    const text = visibleText(html);
    expect(text).toContain("Naam Telefoon Stand Plaats E-mail");
    expect(text).toContain("Jan Bakker 06-12345678 Geselecteerd lid jan@example.nl");
    expect(text).toContain("V0005 (naam niet bekend) 0515 123456 Geselecteerd vervanger –");
    // Who was replaced is not called any more: apart, after the members to call.
    expect(text).toContain("Vervangen");
    expect(text).toContain("Sjoukje de Vries Afgezegd Werkt op donderdagavond.");
    expect(text.indexOf("Jan Bakker")).toBeLessThan(text.indexOf("Sjoukje"));
    expect(html).toContain('href="mailto:jan@example.nl"');
    expect(html).toContain('href="tel:0612345678"');
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>Jan Bakker<\/th>/);
    expect(text).not.toMatch(englishWords);
  });

  it("says the panel has not been drawn yet, and nothing else", () => {
    const html = render(<PanelContactsPage slug="energie" name="Burgerforum Energie" />, caller, cached(null));
    expect(html).toMatch(/<h1[^>]*>Burgerforum Energie<\/h1><p[^>]*>Het panel is nog niet geloot\.<\/p>$/);
  });

  it("reads in English too", () => {
    const text = visibleText(render(<PanelContactsPage slug="energie" name="Burgerforum Energie" />, caller, cached(contacts), "en"));
    expect(text).toContain("Name Phone Seat status Place E-mail");
    expect(text).toContain("Jan Bakker 06-12345678 Selected member jan@example.nl");
  });
});

describe("a forum's progress", () => {
  const manager = testSession({ role: "none", grants: [{ scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "forum_manager" }] });
  const feasibleForum = { ...forum("energie", "Burgerforum Energie", ["manage", "call"]), feasibility: { feasible: true } } as Forum;
  const panelOf = (confirmed: number, seated: boolean) =>
    ({
      members: [...Array(30).fill({ status: "member" }), ...Array(2).fill({ status: "dropout" })],
      seated,
      seat_counts: { selected: 30 - confirmed, contacted: 0, confirmed, declined: 0, unreachable: 0, withdrawn: 0 },
    }) as unknown as ForumPanel;
  const cached = (panel: ForumPanel | null) => (client: QueryClient) => {
    client.setQueryData(forumKeys.draw("energie"), { seed: "1 2 3", invitations: 300 } as unknown as ForumDraw);
    client.setQueryData(forumKeys.volunteers("energie"), { sign_up: { open: false, closed_at: "2027-02-01T00:00:00Z" }, volunteers: [] } as unknown as ForumVolunteers);
    client.setQueryData(forumKeys.selection("energie"), { runs: [{}], fixed: { run: 1 } } as unknown as ForumSelection);
    client.setQueryData(forumKeys.panel("energie"), panel);
  };
  const steps = (html: string) => [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map(([, item]) => visibleText(item).trim());

  it("ends with the panel seated, waited for on the tab for calling it", () => {
    const html = render(<ForumProgress forum={feasibleForum} />, manager, cached(panelOf(12, false)));
    // Drawing the panel counts every member drawn (two since dropped out); seating it, the 30 on the panel now.
    expect(steps(html).slice(5)).toEqual(["✓ Panel loten (gedaan; 32 leden)", "→ Panel compleet (nu aan de beurt; 12 van 30 leden bevestigd)"]);
    expect(html).toContain('<a href="#/forums/energie/call"');
    expect(visibleText(html)).toContain("Verder met: Panel compleet");
    const english = render(<ForumProgress forum={feasibleForum} />, manager, cached(panelOf(12, false)), "en");
    expect(steps(english)[6]).toBe("→ Panel seated (to do now; 12 of 30 members confirmed)");
  });

  it("says every member confirmed once the panel is seated, and links nowhere further", () => {
    const html = render(<ForumProgress forum={feasibleForum} />, manager, cached(panelOf(30, true)));
    expect(steps(html)[6]).toBe("✓ Panel compleet (gedaan; alle 30 leden bevestigd)");
    expect(html).not.toContain("Verder met");
    expect(steps(render(<ForumProgress forum={feasibleForum} />, manager, cached(panelOf(30, true)), "en"))[6]).toBe(
      "✓ Panel seated (done; all 30 members confirmed)",
    );
  });

  it("keeps the panel's seats for later before it is drawn", () => {
    const html = render(<ForumProgress forum={feasibleForum} />, manager, cached(null));
    expect(steps(html).slice(5)).toEqual(["→ Panel loten (nu aan de beurt)", "· Panel compleet (later)"]);
    expect(html).toContain('<a href="#/forums/energie/selection"');
  });
});
