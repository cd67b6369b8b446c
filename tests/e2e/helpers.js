// Shared by the browser tests: screenshots kept as artefacts, and axe-core (WCAG 2.1 A and AA, as
// Dutch law requires of municipal sites) on every screen.
const { expect } = require("@playwright/test");
const AxeBuilder = require("@axe-core/playwright").default;
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const shots = path.join(process.env.MIENSKIP_E2E_OUTPUT || "test-results", "screens");
fs.mkdirSync(shots, { recursive: true });

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

// axe-core runs inside the page, so pages without JavaScript are checked in the journeys with it:
// the server renders the same HTML either way.
// label-content-name-mismatch (WCAG 2.5.3, label in name) is one of axe's experimental rules, off
// unless asked for: a button reading "Gegevens wissen" must have a name that contains those words,
// so that speech input finds it.
async function checkScreen(page, name) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  await screenshot(page, name);
  expect(violations, `axe-core on ${name}`).toEqual([]);
  expect(await englishOnDutchScreen(page), `English words on the Dutch screen ${name}`).toEqual([]);
}

// Words that are English and never Dutch, as whole words: on a screen in Dutch (html lang="nl"),
// none may show outside code, command lines and what is marked as another language (the server's
// words for a refusal the app does not know, marked lang="en").
const englishWords = /\b(the|and|must|should|with|you|your|not|please|cannot|choose file|no file chosen)\b/gi;

async function englishOnDutchScreen(page) {
  const text = await page.evaluate(() => {
    if (document.documentElement.lang !== "nl") return "";
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll("code, pre, script, style, [lang]:not([lang='nl'])").forEach((e) => e.remove());
    return copy.innerText ?? copy.textContent;
  });
  return [...new Set((text.match(englishWords) ?? []).map((w) => w.toLowerCase()))];
}

// The administrator run.sh creates, signed in through the staff app's login form in a desktop-sized
// window; the app opens on the list of surveys.
async function signInAsAdmin(page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/admin");
  await page.getByLabel("E-mailadres").fill(process.env.MIENSKIP_ADMIN_EMAIL);
  await page.getByLabel("Wachtwoord").fill(process.env.MIENSKIP_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Enquêtes" })).toBeVisible();
}

// A staff member on their own phone (a new browser context at 390 px) who signs in with the
// temporary password an admin gave them and chooses their own, the only thing it opens; returns
// the context (to close) and its page, showing whatever comes after.
async function newcomerOnPhone(browser, email, temporary, own) {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto("/admin");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(temporary);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByLabel("Huidig wachtwoord").fill(temporary);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(own);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(own);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  return { phone, page };
}

// A statement on the e2e run's database (tests/e2e/run.sh), for what the screens under test do not
// make themselves (volunteers as residents signing up leave them).
function sql(statement) {
  execFileSync("psql", [process.env.MIENSKIP_DATABASE_URL, "-v", "ON_ERROR_STOP=1", "-qc", statement]);
}

// A page printed as chromium prints it (A4, the page's own @page rules) to `name`.pdf beside the
// screenshots, its first page also as `name`-1.png to look at; returns the text of each page
// (poppler-utils' pdftotext, pages split at its form feeds), its lines joined with single spaces
// so that a sentence reads whole wherever it wrapped.
async function printedPages(page, name) {
  const pdf = path.join(shots, `${name}.pdf`);
  await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true, printBackground: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(shots, `${name}-1`)]);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"]).toString("utf8");
  return text
    .split("\f")
    .filter((pageText) => pageText.trim() !== "")
    .map((pageText) => pageText.replace(/\s+/g, " ").trim());
}

// What a phone's camera reads off the first printed page of `name`.pdf (made by printedPages): the
// page rendered at 200 dpi, each QR code on it decoded by zbar (zbar-tools' zbarimg), in page order.
function scannedCodes(name) {
  const pdf = path.join(shots, `${name}.pdf`);
  const image = path.join(shots, `${name}-scan`);
  execFileSync("pdftoppm", ["-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile", pdf, image]);
  // zbar asks for D-Bus, which a test machine need not run: its complaint is left out.
  const decoded = execFileSync("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", `${image}.png`], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  return decoded.toString("utf8").split("\n").filter((line) => line !== "");
}

// The code an authenticator app shows for a base32 key at `seconds` (Unix time): RFC 6238 with
// SHA-1, 6 digits and 30-second steps, computed here as an app computes it.
function totpCode(base32, seconds) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of base32.replace(/=+$/, "")) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)));
  const hash = require("crypto").createHmac("sha1", key).update(counter).digest();
  const at = hash[hash.length - 1] & 15;
  const value = ((hash[at] & 0x7f) << 24) | (hash[at + 1] << 16) | (hash[at + 2] << 8) | hash[at + 3];
  return String(value % 1e6).padStart(6, "0");
}

/**
 * On a forum's Selectie tab, as staff do it once sign-up is closed: the selection probabilities
 * computed (LEXIMIN) and run 1 fixed, then the panel drawn with the public `number`.
 */
async function selectAndDrawPanel(page, number) {
  await page.getByRole("button", { name: "Selectiekansen berekenen" }).click();
  await expect(page.getByText("Berekend", { exact: true })).toBeVisible({ timeout: 120_000 });
  await page.getByRole("button", { name: "Berekening 1 vastleggen" }).click();
  await page.getByRole("button", { name: "Ja, vastleggen" }).click();
  await expect(page.getByText("Berekening 1 is vastgelegd op", { exact: false })).toBeVisible();
  await page.reload();
  await page.getByLabel("Publiek getrokken nummer (0 tot en met 999)").fill(String(number));
  await page.getByRole("button", { name: "Panel loten" }).click();
  await page.getByRole("button", { name: "Ja, panel loten" }).click();
  await expect(page.getByText(`Geloot met nummer ${number}`, { exact: false })).toBeVisible();
}

/**
 * Records a call on a forum's Bellen tab, as a caller or forum manager does: member `id`'s new
 * stand (its Dutch label, "Afgezegd") with a one-line comment; waits for the confirmation.
 */
async function recordCall(page, id, stand, comment) {
  await page.getByLabel(`Nieuwe stand (${id})`).selectOption({ label: stand });
  await page.getByLabel(`Toelichting (${id})`).fill(comment);
  await page.getByRole("button", { name: `Vastleggen (${id})` }).click();
  await expect(page.getByText(`Vastgelegd: ${id} is nu ${stand}.`)).toBeVisible();
}

module.exports = { screenshot, checkScreen, printedPages, scannedCodes, signInAsAdmin, newcomerOnPhone, sql, totpCode, recordCall, selectAndDrawPanel };
