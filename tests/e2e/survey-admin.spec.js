// Issue 7 in a real browser: staff create the Súdwest-Fryslân survey from its template, correct a
// Frisian text and look at the preview, open it, make codes; residents answer (two through the
// resident pages, the rest through the same public API the pages use); staff upload population
// figures, read the weighted results and motivations, and download every export and the report.
// axe-core on every screen.
const { test, expect } = require("@playwright/test");
const fs = require("fs");
const { checkScreen, screenshot, signInAsAdmin } = require("./helpers");

const email = process.env.MIENSKIP_ADMIN_EMAIL;
const slug = "energie-journey";
const margins = `${process.env.MIENSKIP_SOURCE_DIR}/tests/data/weighting/sudwest-fryslan-margins.csv`;
const scenarios = ["gemeente-leidt", "inwoners-zelf", "markt-bepaalt", "grootschalige-opwek", "opslag", "energieleverancier"];
// Every category of the population figures gets respondents, or weighting (rightly) refuses.
const categories = {};
for (const line of fs.readFileSync(margins, "utf8").trim().split("\n").slice(1)) {
  const [variable, category] = line.split(",");
  (categories[variable] ||= []).push(category);
}

test.setTimeout(240_000);

async function download(page, linkName) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).click()]);
  return fs.readFileSync(await file.path());
}

function spread(i, n) {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

// A resident's answer as the resident pages send it: points that add up to 100, varied by `i`.
function answer(code, i) {
  const allocations = {};
  let left = 100;
  scenarios.forEach((id, s) => {
    const points = s === scenarios.length - 1 ? left : Math.min(left, ((i * (s + 3)) % 7) * 5);
    left -= points;
    if (points > 0) allocations[id] = points;
  });
  const motivations = i % 4 === 0 ? { opslag: `Opslag helpt bij wind en zon (${i})` } : {};
  return {
    code,
    idempotency_key: `journey-${i}-0000`,
    language: ["nl", "fy", "en"][i % 3],
    allocations,
    motivations,
    // Spread independently per question (a hash of i and the question), so no combination is empty;
    // resident 5 prefers not to give their gender, and is weighted on the rest.
    demographics: Object.fromEntries(
      Object.entries(categories).map(([v, cs], n) => [v, i === 5 && v === "gender" ? "prefer_not_to_say" : cs[spread(i, n) % cs.length]]),
    ),
  };
}

test("staff run the energy survey from template to council report", async ({ page }) => {
  await signInAsAdmin(page);

  // 1. A new survey from the template, as a draft.
  await page.getByLabel("Sjabloon").selectOption("sudwest-fryslan-energiestrategie");
  await page.getByLabel("Korte naam in het webadres").fill(slug);
  await page.getByLabel("Alleen inwoners met een uitnodigingscode").check();
  await checkScreen(page, "survey-admin-1-new");
  await page.getByRole("button", { name: "Enquête maken" }).click();
  await expect(page).toHaveURL(new RegExp(`#/surveys/${slug}`));
  await expect(page.getByText("Concept (nog niet open)").first()).toBeVisible();
  await checkScreen(page, "survey-admin-2-overview-draft");
  expect((await page.request.get(`/s/${slug}`)).status()).toBe(404); // residents do not see a draft

  // 2. Correct the Frisian title and see it in the preview as residents would.
  await page.getByRole("link", { name: "Teksten" }).click();
  const frisianTitle = page.getByRole("group", { name: "Titel" }).getByLabel("Fries (Frysk)");
  await frisianTitle.fill("Enerzjystrategy Súdwest-Fryslân (neisjoen)");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.", { exact: true })).toBeVisible();
  await checkScreen(page, "survey-admin-3-texts");
  await page.getByLabel("Taal van het voorbeeld").selectOption("fy");
  await page.getByRole("button", { name: "Voorbeeld tonen" }).click();
  const preview = page.frameLocator("iframe[title^='Voorbeeld van de pagina voor inwoners']");
  await expect(preview.locator("body")).toContainText("Enerzjystrategy Súdwest-Fryslân (neisjoen)");
  // axe-core cannot open its helper in the sandboxed preview frame; the page was checked above.
  await screenshot(page, "survey-admin-3b-preview");

  // 3. Open it and make invitation codes.
  await page.getByRole("link", { name: "Overzicht" }).click();
  await page.getByRole("button", { name: "Enquête openen" }).click();
  await expect(page.getByRole("button", { name: "Enquête sluiten" })).toBeVisible();
  await page.getByRole("link", { name: "Codes" }).click();
  await page.getByLabel("Aantal nieuwe codes").fill("70");
  const [codesFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Codes maken en downloaden" }).click(),
  ]);
  const codes = fs.readFileSync(await codesFile.path(), "utf8").trim().split(/\r?\n/).slice(1);
  expect(codes).toHaveLength(70);
  await checkScreen(page, "survey-admin-4-codes");

  // 4. Residents answer: one through the pages, 65 through the public API the pages use.
  const resident = await page.context().newPage();
  await resident.goto(`/s/${slug}?lang=fy`);
  await expect(resident.locator("h1")).toContainText("neisjoen");
  await resident.locator("#code").fill(codes[0]);
  await resident.getByRole("button", { name: "Fierder" }).click();
  await resident.locator("#allocations-opslag").fill("60");
  await resident.locator("#allocations-gemeente-leidt").fill("40");
  await resident.locator("#motivations-opslag").fill("Opslag is it wichtichste foar ús doarp");
  await resident.locator("#demographics-age-35-44").check();
  await resident.locator("#demographics-gender-vrouw").check();
  await resident.locator("#demographics-education-hoog").check();
  await resident.locator("#demographics-area").selectOption("snits");
  await resident.getByRole("button", { name: "Kontrolearje", exact: true }).click();
  await resident.getByRole("button", { name: "Ferstjoere" }).click();
  await expect(resident.locator("h1")).toHaveText("Tankewol!");
  await resident.close();
  for (let i = 1; i <= 65; i++) {
    const stored = await page.request.post(`/api/surveys/${slug}/responses`, { data: answer(codes[i], i) });
    expect(stored.status(), await stored.text()).toBe(201);
  }

  await page.getByRole("link", { name: "Overzicht" }).click();
  await expect(page.getByText("Aantal antwoorden: 66", { exact: true })).toBeVisible();
  await checkScreen(page, "survey-admin-5-overview-arrivals");

  // 5. Without population figures there are no results; upload them.
  await page.getByRole("link", { name: "Resultaten" }).click();
  await expect(page.getByText("Upload daarom eerst de bevolkingscijfers")).toBeVisible();
  await page.getByRole("link", { name: "Bevolkingscijfers" }).first().click();
  // Age and gender only: 66 answers are too few to rake on area and education too.
  const lines = fs.readFileSync(margins, "utf8").trim().split("\n");
  const ageAndGender = [lines[0], ...lines.filter((l) => /^(age|gender),/.test(l))].join("\n") + "\n";
  await page.getByLabel("CSV-bestand met bevolkingscijfers").setInputFiles({ name: "margins.csv", mimeType: "text/csv", buffer: Buffer.from(ageAndGender) });
  // Where the figures come from: the council report names it.
  await page.getByLabel("Bron van de bevolkingscijfers").fill("CBS, Kerncijfers wijken en buurten 2025");
  await page.getByLabel("Peildatum").fill("2026-01-01");
  await page.getByLabel("Welke inwoners").fill("inwoners van 16 jaar en ouder");
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("De bevolkingscijfers zijn opgeslagen.")).toBeVisible();
  await expect(page.getByText("Bron van de bevolkingscijfers: CBS, Kerncijfers wijken en buurten 2025 · Peildatum: 2026-01-01 · Welke inwoners: inwoners van 16 jaar en ouder")).toBeVisible();
  await checkScreen(page, "survey-admin-6-margins");

  // 6. Weighted results: the table shows the numbers the API computes.
  await page.getByRole("link", { name: "Resultaten" }).click();
  const table = page.getByRole("table", { name: "Gemiddeld aantal punten per scenario" });
  await expect(table).toBeVisible({ timeout: 20_000 });
  const results = await (await page.request.get(`/api/admin/surveys/${slug}/results`)).json();
  const storage = results.estimates.scenarios.find((s) => s.scenario === "opslag");
  const shown = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(storage.weighted_mean);
  await expect(table.getByRole("row").filter({ hasText: /opslag|Opslag/ }).first()).toContainText(shown);
  await checkScreen(page, "survey-admin-7-results");
  // Nobody is left out: whoever skipped a weighting question counts, and the screen says how.
  expect(results.inputs.n_used).toBe(results.inputs.n_input);
  expect(results.inputs.kept_missing).toEqual({ count: 1, per_variable: { gender: 1 }, category: "(no answer)" });
  await expect(page.getByText("1 deelnemer sloeg een vraag over waarop gewogen is of zei het liever niet", { exact: false })).toBeVisible();
  await expect(page.getByText(/^Bijgewerkt om \d\d:\d\d$/)).toBeVisible();

  // Saved as the survey's weighting (age only): what the results and the report weigh with from now on.
  await page.locator("#results-variable-gender").uncheck();
  await page.getByRole("button", { name: "Weging opslaan" }).click();
  await expect(page.getByText("Weging opgeslagen.", { exact: false })).toBeVisible();
  const saved = await (await page.request.get(`/api/admin/surveys/${slug}/weighting`)).json();
  expect(saved.variables).toEqual(["age"]);
  await expect(page.locator("p", { hasText: "Opgeslagen weging:" })).toContainText(email);
  const afterSave = await (await page.request.get(`/api/admin/surveys/${slug}/results`)).json();
  expect(afterSave.inputs.weighting_variables).toEqual(["age"]);

  // 7. Motivations, searched.
  await page.getByRole("link", { name: "Motivaties" }).click();
  await page.getByLabel("Zoeken in de tekst").fill("wichtichste");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page.locator("main")).toContainText("Opslag is it wichtichste foar ús doarp");
  await checkScreen(page, "survey-admin-8-motivations");

  // 8. Every export, and the council report as HTML and PDF.
  await page.getByRole("link", { name: "Exports" }).click();
  await checkScreen(page, "survey-admin-9-exports");
  const csv = (await download(page, "Antwoorden (CSV, UTF-8)")).toString("utf8");
  expect(csv.split("\n")[0]).toContain("points_opslag");
  expect(csv.trim().split("\n")).toHaveLength(67);
  for (const code of codes) expect(csv).not.toContain(code); // exports never hold codes
  const excel = await download(page, "Antwoorden voor Excel");
  expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(excel.toString("utf8")).toContain(";");
  const codebook = JSON.parse((await download(page, "Codeboek (JSON)")).toString("utf8"));
  expect(codebook.columns.map((c) => c.name)).toEqual(expect.arrayContaining(["points_opslag", "motivation_opslag", "area"]));
  expect((await download(page, "Codeboek (CSV)")).toString("utf8")).toContain("opslag");
  expect((await download(page, "R-script")).toString("utf8")).toContain("svydesign");
  expect((await download(page, "Rapport (webpagina)")).toString("utf8")).toContain("Representativiteit");
  const pdf = await download(page, "Rapport (PDF)");
  expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");

  // The report as the council reads it.
  await page.goto(`/api/admin/surveys/${slug}/report.html`);
  await expect(page.getByText("Bevolkingscijfers: CBS, Kerncijfers wijken en buurten 2025, peildatum 1 januari 2026 (inwoners van 16 jaar en ouder).", { exact: false })).toBeVisible();
  await checkScreen(page, "survey-admin-10-report");
  // The same report in Frisian, as the Exports tab links it.
  await page.goto(`/api/admin/surveys/${slug}/report.html?language=fy`);
  await expect(page.getByRole("heading", { name: "Represintativiteit" })).toBeVisible();
  await expect(page.getByText("Befolkingssifers: CBS, Kerncijfers wijken en buurten 2025, peildatum 1 jannewaris 2026", { exact: false })).toBeVisible();
  await checkScreen(page, "survey-admin-10b-report-fy");

  // 9. A resident asks for their answers to be deleted and gives the code from their letter.
  await page.goto(`/admin#/surveys/${slug}/codes`);
  await page.getByLabel("Code uit de brief of antwoordnummer").fill(codes[1].toLowerCase().replaceAll("-", " "));
  await page.getByRole("button", { name: "Antwoorden verwijderen" }).click();
  await expect(page.getByText("Weet u het zeker?", { exact: false })).toBeVisible();
  await checkScreen(page, "survey-admin-11-delete-response");
  await page.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByText("Verwijderd: 1 antwoord, 0 opgeslagen formulieren, 1 code.")).toBeVisible();
  const reused = await page.request.post(`/api/surveys/${slug}/responses`, { data: answer(codes[1], 1) });
  expect(reused.status()).toBe(422);
  await page.getByRole("link", { name: "Overzicht" }).click();
  await expect(page.getByText("Aantal antwoorden: 65", { exact: true })).toBeVisible();
});
