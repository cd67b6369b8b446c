// Issue 6, steps 5 and 6, in a real browser: an administrator computes the selection
// probabilities (the run goes on in the background and survives a reload), draws the panel with
// the public number, replaces a dropout, and opens the public verification page. axe-core on
// every screen.
//
// The forum, register and invitation draw are set up through the staff API, and the volunteers
// (step 4, built separately) are inserted with psql into the e2e run's database, as residents
// signing up would leave them; then sign-up is closed the same way.
const { test, expect } = require("@playwright/test");
const { checkScreen, recordCall, sql } = require("./helpers");

const email = process.env.MIENSKIP_ADMIN_EMAIL;
const password = process.env.MIENSKIP_ADMIN_PASSWORD;
const slug = "selectie-2027";

test.setTimeout(180_000);

function registerCsv() {
  const lines = ["id,voornaam,dorp"];
  for (let i = 0; i < 150; i++) lines.push(`${200000 + i},Inwoner${i},${i % 2 ? "Bolsward" : "Workum"}`);
  return lines.join("\n") + "\n";
}

async function setUpForum(request) {
  const session = await (await request.post("/api/session", { data: { email, password } })).json();
  const headers = { "X-CSRF-Token": session.csrf_token };
  const categories = [
    { name: "Leeftijd", values: [{ value: "16-34", min: 10, max: 20 }, { value: "35-64", min: 10, max: 20 }, { value: "65+", min: 15, max: 15 }] },
    { name: "Geslacht", values: [{ value: "vrouw", min: 20, max: 25 }, { value: "man", min: 20, max: 25 }] },
  ];
  const created = await request.post("/api/admin/forums", {
    headers,
    data: { slug, name: "Burgerforum Selectie", municipality: "Súdwest-Fryslân", panel_size: 45, categories },
  });
  expect(created.status()).toBe(201);
  const register = await request.post(`/api/admin/forums/${slug}/register`, {
    headers: { ...headers, "Content-Type": "text/csv" },
    data: registerCsv(),
  });
  expect(register.status()).toBe(200);
  expect((await request.put(`/api/admin/forums/${slug}/draw/commitment`, { headers, data: { count: 150 } })).status()).toBe(200);
  expect((await request.post(`/api/admin/forums/${slug}/draw`, { headers, data: { seed: "03 17 22" } })).status()).toBe(200);
  sql(
    "INSERT INTO forum_volunteers (forum_id, number, draw_order, answers, name, email, source) " +
      "SELECT f.id, n, n, jsonb_build_object('Leeftijd', CASE n % 5 WHEN 0 THEN '16-34' WHEN 1 THEN '16-34' " +
      "WHEN 2 THEN '35-64' WHEN 3 THEN '35-64' ELSE '65+' END, 'Geslacht', " +
      "CASE WHEN (n / 5) % 2 = 0 THEN 'vrouw' ELSE 'man' END), 'Inwoner ' || n, 'inwoner' || n || '@example.nl', 'sign_up' " +
      `FROM forums f, generate_series(1, 150) AS n WHERE f.slug = '${slug}'`,
  );
  sql(`UPDATE forums SET sign_up_closed_at = now(), sign_up_closed_by = 'e2e' WHERE slug = '${slug}'`);
}

test("an administrator selects the panel and it can be verified in public", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await setUpForum(page.request);
  await page.goto(`/admin#/forums/${slug}/selection`);
  await expect(page.getByRole("heading", { name: "Selectie", level: 2 })).toBeVisible();
  await expect(page.getByText("De selectiekansen zijn nog niet berekend.").first()).toBeVisible();
  await checkScreen(page, "forum-selection-1-start");

  // 1. The run: started, then done in the background; the page asks until it is.
  await page.getByRole("button", { name: "Selectiekansen berekenen" }).click();
  await expect(page.getByText("Berekend", { exact: true })).toBeVisible({ timeout: 60_000 });
  // The message under the button follows the computation: no longer "started" once it is done.
  await expect(page.getByText("De selectiekansen zijn berekend.")).toBeVisible();
  await expect(page.getByText("De berekening is gestart.")).toHaveCount(0);
  // The 150 rows are folded away, so the panel's number stays near the top of its step.
  await page.getByText("Selectiekans per vrijwilliger tonen (150 vrijwilligers)").click();
  const probabilities = page.locator("table", { has: page.getByText("Selectiekans per vrijwilliger", { exact: true }) });
  await expect(probabilities.locator("tbody tr")).toHaveCount(150);
  await expect(probabilities.getByRole("row", { name: /V0004/ })).toContainText("50,0%");  // 15 seats for 30 volunteers of 65+
  await checkScreen(page, "forum-selection-2-probabilities");
  // The state is the server's: a reload shows the same.
  await page.reload();
  await expect(page.getByText("Berekend", { exact: true })).toBeVisible();

  // 2. The run the panel is drawn from is fixed first, after a confirmation (issue 18).
  await expect(page.getByText("Leg eerst de berekening vast", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Publiek getrokken nummer (0 tot en met 999)")).toHaveCount(0);
  await page.getByRole("button", { name: "Berekening 1 vastleggen" }).click();
  await expect(page.getByText("Weet u het zeker? Berekening 1 wordt vastgelegd", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Ja, vastleggen" }).click();
  await expect(page.getByText("Berekening 1 is vastgelegd op", { exact: false })).toBeVisible();
  const runs = page.locator("table", { has: page.getByText("Alle berekeningen") });
  await expect(runs.locator("tbody tr")).toHaveCount(1);
  await expect(runs).toContainText("klaar, vastgelegd");
  await expect(page.getByRole("button", { name: "Selectiekansen berekenen" })).toHaveCount(0);
  await checkScreen(page, "forum-selection-2b-fixed");

  // 3. The public number draws the panel, after a confirmation. Its field is on the first screens
  // of the tab, not under a row per volunteer.
  await page.reload();
  const numberField = page.getByLabel("Publiek getrokken nummer (0 tot en met 999)");
  expect((await numberField.boundingBox()).y).toBeLessThan(3000);
  await numberField.fill("1000");
  await page.getByRole("button", { name: "Panel loten" }).click();
  await expect(page.getByText("Vul een heel getal van 0 tot en met 999 in.")).toBeVisible();
  await page.getByLabel("Publiek getrokken nummer (0 tot en met 999)").fill("417");
  await page.getByRole("button", { name: "Panel loten" }).click();
  await page.getByRole("button", { name: "Ja, panel loten" }).click();
  await expect(page.getByText("Geloot met nummer 417", { exact: false })).toBeVisible();
  // The panel against the quotas: every quota met by those seated.
  const panelQuotas = page.locator("table", { has: page.getByText("Het panel tegen de quota's") });
  await expect(panelQuotas.locator("tbody tr").first()).toBeVisible();
  await expect(panelQuotas.getByText("nee, buiten het quotum")).toHaveCount(0);
  const members = page.locator("table", { has: page.getByText("Leden en vervangers") });
  await expect(members.locator("tbody tr")).toHaveCount(45);
  await expect(members).toContainText("@example.nl");
  await checkScreen(page, "forum-selection-3-panel");

  // 4. A member declines on the phone and is replaced; an alternate keeps the quotas.
  const first = (await members.locator("tbody tr th").first().textContent()).trim();
  await page.getByRole("link", { name: "Bellen", exact: true }).click();
  await recordCall(page, first, "Afgezegd", "Zegt af: geen tijd.");
  await page.getByRole("link", { name: "Selectie", exact: true }).click();
  await page.getByLabel(`${first} is afgevallen`).check();
  await page.getByLabel("Seed voor de vervangers").fill("12 34");
  await page.getByRole("button", { name: "Vervangers loten" }).click();
  // Drawn once, like the invitations and the panel: asked first, with who and which seed.
  await expect(page.getByText(`Een vervanger loten voor ${first} met seed ‘12 34’?`, { exact: false })).toBeVisible();
  await checkScreen(page, "forum-selection-4a-alternates-question");
  await page.getByRole("button", { name: "Ja, vervangers loten" }).click();
  await expect(page.getByText("De vervangers zijn geloot.")).toBeVisible();
  await expect(members.locator("tbody tr")).toHaveCount(46);
  await expect(members.getByRole("row", { name: new RegExp(first) })).toContainText("afgevallen");
  await expect(members.getByText("vervanger", { exact: true })).toHaveCount(1);
  await checkScreen(page, "forum-selection-4-alternates");
  // The volunteers tab counts the dropout apart from those who withdrew before the draw.
  await page.getByRole("link", { name: "Vrijwilligers", exact: true }).click();
  await expect(page.getByText("1 panellid is na de loting afgevallen en vervangen; zie Selectie.", { exact: false })).toBeVisible();
  // 150 volunteers, as a real forum has them (axe-core on the full screens): fifty a page; the panel's members marked, and the panel found by the filter.
  const volunteerList = page.locator("table:has(caption:text-is('Vrijwilligers'))");
  await expect(page.getByText("Vrijwilligers 1–50 van 150.")).toBeVisible();
  await expect(volunteerList.locator("tbody tr")).toHaveCount(50);
  // On a phone the tab keeps to the screen's width: wide tables scroll in their own box, the example file wraps.
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize(desktop);
  await page.getByLabel("Tonen").selectOption("panel");
  await expect(page.getByText("Vrijwilligers 1–45 van 45.")).toBeVisible();
  await expect(volunteerList.getByText("In het panel (vervanger)", { exact: true })).toHaveCount(1);
  await page.getByLabel("Zoeken").fill(first);
  await page.getByLabel("Tonen").selectOption("all");
  await expect(volunteerList.getByRole("row", { name: new RegExp(first) })).toContainText("Uit het panel (afvaller)");
  await checkScreen(page, "forum-selection-4b-volunteers-found");
  await page.getByRole("link", { name: "Selectie", exact: true }).click();

  // 5. The public verification page, without the contact details; every run, the fixed one marked.
  await page.goto(`/f/${slug}/verificatie`);
  await expect(page.getByRole("heading", { name: "Verificatie: Burgerforum Selectie", level: 1 })).toBeVisible();
  await expect(page.getByText("--lottery-number 417", { exact: false })).toBeVisible();
  await expect(page.getByText("vastgelegd voor het panel")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("@example.nl");
  await checkScreen(page, "forum-selection-5-verification");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Verification: Burgerforum Selectie", level: 1 })).toBeVisible();
  await checkScreen(page, "forum-selection-6-verification-en");

  // 6. The panel is complete: everyone's contact details go but the panel's, after a question.
  await page.goto(`/admin#/forums/${slug}/volunteers`);
  await page.getByRole("button", { name: "Wissen, behalve van het panel" }).click();
  await expect(page.getByText("Reservekandidaten die u later nog wilt loten", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Ja, wissen" }).click();
  // 44 members and one alternate stay reachable; the dropout and the 104 others not.
  await expect(page.getByText("De gegevens van 105 vrijwilligers zijn gewist; die van 45 panelleden blijven.")).toBeVisible();
  const list = page.locator("table:has(caption:text-is('Vrijwilligers'))");
  // Over the three pages of the list: 105 deleted, none of them on the panel.
  await expect(page.getByText("Vrijwilligers 1–50 van 150.")).toBeVisible();
  // The list is asked again after the deletion: count only once it shows the deletions.
  await expect(list.getByText("gegevens gewist op", { exact: false }).first()).toBeVisible();
  let deleted = await list.getByText("gegevens gewist op", { exact: false }).count();
  await page.getByRole("button", { name: "Volgende 50" }).click();
  await expect(page.getByText("Vrijwilligers 51–100 van 150.")).toBeVisible();
  deleted += await list.getByText("gegevens gewist op", { exact: false }).count();
  await page.getByRole("button", { name: "Volgende 50" }).click();
  await expect(page.getByText("Vrijwilligers 101–150 van 150.")).toBeVisible();
  deleted += await list.getByText("gegevens gewist op", { exact: false }).count();
  expect(deleted).toBe(105);
  await page.getByLabel("Tonen").selectOption("panel");
  await expect(list.locator("tbody tr")).toHaveCount(45);
  await expect(list.getByText("gegevens gewist op", { exact: false })).toHaveCount(0);
  await checkScreen(page, "forum-selection-7-contacts-deleted");
  await page.goto(`/admin#/forums/${slug}/selection`);
  await expect(members.getByText("@example.nl", { exact: false })).toHaveCount(45);
  await expect(members.getByRole("row", { name: new RegExp(first) })).not.toContainText("@example.nl");

  // 7. The volunteers' answers leave the public page, after a question; their hashes stay.
  await page.getByRole("button", { name: "Antwoorden van de verificatiepagina halen" }).click();
  await page.getByRole("button", { name: "Ja, van de pagina halen" }).click();
  await expect(page.getByText("De antwoorden zijn op", { exact: false })).toBeVisible();
  await checkScreen(page, "forum-selection-8-files-removed");
  await page.goto(`/f/${slug}/verificatie`);
  await expect(page.getByText("van deze pagina gehaald", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "candidates.csv" })).toHaveCount(0);
  expect((await page.request.get(`/f/${slug}/verificatie/candidates.csv`)).status()).toBe(410);
  await checkScreen(page, "forum-selection-9-verification-without-files");
});
