// Issue 6, step 4, in a real browser: after the invitation draw a resident signs up on the public
// page /f/<slug> on a phone with the code from the mail-merge file, the same letter is refused a
// second time, and an administrator imports volunteers (a bad file first), withdraws one, sees the
// volunteers against the quotas, closes the sign-up and has a quota draft checked against the
// volunteers while typing. axe-core on every screen.
const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const { checkScreen, signInAsAdmin } = require("./helpers");

const slug = "aanmelden-2027";

test.setTimeout(180_000);

const forum = {
  slug,
  name: "Burgerforum Wonen",
  municipality: "Súdwest-Fryslân",
  panel_size: 4,
  categories: [
    { name: "Leeftijd", values: [{ value: "16-34", min: 1, max: 2 }, { value: "35-64", min: 1, max: 2 }, { value: "65+", min: 1, max: 2 }] },
    { name: "Geslacht", values: [{ value: "vrouw", min: 2, max: 2 }, { value: "man", min: 2, max: 2 }] },
  ],
};

function registerCsv() {
  const lines = ["id,voornaam,achternaam,postcode,huisnummer"];
  for (let i = 0; i < 60; i++) lines.push(`${200000 + i},Inwoner${i},Hoekstra,8701 AB,${i + 1}`);
  return lines.join("\n") + "\n";
}

// Staff's set-up through the API the app uses (the forum screens themselves are forum-admin.spec.js).
async function drawnForum(request) {
  const { csrf_token: csrf } = await (await request.get("/api/session")).json();
  const headers = { "X-CSRF-Token": csrf };
  const steps = [
    ["post", "/api/admin/forums", { data: forum }],
    ["post", `/api/admin/forums/${slug}/register`, { data: registerCsv(), headers: { ...headers, "Content-Type": "text/csv" } }],
    ["put", `/api/admin/forums/${slug}/draw/commitment`, { data: { count: 10 } }],
    ["post", `/api/admin/forums/${slug}/draw`, { data: { seed: "3 14 15 92 65" } }],
    // The letters' phone and e-mail are who the thank-you page names for questions.
    ["put", `/api/admin/forums/${slug}/letters/texts`, { data: { facts: { phone: "14 0515", email: "burgerforum@sudwestfryslan.nl" } } }],
  ];
  for (const [method, path, options] of steps) {
    const answer = await request[method](path, { headers, ...options });
    expect(answer.ok(), `${method} ${path}: ${await answer.text()}`).toBeTruthy();
  }
  const csv = await (await request.get(`/api/admin/forums/${slug}/invitations.csv`)).text();
  // The mail-merge file is for Dutch Excel: a byte order mark, semicolons, CRLF.
  expect(csv.startsWith("\uFEFF")).toBeTruthy();
  const lines = csv.trim().split("\r\n");
  const codeAt = lines[0].split(";").indexOf("code");
  return lines.slice(1).map((line) => line.split(";")[codeAt].trim());
}

test("a resident signs up with the letter's code and staff see the volunteers against the quotas", async ({ page, browser }) => {
  await signInAsAdmin(page);
  const codes = await drawnForum(page.request);
  expect(codes).toHaveLength(10);

  // 1. A resident on a phone, without a staff session: the sign-up page with the quota questions.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const resident = await phone.newPage();
  await resident.goto(`/f/${slug}`);
  await expect(resident.getByRole("heading", { name: "Burgerforum Wonen", level: 1 })).toBeVisible();
  await expect(resident.getByRole("group", { name: "Leeftijd" })).toBeVisible();
  await checkScreen(resident, "forum-volunteers-1-sign-up-page");
  // Sent without an answer and without consent: the messages at the fields, what was typed kept.
  await resident.getByLabel("Uw code").fill(codes[0].toLowerCase());
  await resident.getByLabel("E-mailadres").fill("sjoukje@example.nl");
  await resident.getByRole("button", { name: "Aanmelden" }).click();
  const summary = resident.getByRole("alert");
  await expect(summary).toContainText("Kies een antwoord bij Leeftijd.");
  await expect(summary).toContainText("Geef toestemming om uw aanmelding te bewaren.");
  await expect(resident.getByLabel("E-mailadres")).toHaveValue("sjoukje@example.nl");
  await checkScreen(resident, "forum-volunteers-2-sign-up-errors");
  await resident.getByRole("group", { name: "Leeftijd" }).getByLabel("35-64").check();
  await resident.getByRole("group", { name: "Geslacht" }).getByLabel("vrouw").check();
  await resident.getByLabel("Naam").fill("Sjoukje Hoekstra");
  // On a phone the consent box is as easy to hit as the radios (it was a 13 px native box).
  const consentBox = await resident.getByLabel("Ik geef toestemming").boundingBox();
  const radio = await resident.getByRole("group", { name: "Geslacht" }).getByLabel("vrouw").boundingBox();
  expect(consentBox.width).toBeGreaterThanOrEqual(24);
  expect(consentBox.width).toBeGreaterThanOrEqual(radio.width - 1);
  await resident.getByLabel("Ik geef toestemming").check();
  await resident.getByRole("button", { name: "Aanmelden" }).click();
  // The thank-you page is the answer itself: the volunteer's own number is in no address.
  await expect(resident.getByRole("heading", { name: "Bedankt voor uw aanmelding!" })).toBeVisible();
  await expect(resident).toHaveURL(new RegExp(`/f/${slug}$`));
  await expect(resident.locator(".mienskip-volunteer-number")).toHaveText("V0001");
  await expect(resident.getByText("Hebt u vragen? Bel 14 0515 of mail naar burgerforum@sudwestfryslan.nl.")).toBeVisible();
  await expect(resident.getByRole("link", { name: "Naar de verificatiepagina" })).toHaveAttribute("href", `/f/${slug}/verificatie?lang=nl`);
  await checkScreen(resident, "forum-volunteers-3-thanks");

  // 2. The same letter again: refused with its own message.
  await resident.goto(`/f/${slug}?lang=fy`);
  await resident.getByLabel("Jo koade").fill(codes[0]);
  await resident.getByRole("group", { name: "Leeftijd" }).getByLabel("65+").check();
  await resident.getByRole("group", { name: "Geslacht" }).getByLabel("man").check();
  await resident.getByLabel("Telefoannûmer").fill("06 1234 5678");
  await resident.getByLabel("Ik jou tastimming").check();
  await resident.getByRole("button", { name: "Oanmelde" }).click();
  await expect(resident.getByRole("alert")).toContainText("Mei dizze brief hat ien him of har al oanmeld.");
  await checkScreen(resident, "forum-volunteers-4-letter-used");
  await phone.close();

  // 3. Staff: the volunteers tab lists the resident under a number.
  await page.goto(`/admin#/forums/${slug}/volunteers`);
  await expect(page.getByRole("heading", { name: "Vrijwilligers", level: 2, exact: true })).toBeVisible();
  await expect(page.getByText("De aanmelding is open.")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`/f/${slug}$`) })).toBeVisible();
  const list = page.locator("section", { has: page.getByRole("heading", { name: "Vrijwilligers", level: 3, exact: true }) });
  await expect(list.getByRole("row", { name: /V0001/ })).toContainText("sjoukje@example.nl");
  await checkScreen(page, "forum-volunteers-5-tab");

  // 4. An import with a used letter and a code twice is refused whole, then a good one is taken in.
  const bad = `code,Leeftijd,Geslacht\n${codes[0]},65+,man\n${codes[1]},16-34,man\n${codes[1]},65+,vrouw\n`;
  await page.setInputFiles("#volunteers-file", { name: "fout.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Importeren" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Niemand geïmporteerd" });
  await expect(refusal).toContainText("het bestand heeft 2 fouten");
  await expect(refusal.locator("tbody tr")).toHaveCount(2);
  // Each problem in Dutch, from the server's code and parameters.
  await expect(refusal.locator("tbody tr").nth(0)).toContainText("Op deze brief is al gereageerd (vrijwilliger V0001).");
  await expect(refusal.locator("tbody tr").nth(1)).toContainText("Deze code staat ook op rij 3.");
  await checkScreen(page, "forum-volunteers-6-import-refused");
  // The template: the forum's columns, for Dutch Excel.
  const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Sjabloon downloaden (CSV voor Excel)" }).click()]);
  const templateText = (await fs.promises.readFile(await template.path())).toString("utf8");
  expect(templateText).toBe("\uFEFFcode;Leeftijd;Geslacht;naam;email;telefoon\r\n");
  // Filled in and saved by Dutch Excel: Windows-1252, capitals, a column of staff's own.
  const good =
    `Code;Leeftijd;Geslacht;Naam;Telefoon;Opmerking\r\n${codes[1]};16-34;Man;Wytse de Jûng;0513 123456;belt terug\r\n` +
    `${codes[2]};65+;vrouw;;;\r\n${codes[3]};65+;MAN;;;\r\n`;
  await page.setInputFiles("#volunteers-file", { name: "aanmelders.csv", mimeType: "text/csv", buffer: Buffer.from(good, "latin1") });
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByText("3 vrijwilligers geïmporteerd. Het bestand was opgeslagen in Windows-1252")).toBeVisible();
  await expect(page.getByText("Deze kolom is niet gelezen: ‘Opmerking’.")).toBeVisible();
  await expect(list.getByRole("row", { name: /V0002/ })).toContainText("Wytse de Jûng");
  // The list is searched and narrowed: by a name's part, case-blind.
  await page.getByLabel("Zoeken").fill("jûng");
  await expect(list.locator("tbody tr")).toHaveCount(1);
  await expect(list.getByText("Vrijwilliger 1 van 1.")).toBeVisible();
  await page.getByLabel("Zoeken").fill("");
  await expect(list.locator("tbody tr")).toHaveCount(4);
  await expect(list.locator("tbody tr")).toHaveCount(4);
  await expect(page.getByText("4 vrijwilligers op 10 uitnodigingen (0 afgemeld).")).toBeVisible();
  const counts = page.locator("table", { has: page.getByText("Vrijwilligers per quotum") });
  await expect(counts.getByRole("row", { name: /65\+/ }).locator("td").nth(2)).toHaveText("2");

  // 5. A withdrawal, after a question that says the contact details go with it: V0004 stays
  // listed but leaves the counts.
  await page.getByRole("button", { name: "Afmelden (V0004)" }).click();
  await expect(page.getByText("V0004 afmelden? Diegene doet dan niet meer mee")).toBeVisible();
  await page.getByRole("button", { name: "Ja, afmelden" }).click();
  await expect(page.getByText("V0004 is afgemeld; naam, e-mail en telefoon zijn gewist.")).toBeVisible();
  await expect(page.getByText("3 vrijwilligers op 10 uitnodigingen (1 afgemeld).")).toBeVisible();
  await page.getByLabel("Tonen").selectOption("withdrawn");
  await expect(list.locator("tbody tr")).toHaveCount(1);
  await expect(list.locator("tbody tr")).toContainText("V0004");
  await page.getByLabel("Tonen").selectOption("all");
  await expect(counts.getByRole("row", { name: /65\+/ }).locator("td").nth(2)).toHaveText("1");
  const verdict = page.locator(".mienskip-feasibility");
  await expect(verdict).toContainText("(Gecontroleerd met de aanmelders.)");
  await checkScreen(page, "forum-volunteers-7-counts");

  // 6. Closed: the public page says so.
  await page.getByRole("button", { name: "Aanmelding sluiten" }).click();
  await expect(page.getByText("De aanmelding is gesloten.", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Aanmelding weer openen" })).toBeVisible();
  const closed = await page.context().newPage();
  await closed.setViewportSize({ width: 390, height: 844 });
  await closed.goto(`/f/${slug}`);
  await expect(closed.getByText("De aanmelding is gesloten. U kunt zich niet meer aanmelden.")).toBeVisible();
  await checkScreen(closed, "forum-volunteers-8-closed");
  await closed.close();

  // 7. The quotas against the three volunteers left, checked while typing, before saving: a panel
  // of 3 with at least one man fits; with no one aged 65+ two volunteers are left for three seats,
  // and the lottery's suggestion stands next to that maximum.
  await page.getByRole("link", { name: "Quota's", exact: true }).click();
  const quotaVerdict = page.locator(".mienskip-feasibility");
  await expect(quotaVerdict).toContainText("(Gecontroleerd met de aanmelders.)");
  await page.locator("#quotas-panel_size").fill("3");
  await page.locator("#quotas-categories-1-values-1-min").fill("1");
  await expect(quotaVerdict).toContainText("Ja, deze quota's kunnen samen een forum vullen.");
  await expect(page.locator(".mienskip-quota-hint")).toHaveCount(0);
  await page.locator("#quotas-categories-0-values-2-min").fill("0");
  const oldest = page.locator("#quotas-categories-0-values-2-max");
  await oldest.fill("0");
  await expect(quotaVerdict).toContainText("Nee, met deze quota's lukt geen forum");
  await expect(quotaVerdict).toContainText("Met deze vrijwilligers voldoet geen forum van 3 zetels aan alle quota's tegelijk.");
  await expect(quotaVerdict).not.toContainText("no panel of");  // the server's English stays out of the Dutch screen
  await expect(quotaVerdict).toContainText("Leeftijd, 65+: maximum van 0 naar 1");
  await expect(oldest).toHaveAccessibleDescription("Voorstel: max 0 → 1");
  await expect(page.locator(".mienskip-quota-row", { has: oldest }).getByText("Voorstel: max 0 → 1")).toBeVisible();
  await expect(page.locator(".mienskip-quota-hint")).toHaveCount(1);
  await checkScreen(page, "forum-volunteers-9-quota-check");
  // Taking the suggestion over (one button) removes it; nothing was saved meanwhile.
  await quotaVerdict.getByRole("button", { name: "Deze aanpassing overnemen" }).click();
  await expect(oldest).toHaveValue("1");
  await expect(quotaVerdict).toContainText("Ja, deze quota's kunnen samen een forum vullen.");
  await expect(page.locator(".mienskip-quota-hint")).toHaveCount(0);
  const saved = await (await page.request.get(`/api/admin/forums/${slug}`)).json();
  expect(saved.panel_size).toBe(4);
  expect(saved.categories[0].values[2]).toEqual({ value: "65+", min: 1, max: 2 });
});
