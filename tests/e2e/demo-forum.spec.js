// The demo forum of deploy/run.sh as a newcomer meets it (issue 22): every tab with the demo's
// 1,000 letters and 150 volunteers loaded, on a phone's width, axe-core on each; the response per
// village while sign-up is open; then from sign-up to a seated panel from the screens alone:
// sign-up closed, the selection computed and fixed, the panel drawn with a public number, and
// every member called and confirmed.
const { test, expect } = require("@playwright/test");
const { execFileSync } = require("child_process");
const { checkScreen, recordCall, selectAndDrawPanel, signInAsAdmin } = require("./helpers");

const slug = "burgerforum-demo";

test.setTimeout(600_000);

// The tab `name` of the demo forum, at a phone's width that it must keep to.
async function openTab(page, name) {
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

async function keepsToPhoneWidth(page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("the demo forum shows its recruitment and goes to a seated panel on a phone", async ({ page }) => {
  execFileSync(process.env.MIENSKIP_BIN, ["forum", "demo", "--slug", slug, "--if-missing"], { stdio: "ignore" });
  await signInAsAdmin(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/admin/#/forums/${slug}`);
  await expect(page.getByRole("heading", { name: "Burgerforum Energie Súdwest-Fryslân (demo)", level: 1 })).toBeVisible();

  // Every tab as the demo fills it.
  for (const [tab, shown] of [
    ["Quota's", "Opleiding"],
    ["Register", "3.000"],
    ["Loting", "Uitslag van de loting"],
    ["Vrijwilligers", "Vrijwilligers 1–50 van 150."],
  ]) {
    await openTab(page, tab);
    await expect(page.getByText(shown, { exact: false }).first()).toBeVisible();
    await keepsToPhoneWidth(page);
    await checkScreen(page, `demo-forum-${tab.replace(/'/g, "")}`);
  }

  // The response per village while sign-up is open, lowest first.
  await expect(page.getByText("150 van de 1.000 brieven zijn beantwoord (15,0%)", { exact: false })).toBeVisible();
  const villages = page.locator("table", { has: page.getByText("Respons per woonplaats") });
  await expect(villages.locator("tbody tr").first()).toContainText("lager");
  await expect(villages.locator("tbody tr").last()).toContainText("gelijk of hoger");

  // From sign-up to a drawn panel.
  await page.getByRole("button", { name: "Aanmelding sluiten" }).click();
  await expect(page.getByText("De aanmelding is gesloten.", { exact: true })).toBeVisible();
  await openTab(page, "Selectie");
  await selectAndDrawPanel(page, 615);
  await keepsToPhoneWidth(page);
  await checkScreen(page, "demo-forum-Selectie");

  // Every member is called and confirms: the panel is seated.
  await openTab(page, "Bellen");
  const members = (await page.locator(".mienskip-call .mienskip-id").allTextContents()).map((id) => id.trim());
  expect(members).toHaveLength(30);
  await keepsToPhoneWidth(page);
  await checkScreen(page, "demo-forum-Bellen");
  for (const id of members) await recordCall(page, id, "Bevestigd", "Bevestigd aan de telefoon.");
  await expect(page.getByText("Het panel is compleet: alle 30 leden hebben bevestigd.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Panel compleet (gedaan; alle 30 leden bevestigd)", { exact: false })).toBeVisible();
  await keepsToPhoneWidth(page);
  await checkScreen(page, "demo-forum-seated");
});
