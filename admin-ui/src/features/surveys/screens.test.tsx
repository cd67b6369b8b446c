// The surveys' screens as they first render (server-side, with the answers already in the cache):
// what an account may change follows each survey's `may`, not the municipality-wide role.
import { describe, expect, it } from "vitest";
import type { ReactNode } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { Session } from "../../lib/session";
import { englishWords, visibleText } from "../../testing/dutchScreens";
import { renderScreen, testSession } from "../../testing/renderScreen";
import { surveyKeys } from "./api/queries";
import type { SurveyDefinition, SurveyDetail, SurveySummary } from "./api/types";
import { SurveyPage } from "./SurveyPage";
import { SurveysPage } from "./SurveysPage";

const manager = testSession({
  email: "enquete@gemeente.nl",
  role: "none",
  grants: [{ scope: "survey", slug: "wonen", title: "Wonen 2027", role: "survey_manager" }],
});

const summary = (slug: string, title: string, may: SurveySummary["may"]): SurveySummary => ({
  slug,
  title,
  may,
  status: "open",
  access: "code",
  responses: 12,
  codes: 400,
});

const list = [summary("wonen", "Wonen 2027", ["read", "manage"]), summary("energie", "Energie", ["read"])];

const text = { nl: "Wonen 2027", fy: "Wenjen 2027", en: "Housing 2027" };
const detail = (may: SurveyDetail["may"]): SurveyDetail => ({
  slug: "wonen",
  may,
  status: "open",
  access: "code",
  responses: 12,
  codes: 400,
  frozen: true,
  definition: { title: text, scenarios: [], demographics: [] } as unknown as SurveyDefinition,
});

function render(screen: ReactNode, session: Session, cache: (client: QueryClient) => void): string {
  return renderScreen(screen, { session, cache });
}

const withList = (client: QueryClient) => client.setQueryData(surveyKeys.list, list);

describe("the surveys list", () => {
  it("offers opening and closing only on the surveys the account manages, and no new survey but to administrators", () => {
    const html = render(<SurveysPage onCreated={() => undefined} />, manager, withList);
    expect(html).toMatch(/<button[^>]*>Sluiten<span class="mienskip-visually-hidden"> Wonen 2027<\/span><\/button>/);
    expect(html).not.toMatch(/<button[^>]*>Sluiten<span class="mienskip-visually-hidden"> Energie</);
    expect(html).not.toContain("Nieuwe enquête");
    expect(html).not.toContain("U kunt de resultaten bekijken");
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("says a reader may only read, and shows no buttons", () => {
    const reader: Session = { ...manager, role: "analyst", grants: [] };
    const html = render(<SurveysPage onCreated={() => undefined} />, reader, (client) =>
      client.setQueryData(surveyKeys.list, [summary("energie", "Energie", ["read"])]),
    );
    expect(html).toContain("U kunt de resultaten bekijken.");
    expect(html).not.toContain("<button");
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("offers a new survey to an administrator", () => {
    const html = render(<SurveysPage onCreated={() => undefined} />, { ...manager, role: "admin", grants: [] }, withList);
    expect(html).toMatch(/<h2[^>]*>Nieuwe enquête<\/h2>/);
  });
});

describe("one survey", () => {
  const route = (tab: "overview" | "texts") => ({ page: "survey" as const, slug: "wonen", tab, query: {} });
  const withDetail = (may: SurveyDetail["may"]) => (client: QueryClient) => client.setQueryData(surveyKeys.details("wonen"), detail(may));

  it("offers its managing screens and opening and closing to whoever manages it", () => {
    const html = render(<SurveyPage route={route("overview")} navigate={() => undefined} />, manager, withDetail(["read", "manage"]));
    expect(html).toMatch(/<h1[^>]*>Wonen 2027<\/h1>/);
    expect(html).toContain('href="#/surveys/wonen/texts"');
    expect(html).toContain('href="#/surveys/wonen/codes"');
    expect(html).toMatch(/<button[^>]*>Enquête sluiten<\/button>/);
  });

  it("leaves them out for whoever only reads it, also for an analyst of the whole municipality", () => {
    const reader: Session = { ...manager, role: "analyst", grants: [] };
    const html = render(<SurveyPage route={route("overview")} navigate={() => undefined} />, reader, withDetail(["read"]));
    expect(html).not.toContain('href="#/surveys/wonen/texts"');
    expect(html).not.toContain("<button");
    const texts = render(<SurveyPage route={route("texts")} navigate={() => undefined} />, reader, withDetail(["read"]));
    expect(texts).toContain("Alleen wie deze enquête beheert, kan dit onderdeel gebruiken.");
    expect(visibleText(texts)).not.toMatch(englishWords);
  });
});
