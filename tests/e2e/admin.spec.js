// The staff app in a real browser: logging in, the survey list, closing and reopening a survey,
// logging out; axe-core on every screen.
const { test, expect } = require("@playwright/test");
const { checkScreen } = require("./helpers");

const email = process.env.MIENSKIP_ADMIN_EMAIL;
const password = process.env.MIENSKIP_ADMIN_PASSWORD;

test("an administrator logs in, closes and reopens a survey, and logs out", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await checkScreen(page, "admin-1-login");

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("niet het goede wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Het e-mailadres of het wachtwoord klopt niet");
  await checkScreen(page, "admin-2-login-refused");

  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Enquêtes" })).toBeVisible();
  const row = page.getByRole("row", { name: /Buurtbudget/ });
  await expect(row).toContainText("Open");
  await checkScreen(page, "admin-3-surveys");

  await row.getByRole("button", { name: /Sluiten/ }).click();
  await expect(row).toContainText("Gesloten");
  await row.getByRole("button", { name: /Weer openen/ }).click();
  await expect(row).toContainText("Open");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Surveys" })).toBeVisible();
  await checkScreen(page, "admin-4-surveys-en");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  // The session is gone on the server too.
  const session = await page.request.get("/api/session");
  expect(session.status()).toBe(401);
});
