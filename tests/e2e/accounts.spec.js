// Staff accounts in a real browser (issue 20): an admin adds an account with a temporary password,
// its owner must choose their own before anything else, and when the admin disables the account
// its open session stops working at its next request. axe-core on every screen, at desktop and
// phone width.
const { test, expect } = require("@playwright/test");
const { checkScreen, signInAsAdmin } = require("./helpers");

const newcomer = "e2e-nieuw@sudwestfryslan.nl";
const temporary = "een tijdelijke zin voor vandaag";
const own = "mijn eigen zin over de Friese meren";

test("an account from its first sign-in to being disabled", async ({ page, browser }) => {
  await signInAsAdmin(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();
  await expect(page.getByRole("row", { name: /e2e-beheer@sudwestfryslan\.nl \(u\)/ })).toBeVisible();

  // A commonly used password is refused in Dutch, by the rule it broke.
  await page.getByLabel("E-mailadres").fill(newcomer);
  await page.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill("Welkom2026!!!!");
  await page.getByRole("button", { name: "Account toevoegen" }).click();
  await expect(page.getByRole("alert")).toContainText("Dit wachtwoord wordt veel gebruikt");
  await checkScreen(page, "accounts-1-common-password");
  await page.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill(temporary);
  await page.getByRole("button", { name: "Account toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is toegevoegd als analist" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(newcomer.replace(/\./g, "\\.")) });
  await expect(row).toContainText("moet wachtwoord kiezen");
  await expect(row).toContainText("nog nooit");
  await checkScreen(page, "accounts-2-added");

  // The newcomer, on their own phone: the temporary password opens only the change.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const theirs = await phone.newPage();
  await theirs.goto("/admin");
  await theirs.getByLabel("E-mailadres").fill(newcomer);
  await theirs.getByLabel("Wachtwoord").fill(temporary);
  await theirs.getByRole("button", { name: "Inloggen" }).click();
  await expect(theirs.getByRole("heading", { name: "Kies een eigen wachtwoord" })).toBeVisible();
  expect((await theirs.request.get("/api/admin/surveys")).status()).toBe(403);
  await checkScreen(theirs, "accounts-3-choose-own-password");
  await theirs.getByLabel("Huidig wachtwoord").fill(temporary);
  await theirs.getByLabel("Nieuw wachtwoord", { exact: true }).fill(own);
  await theirs.getByLabel("Herhaal het nieuwe wachtwoord").fill(own);
  await theirs.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(theirs.getByRole("heading", { name: "Enquêtes" })).toBeVisible();
  expect((await theirs.request.get("/api/admin/surveys")).status()).toBe(200);

  // The admin sees the sign-in, and disables the account (a leaver, a lost phone).
  await page.reload();
  await expect(row).toContainText("actief");
  await expect(row).toContainText("1");
  await row.getByRole("button", { name: /^Beheren/ }).click();
  await expect(page.getByRole("heading", { name: `Account ${newcomer} beheren` })).toBeVisible();
  await checkScreen(page, "accounts-4-manage");
  await page.getByRole("button", { name: "Uitschakelen" }).click();
  await page.getByRole("button", { name: "Ja, uitschakelen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is uitgeschakeld" })).toBeVisible();
  await expect(row).toContainText("uitgeschakeld");

  // The newcomer's open session stops at its next request: the app falls back to the login.
  expect((await theirs.request.get("/api/admin/surveys")).status()).toBe(401);
  await theirs.reload();
  await expect(theirs.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  await theirs.getByLabel("E-mailadres").fill(newcomer);
  await theirs.getByLabel("Wachtwoord").fill(own);
  await theirs.getByRole("button", { name: "Inloggen" }).click();
  await expect(theirs.getByRole("alert")).toContainText("Het e-mailadres of het wachtwoord klopt niet");
  await phone.close();

  // The accounts screen on a phone: the table scrolls within the page, the page does not scroll
  // sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkScreen(page, "accounts-5-phone");
});
