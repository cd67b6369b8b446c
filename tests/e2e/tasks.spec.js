// Rights that follow the task (issue 20, item 4) in a real browser: an admin adds a colleague with
// no municipality-wide role and makes them the caller of one forum; the caller, on their phone,
// sees only that forum's panel - names, addresses and numbers - records a call, and nothing else of Mienskip; when
// the admin takes the task away, the caller's next look shows nothing. axe-core on every screen.
//
// The forum and its drawn panel are set up through the staff API as forum-selection.spec.js does
// (the volunteers inserted with psql, as residents signing up would leave them).
const { test, expect } = require("@playwright/test");
const { checkScreen, newcomerOnPhone, recordCall, signInAsAdmin, sql } = require("./helpers");

const email = process.env.MIENSKIP_ADMIN_EMAIL;
const password = process.env.MIENSKIP_ADMIN_PASSWORD;
const slug = "taken-2027";
const caller = "e2e-beller@sudwestfryslan.nl";
const temporary = "een tijdelijke zin voor de beller";
const own = "de beller kiest een eigen lange zin";

test.setTimeout(180_000);

async function forumWithPanel(request) {
  const session = await (await request.post("/api/session", { data: { email, password } })).json();
  const headers = { "X-CSRF-Token": session.csrf_token };
  const categories = [
    { name: "Leeftijd", values: [{ value: "16-34", min: 3, max: 6 }, { value: "35-64", min: 3, max: 6 }, { value: "65+", min: 3, max: 6 }] },
  ];
  const created = await request.post("/api/admin/forums", {
    headers,
    data: { slug, name: "Burgerforum Taken", municipality: "Súdwest-Fryslân", panel_size: 12, categories },
  });
  expect(created.status()).toBe(201);
  const lines = ["id,voornaam,dorp"];
  for (let i = 0; i < 60; i++) lines.push(`${300000 + i},Inwoner${i},${i % 2 ? "Bolsward" : "Workum"}`);
  const register = await request.post(`/api/admin/forums/${slug}/register`, {
    headers: { ...headers, "Content-Type": "text/csv" },
    data: lines.join("\n") + "\n",
  });
  expect(register.status()).toBe(200);
  expect((await request.put(`/api/admin/forums/${slug}/draw/commitment`, { headers, data: { count: 60 } })).status()).toBe(200);
  expect((await request.post(`/api/admin/forums/${slug}/draw`, { headers, data: { seed: "05 12 31" } })).status()).toBe(200);
  sql(
    "INSERT INTO forum_volunteers (forum_id, number, draw_order, answers, name, email, phone, source) " +
      "SELECT f.id, n, n, jsonb_build_object('Leeftijd', CASE n % 3 WHEN 0 THEN '16-34' WHEN 1 THEN '35-64' ELSE '65+' END), " +
      "'Inwoner ' || n, 'inwoner' || n || '@example.nl', '06 1234 56' || lpad(n::text, 2, '0'), 'sign_up' " +
      `FROM forums f, generate_series(1, 30) AS n WHERE f.slug = '${slug}'`,
  );
  sql(`UPDATE forums SET sign_up_closed_at = now(), sign_up_closed_by = 'e2e' WHERE slug = '${slug}'`);
  expect((await request.post(`/api/admin/forums/${slug}/selection`, { headers, data: { algorithm: "leximin" } })).status()).toBe(202);
  let selection;
  for (let i = 0; i < 600; i++) {
    selection = await (await request.get(`/api/admin/forums/${slug}/selection`)).json();
    if (selection.status !== "running") break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(selection.status).toBe("done");
  expect((await request.post(`/api/admin/forums/${slug}/selection/fixed`, { headers, data: { run: selection.run } })).status()).toBe(201);
  expect((await request.post(`/api/admin/forums/${slug}/panel`, { headers, data: { lottery_number: 7 } })).status()).toBe(201);
}

test("a caller sees the panel of their forum and nothing else, until the task is taken away", async ({ page, browser, request }) => {
  await forumWithPanel(request);
  await signInAsAdmin(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Accounts" }).click();

  // A colleague without a municipality-wide role, then the task.
  await page.getByLabel("E-mailadres").fill(caller);
  await page.getByLabel("Rol", { exact: true }).selectOption("none");
  await page.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill(temporary);
  await page.getByRole("button", { name: "Account toevoegen" }).click();
  const row = page.getByRole("row", { name: new RegExp(caller.replace(/\./g, "\\.")) });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: /^Beheren/ }).click();
  await page.getByLabel("Burgerforum of enquête").selectOption({ label: "Forum: Burgerforum Taken" });
  await page.getByLabel("Rol in deze taak").selectOption({ label: "Beller" });
  await page.getByRole("button", { name: "Taak toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "heeft nu de taak: Beller van Burgerforum Taken" })).toBeVisible();
  await expect(row).toContainText("Beller van Burgerforum Taken");
  await checkScreen(page, "tasks-1-caller-given");

  // The caller, on their phone: after choosing their own password, only the forum's panel.
  const { phone, page: theirs } = await newcomerOnPhone(browser, caller, temporary, own);
  const menu = theirs.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(menu.getByRole("link", { name: "Burgerforums" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Enquêtes" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: "Accounts" })).toHaveCount(0);
  await checkScreen(theirs, "tasks-2-caller-forums");
  await theirs.getByRole("link", { name: "Burgerforum Taken" }).click();
  await expect(theirs.getByRole("heading", { name: "Burgerforum Taken", level: 1 })).toBeVisible();
  const contacts = theirs.locator("table", { has: theirs.getByText("Het panel: namen en contactgegevens") });
  await expect(contacts.locator("tbody tr")).toHaveCount(12);
  await expect(contacts.getByRole("link", { name: /^06 1234 56/ }).first()).toHaveAttribute("href", /^tel:/);
  expect(await theirs.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkScreen(theirs, "tasks-3-caller-panel");
  // The caller records a call on the phone: it shows at once, signed with their address, and the page stays phone-wide.
  const called = (await theirs.locator(".mienskip-call .mienskip-id").first().textContent()).trim();
  await recordCall(theirs, called, "Bevestigd", "Komt op de eerste avond.");
  await expect(theirs.getByText(`Bevestigd, vastgelegd door ${caller}`, { exact: false }).first()).toBeVisible();
  expect(await theirs.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkScreen(theirs, "tasks-3b-caller-recorded");
  // What the screens do not show, the server does not give either.
  for (const path of ["", "/panel", "/volunteers", "/register", "/invitations.csv"]) {
    expect((await theirs.request.get(`/api/admin/forums/${slug}${path}`)).status(), path).toBe(403);
  }
  expect((await theirs.request.get("/api/admin/surveys")).status()).toBe(200);
  expect((await (await theirs.request.get("/api/admin/surveys")).json()).surveys).toEqual([]);

  // The admin takes the task away; the caller's next look shows nothing.
  await page.getByRole("button", { name: /^Verwijderen\s*: Beller van Burgerforum Taken/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "niet meer" })).toBeVisible();
  expect((await theirs.request.get(`/api/admin/forums/${slug}/panel/contacts`)).status()).toBe(403);
  await theirs.reload();
  await expect(theirs.getByText("Burgerforums ziet u alleen als beheerder of met een taak bij een burgerforum.")).toBeVisible();
  await expect(theirs.getByRole("table")).toHaveCount(0);
  await expect(theirs.getByRole("navigation", { name: "Hoofdmenu" })).toHaveCount(0);
  await theirs.goto("/admin");
  await expect(theirs.getByRole("heading", { name: "Nog geen taken" })).toBeVisible();
  await checkScreen(theirs, "tasks-4-no-tasks");
  await phone.close();
});
