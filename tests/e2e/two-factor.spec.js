// Two-factor sign-in in a real browser (issue 20): a staff member sets it up from the screens,
// reading the key the way an authenticator app does, keeps the recovery codes, is refused with a
// wrong code, signs in with a recovery code and with the app's code; an admin resets it for a lost
// phone. axe-core on every screen.
const { test, expect } = require("@playwright/test");
const { checkScreen, newcomerOnPhone, signInAsAdmin, totpCode } = require("./helpers");

const email = "e2e-twee-stappen@sudwestfryslan.nl";
const temporary = "een tijdelijke zin voor de telefoon";
const own = "mijn zin over het Sneekermeer in mei";

async function signIn(page, code) {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(own);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (code === undefined) return;
  await page.getByLabel("Code uit uw authenticator-app").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test("two-factor sign-in from set-up to a lost phone", async ({ page, browser }) => {
  // An admin adds the account (the accounts' own journey is accounts.spec.js).
  await signInAsAdmin(page);
  const csrf = (await (await page.request.get("/api/session")).json()).csrf_token;
  const added = await page.request.post("/api/admin/accounts", {
    headers: { "X-CSRF-Token": csrf },
    data: { email, role: "analyst", password: temporary },
  });
  expect(added.status()).toBe(201);

  const { phone, page: theirs } = await newcomerOnPhone(browser, email, temporary, own);
  await expect(theirs.getByRole("heading", { name: "Enquêtes" })).toBeVisible();

  // Set-up: the QR code, and the key as text, which this test reads as an app would.
  await theirs.getByRole("navigation", { name: "Account en taal" }).getByRole("link", { name: "Inloggen in twee stappen" }).click();
  await expect(theirs.getByRole("img", { name: "QR-code om in uw authenticator-app te scannen" })).toBeVisible();
  const key = await theirs.locator("#two-factor-secret").getAttribute("data-secret");
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  await checkScreen(theirs, "two-factor-1-set-up");
  await theirs.getByLabel("Code uit uw authenticator-app").fill(totpCode(key, Date.now() / 1000 - 3600));
  await theirs.getByRole("button", { name: "Bevestigen" }).click();
  await expect(theirs.getByRole("alert")).toContainText("De code klopt niet");
  const enrolledAt = Date.now() / 1000;
  await theirs.getByLabel("Code uit uw authenticator-app").fill(totpCode(key, enrolledAt));
  await theirs.getByRole("button", { name: "Bevestigen" }).click();
  const codes = await theirs.locator("#recovery-codes li code").allTextContents();
  expect(codes).toHaveLength(10);
  await checkScreen(theirs, "two-factor-2-recovery-codes");
  await theirs.getByRole("button", { name: "Ik heb de herstelcodes bewaard" }).click();
  await expect(theirs.getByRole("heading", { name: "Enquêtes" })).toBeVisible();
  await theirs.getByRole("button", { name: "Uitloggen" }).click();

  // Signing in: a wrong code is refused, a recovery code works once.
  await signIn(theirs, "000000");
  await expect(theirs.getByRole("alert")).toContainText("De code klopt niet of is al gebruikt");
  await checkScreen(theirs, "two-factor-3-wrong-code");
  await theirs.getByLabel("Code uit uw authenticator-app").fill(codes[0]);
  await theirs.getByRole("button", { name: "Inloggen" }).click();
  await expect(theirs.getByRole("heading", { name: "Enquêtes" })).toBeVisible();
  await theirs.getByRole("button", { name: "Uitloggen" }).click();
  // The app's code: the next step's (the one used at set-up is spent), as a phone a little ahead.
  await signIn(theirs, totpCode(key, enrolledAt + 30));
  await expect(theirs.getByRole("heading", { name: "Enquêtes" })).toBeVisible();

  // The phone is lost: an admin resets it, and the open session ends at its next request.
  await page.goto("/admin#/accounts");
  const row = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await expect(row).toContainText("aan");
  await row.getByRole("button", { name: /^Beheren/ }).click();
  await page.getByRole("button", { name: "Telefoon kwijt: twee stappen opnieuw instellen" }).click();
  await page.getByRole("button", { name: "Ja, opnieuw instellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "staat uit voor" })).toBeVisible();
  await checkScreen(page, "two-factor-4-reset");
  expect((await theirs.request.get("/api/admin/surveys")).status()).toBe(401);
  await theirs.reload();
  await signIn(theirs);
  await expect(theirs.getByRole("heading", { name: "Enquêtes" })).toBeVisible();
  await phone.close();
});
