// Issue 6, steps 1-3, in a real browser: an administrator sets up a burgerforum with quotas (sees
// a conflict and fixes it), uploads a population register (first a bad file, whose rows are
// listed, then a good one), commits to the draw, enters the public seed, draws, downloads the
// mail-merge file and opens the Dutch letters. axe-core on every screen.
const { test, expect } = require("@playwright/test");
const fs = require("fs");
const { checkScreen, printedPages, scannedCodes, signInAsAdmin } = require("./helpers");

const slug = "bolsward-2027";
const villages = ["Bolsward", "Workum", "Makkum", "Koudum"];
const count = 20;

test.setTimeout(180_000);

// Resident i's birth date as the register writes it (DD-MM-YYYY), born 1940 to 2005.
function birthDate(i) {
  return `${String(1 + (i % 28)).padStart(2, "0")}-${String(1 + (i % 12)).padStart(2, "0")}-${1940 + ((i * 7) % 66)}`;
}

// The age band of resident i today, as the quotas' bands go.
function ageBand(i, today) {
  const [day, month, year] = birthDate(i).split("-").map(Number);
  const age = today.getFullYear() - year - (today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day) ? 1 : 0);
  return age < 16 ? null : age <= 34 ? "16-34" : age <= 64 ? "35-64" : "65+";
}

// 200 residents in 4 villages, with a birth date and a gender (V or M) that no letter may show; every fifth lives with the one before (same postcode and number),
// so the household key matters. Saved as Dutch Excel saves "CSV (gescheiden door
// lijstscheidingsteken)": semicolons, CRLF, Windows-1252 (the street "Skâns" is one byte there).
function registerCsv() {
  const lines = ["id;voornaam;achternaam;straat;huisnummer;postcode;woonplaats;dorp;geboortedatum;geslacht"];
  for (let i = 0; i < 200; i++) {
    const home = i % 5 === 4 ? i - 1 : i;
    const village = villages[i % 4];
    lines.push(
      `${100000 + i};Inwoner${i};de Vries;Skâns;${home + 1};87${String(home % 100).padStart(2, "0")} AB;${village};${village};` +
        `${birthDate(i)};${i % 2 ? "V" : "M"}`,
    );
  }
  return Buffer.from(lines.join("\r\n") + "\r\n", "latin1");
}

// Row 3 repeats the id of row 2; row 5 misses a field.
const badCsv = "id,voornaam,dorp\n1,Sjoerd,Bolsward\n1,Anna,Workum\n2,Piet,Makkum\n3,Klaas\n";

test("an administrator runs a burgerforum from set-up to invitation letters", async ({ page }) => {
  await signInAsAdmin(page);

  // 1. The main menu leads to the burgerforums; a new one with age and gender quotas.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Burgerforums" }).click();
  await expect(page).toHaveURL(/#\/forums$/);
  await expect(page.getByRole("heading", { name: "Burgerforums", level: 1 })).toBeVisible();
  await page.getByLabel("Korte naam in het webadres").fill(slug);
  await page.getByLabel("Naam van het burgerforum").fill("Burgerforum Energie Súdwest-Fryslân");
  await page.getByLabel("Gemeente").fill("Súdwest-Fryslân");
  // No numbers are filled in for staff (they would read as advice): the panel size and the bounds
  // staff know are typed; a bound left empty is no bound.
  await expect(page.locator("#new-forum-panel_size")).toHaveValue("");
  await expect(page.locator("#new-forum-categories-0-values-0-min")).toHaveValue("");
  await page.locator("#new-forum-panel_size").fill("24");
  const bounds = [[[6, 9], [9, 12], [5, 8]], [[11, 13], [11, 13]]];
  for (const [c, values] of bounds.entries()) {
    for (const [v, [min, max]] of values.entries()) {
      await page.locator(`#new-forum-categories-${c}-values-${v}-min`).fill(String(min));
      await page.locator(`#new-forum-categories-${c}-values-${v}-max`).fill(String(max));
    }
  }
  // A minimum above its maximum: the server refuses, and says so next to the field.
  await page.locator("#new-forum-categories-1-values-1-min").fill("14");
  await page.getByRole("button", { name: "Burgerforum maken" }).click();
  const minError = page.locator("#new-forum-categories-1-values-1-min-error");
  await expect(minError).toHaveText("Het minimum is groter dan het maximum.");
  await expect(page.locator("#new-forum-categories-1-values-1-min")).toHaveAttribute("aria-describedby", /min-error/);
  await expect(page.getByRole("alert").filter({ hasText: "Niet opgeslagen" })).toBeVisible();
  await checkScreen(page, "forum-admin-1-new-refused");
  await page.locator("#new-forum-categories-1-values-1-min").fill("11");
  await page.getByRole("button", { name: "Burgerforum maken" }).click();
  await expect(page).toHaveURL(new RegExp(`#/forums/${slug}$`));
  await expect(page.getByRole("heading", { name: "Burgerforum Energie Súdwest-Fryslân", level: 1 })).toBeVisible();
  await expect(page.getByText("Ja, deze quota's kunnen samen een forum vullen.")).toBeVisible();
  // Where the forum stands, on every tab: the quotas done, the register next.
  const progress = page.getByRole("region", { name: "Voortgang" });
  await expect(progress.getByRole("listitem").nth(0)).toContainText("Quota's (gedaan)");
  await expect(progress.getByRole("listitem").nth(1)).toContainText("Bevolkingsregister (nu aan de beurt)");
  await expect(progress.getByRole("link", { name: "Verder met: Bevolkingsregister" })).toBeVisible();

  // 2. Quotas: a larger panel than the maximums can fill is a conflict, live (the server's check of
  // the draft, before saving) and after saving.
  await page.locator("#quotas-panel_size").fill("30");
  const leeftijd = page.getByRole("group", { name: "Leeftijd" });
  await expect(leeftijd.getByText("De maximums tellen op tot 29 zetels, minder dan het forum van 30 nodig heeft.", { exact: false })).toBeVisible();
  const verdict = page.locator(".mienskip-feasibility");
  await expect(verdict).toContainText("Nee, met deze quota's lukt geen forum");
  await page.getByRole("button", { name: "Quota's opslaan" }).click();
  await expect(page.getByText("De quota's zijn opgeslagen.")).toBeVisible();
  await expect(verdict).toContainText("Nee, met deze quota's lukt geen forum");
  await expect(verdict.getByRole("listitem").filter({ hasText: "Leeftijd:" })).toContainText("De maximums tellen op tot 29 zetels");
  await expect(verdict.getByRole("listitem").filter({ hasText: "Geslacht:" })).toContainText("De maximums tellen op tot 26 zetels");
  await checkScreen(page, "forum-admin-2-quotas-conflict");
  // Fixed: raise the maximums rather than shrink the panel.
  await page.locator("#quotas-categories-0-values-1-max").fill("13");
  await page.locator("#quotas-categories-1-values-0-max").fill("15");
  await page.locator("#quotas-categories-1-values-1-max").fill("15");
  await expect(page.locator(".mienskip-conflict")).toHaveCount(0);
  await expect(verdict).toContainText("Ja, deze quota's kunnen samen een forum vullen.");
  await page.getByRole("button", { name: "Quota's opslaan" }).click();
  await expect(page.getByText("De quota's zijn opgeslagen.")).toBeVisible();
  await checkScreen(page, "forum-admin-3-quotas-fixed");
  // An edit after saving takes "saved" away; saving again brings it back.
  await page.locator("#quotas-categories-1-values-0-max").fill("16");
  await expect(page.getByText("De quota's zijn opgeslagen.")).toHaveCount(0);
  await page.locator("#quotas-categories-1-values-0-max").fill("15");
  await page.getByRole("button", { name: "Quota's opslaan" }).click();
  await expect(page.getByText("De quota's zijn opgeslagen.")).toBeVisible();

  // The questions as residents read them: Frisian words and a help text; what is stored stays the value.
  const questionTexts = page.getByRole("region", { name: "De vragen op de aanmeldpagina" });
  await questionTexts.getByLabel("Taal van de aanmeldpagina").selectOption("fy");
  await questionTexts.locator("#question-0-label").fill("Leeftyd");
  await questionTexts.locator("#question-0-help").fill("Jo leeftyd op de dei fan oanmelden.");
  await questionTexts.locator("#question-1-value-0").fill("frou");
  await questionTexts.getByRole("button", { name: "Vragen opslaan" }).click();
  await expect(page.getByText("De vragen zijn opgeslagen; de aanmeldpagina toont ze meteen.")).toBeVisible();
  await checkScreen(page, "forum-admin-3b-questions");

  // 3. Register: a bad file is refused with its rows, then the good one is taken in.
  await page.getByRole("link", { name: "Register", exact: true }).click();
  await expect(page.getByText("Er is nog geen register geladen.")).toBeVisible();
  await page.setInputFiles("#register-file", { name: "fout.csv", mimeType: "text/csv", buffer: Buffer.from(badCsv) });
  await page.getByRole("button", { name: "Uploaden" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Het bestand is niet geladen" });
  await expect(refusal).toContainText("het heeft 2 fouten");
  await expect(refusal).toContainText("Het eerdere register (als dat er is) blijft gelden");
  const problemRows = refusal.locator("tbody tr");
  await expect(problemRows).toHaveCount(2);
  await expect(problemRows.nth(0).locator("td").nth(0)).toHaveText("3");
  await expect(problemRows.nth(0).locator("td").nth(1)).toHaveText("id");
  await expect(problemRows.nth(0).locator("td").nth(2)).toHaveText("Dit id staat ook op rij 2.");
  await expect(problemRows.nth(1).locator("td").nth(0)).toHaveText("5");
  await expect(problemRows.nth(1).locator("td").nth(2)).toHaveText("Deze regel heeft 2 velden, de kopregel 3.");
  await checkScreen(page, "forum-admin-4-register-refused");
  await page.setInputFiles("#register-file", { name: "brp.csv", mimeType: "text/csv", buffer: registerCsv() });
  // A slow line, as the browser reports it: 40% of the file sent, then the rest when the test
  // lets it go (throttling cannot slow an upload to this local server).
  await page.evaluate(() => {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (body) {
      this.upload.onprogress?.({ lengthComputable: true, loaded: Math.ceil(body.size * 0.4), total: body.size });
      window.finishUpload = () => send.call(this, body);
    };
  });
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.locator("progress[value]")).toBeVisible();
  await expect(page.getByText("40%", { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Bezig met laden" })).toBeVisible();
  await checkScreen(page, "forum-admin-5-register-uploading");
  await page.evaluate(() => window.finishUpload());
  await expect(page.getByText("Het register is geladen. Het bestand was opgeslagen in Windows-1252")).toBeVisible();
  const summary = page.locator("section", { has: page.getByRole("heading", { name: "Het geladen register" }) });
  await expect(summary).toContainText("200");
  await expect(summary.locator(".mienskip-hash")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(summary.locator("tbody tr")).toHaveCount(5);
  await expect(summary.locator("tbody tr").first()).toContainText("Inwoner0");
  await expect(summary.locator("tbody tr").first()).toContainText("Skâns");
  await checkScreen(page, "forum-admin-5-register");

  // Quotas from facts: the register counted per quota (birth dates into the age bands, V and M as
  // vrouw and man), and the suggestion in proportion taken over into the form.
  await page.getByRole("link", { name: "Quota's", exact: true }).click();
  const composition = page.locator("section", { has: page.getByRole("heading", { name: "Het register per quotum" }) });
  await expect(page.getByLabel("Kolom in het register voor Leeftijd")).toHaveValue("geboortedatum");
  await page.getByLabel("Kolom in het register voor Geslacht").selectOption("geslacht");
  const today = new Date();
  const bands = { "16-34": 0, "35-64": 0, "65+": 0 };
  for (let i = 0; i < 200; i++) if (ageBand(i, today)) bands[ageBand(i, today)]++;
  const ages = composition.locator("table", { hasText: "Leeftijd in het register (kolom geboortedatum)" });
  for (const [band, residents] of Object.entries(bands)) {
    await expect(ages.getByRole("row", { name: new RegExp(`^${band.replace("+", "\\+")} `) }).locator("td").first()).toHaveText(String(residents));
  }
  const genders = composition.locator("table", { hasText: "Geslacht in het register (kolom geslacht)" });
  await expect(genders.getByRole("row", { name: /^vrouw / }).locator("td").nth(0)).toHaveText("100");
  await expect(genders.getByRole("row", { name: /^vrouw / }).locator("td").nth(3)).toHaveText("14–16");
  await checkScreen(page, "forum-admin-5-register-composition");
  await page.getByRole("button", { name: "Voorstel voor Geslacht overnemen" }).click();
  await expect(page.getByText("Het voorstel voor Geslacht staat in het formulier hierboven.")).toBeVisible();
  await expect(page.locator("#quotas-categories-1-values-0-min")).toHaveValue("14");
  await expect(page.locator("#quotas-categories-1-values-0-max")).toHaveValue("16");
  await expect(page.locator("#quotas-categories-1-values-1-max")).toHaveValue("16");

  // 4. Draw: commit to the register and the parameters, then the seed.
  await page.getByRole("link", { name: "Loting", exact: true }).click();
  await page.getByLabel("Aantal uitnodigingen").fill(String(count));
  await page.getByLabel("Verdelen naar").selectOption("dorp");
  await page.getByRole("button", { name: "Toezegging vastleggen" }).click();
  await expect(page.getByText("Versie 1 van de toezegging is vastgelegd.")).toBeVisible();
  const first = (await page.locator(".mienskip-commitment").textContent()).trim();
  // Households were forgotten: version 1 stays public, and the correction is version 2 with its reason.
  await page.getByLabel("postcode").check();
  await page.getByLabel("huisnummer").check();
  await page.getByRole("button", { name: "Gecorrigeerde versie vastleggen" }).click();
  await expect(page.getByLabel("Reden van de correctie")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Reden van de correctie").fill("Eén uitnodiging per huishouden, zoals het raadsbesluit zegt.");
  await page.getByRole("button", { name: "Gecorrigeerde versie vastleggen" }).click();
  await expect(page.getByText("Versie 2 van de toezegging is vastgelegd.")).toBeVisible();
  const commitment = (await page.locator(".mienskip-commitment").textContent()).trim();
  expect(commitment).toMatch(/^[0-9a-f]{64}$/);
  expect(commitment).not.toBe(first);
  const versions = page.locator("table", { has: page.getByText("Alle gepubliceerde versies") });
  await expect(versions.locator("tbody tr")).toHaveCount(2);
  await expect(versions.locator("tbody tr").nth(0)).toContainText(first);
  await expect(versions.locator("tbody tr").nth(1)).toContainText("Eén uitnodiging per huishouden");
  await expect(page.getByText("Maak deze code openbaar", { exact: false })).toBeVisible();
  await checkScreen(page, "forum-admin-6-committed");
  await page.getByLabel("Toevalsgetal (seed)").fill("07 19 23 31 40");
  await page.getByRole("button", { name: "Loting uitvoeren" }).click();
  await expect(page.getByText("Weet u het zeker?", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Ja, loting uitvoeren" }).click();
  await expect(page.getByRole("heading", { name: "Uitslag van de loting" })).toBeVisible();
  const strata = page.locator("table", { has: page.getByText("Per groep") });
  await expect(strata.locator("tbody tr")).toHaveCount(4);
  for (const village of villages) await expect(strata.getByRole("row", { name: new RegExp(village) })).toContainText("5");
  // Drawn once: the settings are read-only now.
  await expect(page.getByLabel("Aantal uitnodigingen")).toBeDisabled();
  await expect(page.getByRole("button", { name: /vastleggen/ })).toHaveCount(0);
  await expect(page.getByLabel("postcode", { exact: true })).toBeChecked();
  await expect(page.getByLabel("postcode", { exact: true })).toBeDisabled();
  const stored = await (await page.request.get(`/api/admin/forums/${slug}/draw`)).json();
  expect(stored.parameters).toMatchObject({ count, stratify_by: "dorp", household_key: ["huisnummer", "postcode"] });
  expect(stored.commitment).toBe(commitment);
  await checkScreen(page, "forum-admin-7-drawn");

  // 5. The mail-merge file: one row per invitation, each with its code.
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Uitnodigingen downloaden (CSV voor Excel en Word)" }).click(),
  ]);
  // For Dutch Excel and Word: a byte order mark, semicolons, CRLF, Dutch column names; the
  // register's text in UTF-8 whatever encoding it came in.
  const merge = fs.readFileSync(await file.path(), "utf8");
  expect(merge.startsWith("\uFEFF")).toBeTruthy();
  const lines = merge.slice(1).trim().split("\r\n");
  const header = lines[0].split(";");
  expect(header).toEqual(expect.arrayContaining(["straat", "stratum", "volgnummer", "code", "logboekkop"]));
  expect(lines.length - 1).toBe(count);
  const codeAt = header.indexOf("code");
  for (const line of lines.slice(1)) expect(line.split(";")[codeAt]).toMatch(/^\S{6,}$/);
  expect(lines[1].split(";")[header.indexOf("straat")]).toBe("Skâns");

  // 6. The address block (issue 23): a dropdown per part, pre-filled from the register's column
  // names, and the first letter's block as preview; the village column is never suggested.
  await expect(page.getByLabel("Voornaam of voorletters")).toHaveValue("voornaam");
  await expect(page.getByLabel("Achternaam", { exact: true })).toHaveValue("achternaam");
  await expect(page.getByLabel("Straat (verplicht)")).toHaveValue("straat");
  await expect(page.getByLabel("Woonplaats (verplicht)")).toHaveValue("woonplaats");
  await expect(page.getByLabel("Huisletter", { exact: true })).toHaveValue("");
  const preview = page.getByRole("region", { name: "Voorbeeld: de eerste brief" });
  await expect(preview.locator("address")).toContainText(/^Inwoner\d+ de VriesSkâns \d+87\d\d AB (Bolsward|Workum|Makkum|Koudum)$/);
  await expect(preview).toContainText(/Beste Inwoner\d+ de Vries,/);
  // No street: the part is marked, and no letters can be opened until it has a column again.
  await page.getByLabel("Straat (verplicht)").selectOption("");
  await expect(page.getByText("De brieven kunnen pas worden gemaakt als straat, huisnummer, postcode en woonplaats een kolom hebben.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Brieven in het Nederlands (om te printen)" })).toHaveCount(0);
  await checkScreen(page, "forum-admin-8-address-missing");
  await page.getByLabel("Straat (verplicht)").selectOption("straat");
  await expect(preview.locator("address")).toContainText("Skâns");
  await checkScreen(page, "forum-admin-8-address-block");

  // 6b. The letter's own words (issue 23): the facts once, a Frisian correction, one letter as it
  // prints while staff type, a typing slip named at its field in Dutch.
  const texts = page.getByRole("region", { name: "Tekst van de brief" });
  await texts.getByLabel("Aanmelden kan tot en met").fill("2027-01-15");
  await texts.getByLabel("Telefoonnummer voor vragen en aanmelden per telefoon").fill("14 0515");
  await texts.getByLabel("Bijeenkomst 1").fill("2027-03-20");
  await texts.getByLabel("Bijeenkomst 2").fill("2027-03-06");
  await texts.getByLabel("Vergoeding per bijeenkomst, in hele euro's").fill("150");
  const textPreview = texts.getByRole("region", { name: "Zo staat het in de brief" });
  await expect(textPreview).toContainText("Dat kan tot en met vrijdag 15 januari 2027.");
  await expect(textPreview).toContainText("zaterdag 6 maart 2027 en zaterdag 20 maart 2027");
  // No e-mail address yet: its line is left out, and the screen says so.
  await expect(texts.getByText("Deze regel valt weg, omdat een gegeven erin niet is ingevuld:")).toBeVisible();
  await expect(texts.getByRole("listitem").filter({ hasText: "U kunt ook mailen naar {email}." })).toBeVisible();
  await texts.getByLabel("E-mailadres voor vragen").fill("burgerforum@sudwestfryslan.nl");
  await expect(textPreview).toContainText("U kunt ook mailen naar burgerforum@sudwestfryslan.nl.");
  await expect(texts.getByText("Deze regel valt weg", { exact: false })).toHaveCount(0);
  await texts.getByLabel("Taal van de brief").selectOption("fy");
  const body = texts.getByLabel("Tekst", { exact: true });
  const frisianBody = await body.inputValue();
  await body.fill(frisianBody + "\n\nOant {datum}.");
  await expect(texts.getByText("Een woord tussen accolades is geen gegeven dat de brief kent", { exact: false })).toBeVisible();
  await body.fill(frisianBody.replace("Jo binne troch lotting keazen", "Jo binne by lotting útkeazen"));
  await expect(textPreview).toContainText("Jo binne by lotting útkeazen om mei te dwaan oan it Burgerforum Energie");
  await expect(textPreview).toContainText("Dat kin oant en mei freed 15 jannewaris 2027.");
  await texts.getByRole("button", { name: "Tekst van de brief opslaan" }).click();
  await expect(page.getByText("De tekst van de brief is opgeslagen.", { exact: false })).toBeVisible();
  await checkScreen(page, "forum-admin-8-letter-text");

  // 7. The Dutch letters, ready to print: the chosen columns and nothing else.
  const lettersHref = await page.getByRole("link", { name: "Brieven in het Nederlands (om te printen)" }).getAttribute("href");
  expect(lettersHref).toContain("language=nl");
  const letters = await page.context().newPage();
  await letters.setViewportSize({ width: 1280, height: 900 });
  const answer = await letters.goto(lettersHref);
  expect(answer.status()).toBe(200);
  await expect(letters.locator("html")).toHaveAttribute("lang", "nl");
  await expect(letters.locator("address").first()).toContainText(/^Inwoner\d+ de VriesSkâns \d+87\d\d AB \w+$/);
  await expect(letters.locator("body")).toContainText("Beste Inwoner");
  await expect(letters.locator("body")).toContainText("U krijgt een vergoeding van € 150 per bijeenkomst.");
  await checkScreen(letters, "forum-admin-8-letters-nl");
  const dutchPages = await printedPages(letters, "forum-admin-letters-nl");
  expect(dutchPages.length).toBe(count);  // one A4 page a letter
  expect(dutchPages[0]).toContain("Dat kan tot en met vrijdag 15 januari 2027.");
  expect(dutchPages[0]).toMatch(/Beste Inwoner\d+ de Vries,/);
  expect(dutchPages.join("")).not.toMatch(/\d\d-\d\d-(19|20)\d\d/);  // no birth date
  expect(dutchPages.join("")).not.toMatch(/ [VM] /);  // no gender
  // The Frisian letters as printed (PDF, A4): a page per letter with staff's correction, the date
  // in Frisian, and of the register only the name and address.
  const frisianHref = await page.getByRole("link", { name: "Brieven in het Fries (om te printen)" }).getAttribute("href");
  await letters.goto(frisianHref);
  await expect(letters.locator("html")).toHaveAttribute("lang", "fy");
  const pages = await printedPages(letters, "forum-admin-letters-fy");
  expect(pages.length).toBe(count);
  // The QR code as printed, read as a phone's camera reads it: the Frisian sign-up page with this letter's code.
  const frisianCode = await letters.locator(".code").first().textContent();
  const scanned = scannedCodes("forum-admin-letters-fy");
  expect(scanned).toHaveLength(1);
  expect(scanned[0]).toMatch(new RegExp(`/f/${slug}\\?code=${frisianCode}&lang=fy$`));
  expect(pages[0]).toContain("Jo binne by lotting útkeazen");
  expect(pages[0]).toContain("freed 15 jannewaris 2027");
  expect(pages[0]).toMatch(/Bêste Inwoner\d+ de Vries,/);
  expect(pages.join("")).not.toMatch(/\d\d-\d\d-(19|20)\d\d/);  // no birth date
  // The English letters, for residents who read no Dutch.
  await letters.goto(await page.getByRole("link", { name: "Brieven in het Engels (om te printen)" }).getAttribute("href"));
  await expect(letters.locator("html")).toHaveAttribute("lang", "en");
  await expect(letters.locator("body")).toContainText("You can do so until Friday 15 January 2027.");
  await letters.close();

  // The sign-up page in Frisian, as the scanned code opens it: the code filled in, the questions in staff's words.
  const resident = await page.context().newPage();
  await resident.setViewportSize({ width: 390, height: 844 });
  await resident.goto(new URL(scanned[0]).pathname + new URL(scanned[0]).search);
  await expect(resident.getByLabel("Jo koade", { exact: true })).toHaveValue(frisianCode);
  const age = resident.getByRole("group", { name: "Leeftyd" });
  await expect(age).toHaveAccessibleDescription("Jo leeftyd op de dei fan oanmelden.");
  await expect(resident.getByRole("group", { name: "Geslacht" }).getByLabel("frou")).toHaveAttribute("value", "vrouw");
  await checkScreen(resident, "forum-admin-8-sign-up-fy");
  await resident.close();
  await expect(progress.getByRole("listitem").nth(2)).toContainText(`Uitnodigingen loten (gedaan; ${count} uitnodigingen)`);

  // 8. The list shows how far the forum is.
  await page.getByRole("link", { name: "Terug naar de burgerforums" }).click();
  // This forum's row, not the demo forum's ("... (demo)") that another spec may have loaded.
  const row = page.getByRole("row").filter({ has: page.getByText("Burgerforum Energie Súdwest-Fryslân", { exact: true }) });
  await expect(row).toContainText("200");
  await expect(row).toContainText(`Geloot: ${count} uitnodigingen`);
  await checkScreen(page, "forum-admin-9-list");

  // 9. The letters are out: the register's addresses and the codes go, after a question.
  await page.goto(`/admin#/forums/${slug}/draw`);
  await page.getByRole("button", { name: "Adressen en codes verwijderen" }).click();
  await expect(page.getByText(`Alle 200 regels van het register en de codes van ${count} brieven worden verwijderd.`, { exact: false })).toBeVisible();
  await checkScreen(page, "forum-admin-10-delete-question");
  await page.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByText(`200 regels van het register en ${count} codes zijn verwijderd.`)).toBeVisible();
  await expect(page.getByText("De adressen en codes zijn verwijderd; de brieven kunnen niet meer worden gemaakt.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Uitnodigingen downloaden (CSV voor Excel en Word)" })).toHaveCount(0);
  expect((await page.request.get(`/api/admin/forums/${slug}/invitations.csv`)).status()).toBe(410);
  await checkScreen(page, "forum-admin-11-deleted");
  // The register tab no longer offers a new register, and says why.
  await page.goto(`/admin#/forums/${slug}/register`);
  await expect(page.getByText("De uitnodigingen zijn uit dit register geloot en daarna zijn de persoonsgegevens gewist", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Register vervangen" })).toHaveCount(0);
  await expect(page.locator("#register-file")).toHaveCount(0);
  await checkScreen(page, "forum-admin-12-register-after-deletion");
});
