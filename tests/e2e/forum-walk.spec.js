// Issue 23, "done when": one burgerforum walked from the screens alone, as a communications adviser
// would, with a register and an import file as Dutch Excel saves them: a new forum without
// example numbers, the register (Windows-1252, ';'), quotas taken over from the register, the
// draw, letters in staff's words (PDF: name and address only), residents signing up in Dutch,
// Frisian and English (one without JavaScript), an import for those who answered by post, the
// sign-up closed, the selection, the panel, two dropouts replaced, personal data deleted, and the
// verification page. axe-core and the English check on every screen.
const { test, expect } = require("@playwright/test");
const fs = require("fs");
const { checkScreen, printedPages, recordCall, screenshot, selectAndDrawPanel, signInAsAdmin } = require("./helpers");

const slug = "afval-2027";
const invitations = 120;

test.setTimeout(300_000);

// 400 fictional residents of four villages, born 1935 to 2008, as Dutch Excel saves a BRP
// extract: semicolons, CRLF, Windows-1252.
function registerCsv() {
  const villages = ["Blije", "Hallum", "Marrum", "Ferwert"];
  const lines = ["id;voornaam;achternaam;straat;huisnummer;postcode;woonplaats;geboortedatum;geslacht"];
  for (let i = 0; i < 400; i++) {
    const born = `${String(1 + (i % 28)).padStart(2, "0")}-${String(1 + (i % 12)).padStart(2, "0")}-${1935 + ((i * 13) % 74)}`;
    lines.push(`${300000 + i};Ynwenner${i};de Jong;Skâns;${i + 1};91${String(i % 100).padStart(2, "0")} AB;${villages[i % 4]};${born};${i % 2 ? "V" : "M"}`);
  }
  return Buffer.from(lines.join("\r\n") + "\r\n", "latin1");
}

// A resident answers their letter on the public page, in `lang`, on a phone; `javaScript` off for one of them.
async function signUp(browser, { code, lang, javaScript, age, gender, labels }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
  const resident = await context.newPage();
  await resident.goto(`/f/${slug}?lang=${lang}`);
  await resident.getByLabel(labels.code).fill(code);
  await resident.getByRole("group", { name: labels.age }).getByLabel(age, { exact: true }).check();
  await resident.getByRole("group", { name: labels.gender }).getByLabel(gender, { exact: true }).check();
  await resident.getByLabel(labels.email).fill(`inwoner-${lang}@example.nl`);
  await resident.getByLabel(labels.consent).check();
  await resident.getByRole("button", { name: labels.submit, exact: true }).click();
  await expect(resident.getByRole("heading", { name: labels.thanks })).toBeVisible();
  await expect(resident.locator(".mienskip-volunteer-number")).toHaveText(/^V\d{4}$/);
  // axe-core runs inside the page: a page without JavaScript is photographed only (the server
  // renders the same HTML either way, and that is checked with JavaScript on).
  if (javaScript) await checkScreen(resident, `forum-walk-4-thanks-${lang}`);
  else await screenshot(resident, `forum-walk-4-thanks-${lang}`);
  await context.close();
}

test("a civil servant runs a burgerforum from the screens alone, from the register to a seated panel", async ({ page, browser }) => {
  await signInAsAdmin(page);

  // 1. A new forum: no numbers filled in for staff; the bounds come later, from the register.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Burgerforums" }).click();
  await page.getByLabel("Korte naam in het webadres").fill(slug);
  await page.getByLabel("Naam van het burgerforum").fill("Burgerforum Afval 2027");
  await page.getByLabel("Gemeente").fill("Noardeast-Fryslân");
  await page.locator("#new-forum-panel_size").fill("20");
  await page.getByRole("button", { name: "Burgerforum maken" }).click();
  await expect(page.getByRole("heading", { name: "Burgerforum Afval 2027", level: 1 })).toBeVisible();
  const progress = page.getByRole("region", { name: "Voortgang" });
  await expect(progress.getByRole("listitem").nth(1)).toContainText("Bevolkingsregister (nu aan de beurt)");
  await checkScreen(page, "forum-walk-1-created");

  // 2. The register as Dutch Excel saved it.
  await page.getByRole("link", { name: "Register", exact: true }).click();
  await page.setInputFiles("#register-file", { name: "brp.csv", mimeType: "text/csv", buffer: registerCsv() });
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("Het register is geladen. Het bestand was opgeslagen in Windows-1252")).toBeVisible();
  await checkScreen(page, "forum-walk-2-register");

  // 3. Quotas from the register: the suggestions taken over and saved; the Frisian question words.
  await page.getByRole("link", { name: "Quota's", exact: true }).click();
  await page.getByLabel("Kolom in het register voor Geslacht").selectOption("geslacht");
  await page.getByRole("button", { name: "Voorstel voor Leeftijd overnemen" }).click();
  await page.getByRole("button", { name: "Voorstel voor Geslacht overnemen" }).click();
  await page.getByRole("button", { name: "Quota's opslaan" }).click();
  await expect(page.getByText("De quota's zijn opgeslagen.")).toBeVisible();
  await expect(page.getByText("Ja, deze quota's kunnen samen een forum vullen.")).toBeVisible();
  const questions = page.getByRole("region", { name: "De vragen op de aanmeldpagina" });
  await questions.getByLabel("Taal van de aanmeldpagina").selectOption("fy");
  await questions.locator("#question-0-label").fill("Leeftyd");
  await questions.locator("#question-1-value-0").fill("frou");
  await questions.getByRole("button", { name: "Vragen opslaan" }).click();
  await expect(page.getByText("De vragen zijn opgeslagen", { exact: false })).toBeVisible();
  await checkScreen(page, "forum-walk-3-quotas");

  // 4. The draw: committed, then the public seed.
  await page.getByRole("link", { name: "Loting", exact: true }).click();
  await page.getByLabel("Aantal uitnodigingen").fill(String(invitations));
  await page.getByLabel("postcode").check();
  await page.getByLabel("huisnummer").check();
  await page.getByRole("button", { name: "Toezegging vastleggen" }).click();
  await expect(page.getByText("Versie 1 van de toezegging is vastgelegd.")).toBeVisible();
  await page.getByLabel("Toevalsgetal (seed)").fill("04 11 28 35 41");
  await page.getByRole("button", { name: "Loting uitvoeren" }).click();
  await page.getByRole("button", { name: "Ja, loting uitvoeren" }).click();
  await expect(page.getByRole("heading", { name: "Uitslag van de loting" })).toBeVisible();

  // 5. The letters in staff's words, printed: the name and address, never a birth date or gender.
  const texts = page.getByRole("region", { name: "Tekst van de brief" });
  await texts.getByLabel("Aanmelden kan tot en met").fill("2027-02-12");
  await texts.getByLabel("Telefoonnummer voor vragen en aanmelden per telefoon").fill("14 0519");
  await texts.getByRole("button", { name: "Tekst van de brief opslaan" }).click();
  await expect(page.getByText("De tekst van de brief is opgeslagen.", { exact: false })).toBeVisible();
  await checkScreen(page, "forum-walk-5-letters");
  const letters = await page.context().newPage();
  await letters.goto(await page.getByRole("link", { name: "Brieven in het Nederlands (om te printen)" }).getAttribute("href"));
  const printed = await printedPages(letters, "forum-walk-letters-nl");
  expect(printed.length).toBe(invitations);
  expect(printed[0]).toMatch(/^Ynwenner\d+ de Jong Skâns \d+ 91\d\d AB (Blije|Hallum|Marrum|Ferwert) /);
  expect(printed[0]).toContain("Dat kan tot en met vrijdag 12 februari 2027.");
  expect(printed.join("")).not.toMatch(/\d\d-\d\d-(19|20)\d\d/);
  expect(printed.join("")).not.toMatch(/ [VM] /);
  await letters.close();
  const [mailMerge] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Uitnodigingen downloaden (CSV voor Excel en Word)" }).click(),
  ]);
  const rows = fs.readFileSync(await mailMerge.path(), "utf8").slice(1).trim().split("\r\n");
  const codeAt = rows[0].split(";").indexOf("code");
  const codes = rows.slice(1).map((row) => row.split(";")[codeAt]);
  expect(codes).toHaveLength(invitations);

  // 6. Residents answer: in Dutch, in Frisian (staff's words), in English without JavaScript.
  const dutch = { code: "Uw code", age: "Leeftijd", gender: "Geslacht", email: "E-mailadres", consent: "Ik geef toestemming", submit: "Aanmelden", thanks: "Bedankt voor uw aanmelding!" };
  const frisian = { code: "Jo koade", age: "Leeftyd", gender: "Geslacht", email: "E-mailadres", consent: "Ik jou tastimming", submit: "Oanmelde", thanks: "Tankewol foar jo oanmelding!" };
  const english = { code: "Your code", age: "Leeftijd", gender: "Geslacht", email: "Email address", consent: "I agree", submit: "Sign up", thanks: "Thank you for signing up!" };
  await signUp(browser, { code: codes[0], lang: "nl", javaScript: true, age: "35-64", gender: "vrouw", labels: dutch });
  await signUp(browser, { code: codes[1], lang: "fy", javaScript: true, age: "65+", gender: "frou", labels: frisian });
  await signUp(browser, { code: codes[2], lang: "en", javaScript: false, age: "16-34", gender: "man", labels: english });

  // 7. Those who answered by post, imported from a file Dutch Excel saved; then the sign-up closes.
  const imported = ["code;Leeftijd;Geslacht;naam;email;telefoon"];
  const bands = ["16-34", "35-64", "65+"];
  for (let i = 3; i < 90; i++) imported.push(`${codes[i]};${bands[i % 3]};${i % 2 ? "Vrouw" : "Man"};Ynwenner fan de post ${i};;0519 ${String(100000 + i)}`);
  await page.getByRole("link", { name: "Vrijwilligers", exact: true }).click();
  await page.setInputFiles("#volunteers-file", { name: "post.csv", mimeType: "text/csv", buffer: Buffer.from(imported.join("\r\n") + "\r\n", "latin1") });
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByText("87 vrijwilligers geïmporteerd.", { exact: false })).toBeVisible();
  // The response so far, per stratum of the letters.
  await expect(page.getByRole("heading", { name: "Respons per stratum" })).toBeVisible();
  await expect(page.getByText("90 van de 120 brieven zijn beantwoord (75,0%)", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Aanmelding sluiten" }).click();
  await expect(page.getByText("De aanmelding is gesloten.", { exact: true })).toBeVisible();
  await checkScreen(page, "forum-walk-7-volunteers");

  // The quotas beside the register and, now, beside who signed up.
  await page.getByRole("link", { name: "Quota's", exact: true }).click();
  await page.getByLabel("Kolom in het register voor Geslacht").selectOption("geslacht");
  const genders = page.locator("table", { hasText: "Geslacht in het register (kolom geslacht)" });
  await expect(genders.getByRole("columnheader", { name: "Vrijwilligers" })).toBeVisible();
  await expect(genders.getByRole("row", { name: /^vrouw / }).locator("td").nth(4)).toHaveText("46");  // 44 imported, and the Dutch and Frisian sign-ups
  await checkScreen(page, "forum-walk-7b-quotas-and-volunteers");

  // 8. The selection, fixed, and the panel drawn with a public number.
  await page.getByRole("link", { name: "Selectie", exact: true }).click();
  await selectAndDrawPanel(page, 271);
  const members = page.locator("table", { has: page.getByText("Leden en vervangers") });
  await expect(members.locator("tbody tr")).toHaveCount(20);
  const panelQuotas = page.locator("table", { has: page.getByText("Het panel tegen de quota's") });
  await expect(panelQuotas.getByText("nee, buiten het quotum")).toHaveCount(0);
  await checkScreen(page, "forum-walk-8-panel");

  // 9. The members are called: two decline, and only then are they replaced; two alternates keep every quota.
  const dropouts = [];
  for (const n of [0, 1]) dropouts.push((await members.locator("tbody tr th").nth(n).textContent()).trim());
  await expect(page.getByLabel(`${dropouts[0]} is afgevallen`)).toHaveCount(0);
  await page.getByRole("link", { name: "Bellen", exact: true }).click();
  await recordCall(page, dropouts[0], "Benaderd", "Voicemail ingesproken.");
  await recordCall(page, dropouts[0], "Afgezegd", "Zegt af: werkt op donderdagavond.");
  await recordCall(page, dropouts[1], "Teruggetrokken", "Verhuist naar Grins.");
  await checkScreen(page, "forum-walk-9a-calls");
  await page.getByRole("link", { name: "Selectie", exact: true }).click();
  for (const id of dropouts) await page.getByLabel(`${id} is afgevallen`).check();
  await page.getByLabel("Seed voor de vervangers").fill("09 27");
  await page.getByRole("button", { name: "Vervangers loten" }).click();
  await page.getByRole("button", { name: "Ja, vervangers loten" }).click();
  await expect(page.getByText("De vervangers zijn geloot.")).toBeVisible();
  await expect(members.locator("tbody tr")).toHaveCount(22);
  await expect(members.getByText("vervanger", { exact: true })).toHaveCount(2);
  await expect(panelQuotas.getByText("nee, buiten het quotum")).toHaveCount(0);
  await expect(progress.getByRole("listitem").nth(5)).toContainText("Panel loten (gedaan");
  await checkScreen(page, "forum-walk-9-alternates");
  // Everyone on the panel now confirms: the panel is seated.
  const seated = [];
  for (const row of await members.locator("tbody tr").all()) {
    if (!(await row.textContent()).includes("afgevallen")) seated.push((await row.locator("th").textContent()).trim());
  }
  expect(seated).toHaveLength(20);
  await page.getByRole("link", { name: "Bellen", exact: true }).click();
  for (const id of seated) await recordCall(page, id, "Bevestigd", "Bevestigd aan de telefoon.");
  await expect(page.getByText("Het panel is compleet: alle 20 leden hebben bevestigd.")).toBeVisible();
  await checkScreen(page, "forum-walk-9b-seated");

  // 10. Personal data go: the volunteers' contact details but the panel's, the register's addresses and codes.
  await page.getByRole("link", { name: "Vrijwilligers", exact: true }).click();
  await page.getByRole("button", { name: "Wissen, behalve van het panel" }).click();
  await page.getByRole("button", { name: "Ja, wissen" }).click();
  await expect(page.getByText("De gegevens van 70 vrijwilligers zijn gewist; die van 20 panelleden blijven.")).toBeVisible();
  await page.getByRole("link", { name: "Loting", exact: true }).click();
  await page.getByRole("button", { name: "Adressen en codes verwijderen" }).click();
  await page.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByText("De adressen en codes zijn verwijderd; de brieven kunnen niet meer worden gemaakt.")).toBeVisible();
  await checkScreen(page, "forum-walk-10-deleted");

  // 11. The verification page explains itself, lists the panel by number, and names no one.
  await page.goto(`/f/${slug}/verificatie`);
  await expect(page.getByRole("heading", { name: "Hoe werkt de loting?" })).toBeVisible();
  await expect(page.locator("body")).toContainText(`${dropouts[0]}: zei af`);
  await expect(page.locator("body")).toContainText(`${dropouts[1]}: trok zich terug`);
  await expect(page.locator("body")).not.toContainText("donderdagavond");
  await expect(page.locator("body")).not.toContainText("Ynwenner");
  await expect(page.locator("body")).not.toContainText("@example.nl");
  await checkScreen(page, "forum-walk-11-verification");
});
