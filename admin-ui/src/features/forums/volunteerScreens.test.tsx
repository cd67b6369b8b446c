// The Volunteers tab as it first renders (server-side, the answers already in the cache): the
// response to the letters per stratum after the counts per quota, and the request for it, which
// the server refuses (409 no_draw) before the invitations are drawn.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { QueryClient } from "@tanstack/react-query";
import type { Language } from "../../lib/language";
import { createHttp } from "../../lib/http";
import { englishWords, visibleText } from "../../testing/dutchScreens";
import { renderScreen, testSession } from "../../testing/renderScreen";
import { forumApi } from "./api/forumApi";
import { forumKeys } from "./api/queries";
import type { Forum, ForumVolunteers, Recruitment } from "./api/types";
import { VolunteersTab } from "./VolunteersTab";

const manager = testSession({ role: "none", grants: [{ scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "forum_manager" }] });

const feasibility = { feasible: true, checked_against: "volunteers" as const, conflicts: [], relaxation: [] };

const forum = {
  slug: "energie",
  name: "Burgerforum Energie",
  municipality: "Súdwest-Fryslân",
  panel_size: 24,
  categories: [{ name: "Leeftijd", values: [{ value: "16-34", min: 6, max: 9 }] }],
  may: ["manage"],
  register: { rows: 1200 },
  feasibility,
} as unknown as Forum;

const volunteers = (invitations: number): ForumVolunteers => ({
  sign_up: { open: invitations > 0, closed_at: null, closed_by: null, path: "/f/energie" },
  invitations,
  panel_drawn: false,
  pool_final: false,
  volunteers: [],
  counts: [{ category: "Leeftijd", value: "16-34", volunteers: 0, min: 6, max: 9 }],
  feasibility,
});

const byPlace: Recruitment = {
  stratify_by: "woonplaats",
  total: { letters: 1000, volunteers: 150, withdrawn: 2, response_rate: 0.15 },
  strata: [
    { stratum: "Wommels", letters: 120, volunteers: 9, withdrawn: 0, response_rate: 0.075, below_total: true },
    { stratum: "Snits", letters: 500, volunteers: 80, withdrawn: 1, response_rate: 0.16, below_total: false },
    { stratum: "Boalsert", letters: 380, volunteers: 61, withdrawn: 1, response_rate: 61 / 380, below_total: false },
  ],
};

function tab(recruitment: Recruitment | null, { invitations = 1000, language = "nl" as Language } = {}): string {
  return renderScreen(<VolunteersTab forum={forum} />, {
    session: manager,
    language,
    cache: (client: QueryClient) => {
      client.setQueryData(forumKeys.volunteers("energie"), volunteers(invitations));
      client.setQueryData(forumKeys.panel("energie"), null);
      client.setQueryData(forumKeys.recruitment("energie"), recruitment);
    },
  });
}

/** The section's own HTML, from its heading to its end. */
function section(html: string): string {
  const start = html.indexOf('<section aria-labelledby="recruitment-title"');
  return start < 0 ? "" : html.slice(start, html.indexOf("</section>", start));
}

describe("the response per stratum on the Volunteers tab", () => {
  // The sign-up address is built on the app's own server.
  beforeEach(() => vi.stubGlobal("window", { location: { origin: "https://mienskip.example.nl" } }));
  afterEach(() => vi.unstubAllGlobals());

  it("shows the strata as the server orders them, lowest response first, after the counts per quota", () => {
    const html = tab(byPlace);
    expect(html).toMatch(/<h3[^>]*id="recruitment-title"[^>]*>Respons per stratum<\/h3>/);
    expect(html.indexOf('id="volunteer-counts-title"')).toBeLessThan(html.indexOf('id="recruitment-title"'));
    expect(html.indexOf('id="recruitment-title"')).toBeLessThan(html.indexOf('id="volunteer-list-title"'));
    const own = section(html);
    const text = visibleText(own);
    expect(text).toContain("Welk deel van de brieven per stratum een aanmelding opleverde. In een klein stratum verandert één aanmelding meer of minder de respons sterk: lees een verschil daar met voorzichtigheid.");
    expect(text).toContain("150 van de 1.000 brieven zijn beantwoord (15,0%); 2 aanmelders hebben zich teruggetrokken.");
    expect(own).toMatch(/<caption[^>]*>Respons per woonplaats<\/caption>/);
    expect(text).toContain("Stratum Brieven Aanmeldingen Respons Ten opzichte van het geheel");
    expect(text).toContain("Wommels 120 9 7,5% lager");
    expect(text).toContain("Snits 500 80 16,0% gelijk of hoger");
    expect(text).toContain("Boalsert 380 61 16,1% gelijk of hoger");
    expect(text.indexOf("Wommels")).toBeLessThan(text.indexOf("Snits"));
    expect(text.indexOf("Snits")).toBeLessThan(text.indexOf("Boalsert"));
    expect(own).toMatch(/<th[^>]*scope="row"[^>]*>Wommels<\/th>/);
    // Figures on the right; the table scrolls in its own box on a phone, not the page.
    expect(own).toMatch(/<th scope="col" class="[^"]*mienskip-number">Respons<\/th>/);
    expect(own).toMatch(/<td class="[^"]*mienskip-number">120<\/td>/);
    expect(own).toMatch(/<td class="[^"]*mienskip-number">7,5%<\/td>/);
    expect(own).toMatch(/<td class="utrecht-table__cell">lager<\/td>/);
    expect(own).toContain('class="mienskip-table-scroll"');
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("says only the totals when the letters were drawn as one stratum", () => {
    const own = section(tab({ stratify_by: null, total: { ...byPlace.total, withdrawn: 0 }, strata: [] }));
    const text = visibleText(own);
    expect(text).toContain("150 van de 1.000 brieven zijn beantwoord (15,0%).");
    expect(text).not.toContain("teruggetrokken");
    expect(text).toContain("De brieven zijn als één geheel geloot; er is geen respons per stratum.");
    expect(own).not.toContain("<table");
  });

  it("shows nothing before the invitations are drawn", () => {
    expect(tab(null)).not.toContain("recruitment");
    expect(tab(byPlace, { invitations: 0 })).not.toContain("recruitment");
  });

  it("reads in English too", () => {
    const own = section(tab(byPlace, { language: "en" }));
    const text = visibleText(own);
    expect(text).toContain("150 of the 1,000 letters have been answered (15.0%); 2 volunteers have withdrawn.");
    expect(own).toMatch(/<caption[^>]*>Response per woonplaats<\/caption>/);
    expect(text).toContain("Stratum Letters Sign-ups Response Compared with the whole");
    expect(text).toContain("Wommels 120 9 7.5% lower");
  });
});

describe("the request for the response per stratum", () => {
  const answering = (status: number, body: unknown) =>
    forumApi(createHttp(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } })));

  it("asks the forum's recruitment, and has nothing before the draw", async () => {
    const asked: string[] = [];
    const api = forumApi(
      createHttp(async (input) => {
        asked.push(String(input));
        return new Response(JSON.stringify(byPlace), { status: 200, headers: { "Content-Type": "application/json" } });
      }),
    );
    expect(await api.recruitment("energie")).toEqual(byPlace);
    expect(asked).toEqual(["/api/admin/forums/energie/recruitment"]);
    expect(await answering(409, { error: { code: "no_draw", message: "the invitations have not been drawn" } }).recruitment("energie")).toBeNull();
    await expect(answering(409, { error: { code: "something_else", message: "x" } }).recruitment("energie")).rejects.toThrow();
  });
});
