// The resident journey in a real browser (Debian's chromium): every language with JavaScript,
// the whole journey without JavaScript, keyboard only, and axe-core on every screen.
const { test, expect } = require("@playwright/test");
const fs = require("fs");
const { checkScreen, screenshot } = require("./helpers");

const codes = fs.readFileSync(process.env.MIENSKIP_CODES, "utf8").trim().split("\n").slice(1);

const words = {
  nl: { continue: "Verder", review: "Controleren", send: "Versturen", left: "U hebt nog 0 punten te verdelen.", thanks: "Bedankt!" },
  fy: { continue: "Fierder", review: "Kontrolearje", send: "Ferstjoere", left: "Jo hawwe noch 0 punten te ferdielen.", thanks: "Tankewol!" },
  en: { continue: "Continue", review: "Review", send: "Send", left: "You have 0 points left to divide.", thanks: "Thank you!" },
};

async function enterCode(page, lang, code) {
  await page.goto(`/s/energie?lang=${lang}`);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await page.locator("#code").fill(code.toLowerCase());
  await page.getByRole("button", { name: words[lang].continue }).click();
  await expect(page.locator("#allocations-gemeente-leidt")).toBeVisible();
}

for (const [index, lang] of ["nl", "fy", "en"].entries()) {
  test(`a resident answers in ${lang} with JavaScript`, async ({ page }) => {
    await page.goto(`/s/energie?lang=${lang}`);
    await checkScreen(page, `${lang}-1-start`);
    await enterCode(page, lang, codes[index]);
    await checkScreen(page, `${lang}-2-form`);

    const left = page.locator("#points-left");
    await expect(left).toHaveAttribute("aria-live", "polite");
    await expect(left).toContainText("100");
    if (lang === "nl") {
      // The error state, as the server renders it, must be accessible too.
      await page.locator("#allocations-gemeente-leidt").fill("30");
      await page.locator("#allocations-opslag").fill("x");
      await page.getByRole("button", { name: words[lang].review, exact: true }).click();
      await expect(page.locator(".mienskip-error-summary")).toBeFocused();
      await checkScreen(page, `${lang}-2b-errors`);
      await page.locator("#allocations-opslag").fill("");
    }
    await page.locator("#allocations-gemeente-leidt").fill("40");
    await expect(left).toContainText("60");
    // Steppers: four times +5 on storage.
    const plus = page.locator("#allocations-opslag").locator("xpath=..").locator("button[data-step='5']");
    for (let i = 0; i < 4; i++) await plus.click();
    await expect(page.locator("#allocations-opslag")).toHaveValue("20");
    await page.locator("#allocations-energieleverancier").fill("40");
    await expect(left).toHaveText(words[lang].left);
    // The budget is spent: + cannot go beyond it.
    await page.locator("#allocations-markt-bepaalt").locator("xpath=..").locator("button[data-step='5']").click();
    await expect(page.locator("#allocations-markt-bepaalt")).toHaveValue("0");

    await page.locator("#motivations-opslag").fill("Zon en wind wisselen; opslag vangt dat op.");
    await page.locator("#demographics-age-35-44").check();
    await page.locator("#demographics-area").selectOption("snits");
    await page.getByRole("button", { name: words[lang].review, exact: true }).click();
    await expect(page.locator("table.mienskip-summary")).toContainText("40");
    await checkScreen(page, `${lang}-3-review`);

    await page.getByRole("button", { name: words[lang].send }).click();
    await expect(page).toHaveURL(new RegExp(`/s/energie/bedankt\\?lang=${lang}$`));
    await expect(page.locator("h1")).toHaveText(words[lang].thanks);
    await checkScreen(page, `${lang}-4-thanks`);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server checks the form and shows errors next to the fields", async ({ page }) => {
    await enterCode(page, "nl", codes[3]);
    await expect(page.locator("#points-left")).toHaveText(/Verdeel precies 100 punten/);
    await page.locator("#allocations-inwoners-zelf").fill("50");
    await page.locator("#allocations-markt-bepaalt").fill("40");
    await page.locator("#allocations-opslag").fill("tien");
    await page.getByRole("button", { name: "Controleren", exact: true }).click();

    const summary = page.locator(".mienskip-error-summary");
    await expect(summary).toBeVisible();
    await expect(summary).toContainText("Vul een heel getal in van 0 tot en met 100.");
    await expect(page.locator("#allocations-opslag")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#allocations-inwoners-zelf")).toHaveValue("50"); // kept
    await screenshot(page, "nojs-1-errors");

    await page.locator("#allocations-opslag").fill("");
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await expect(summary).toContainText("U hebt 90 van de 100 punten verdeeld. Verdeel er nog 10.");
    await summary.getByRole("link").click();
    await expect(page).toHaveURL(/#allocations$/);

    await page.locator("#allocations-opslag").fill("10");
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.locator("h1")).toHaveText("Bedankt!");
    await screenshot(page, "nojs-2-thanks");
  });

  for (const [index, lang] of ["fy", "en"].entries()) {
    test(`a resident answers in ${lang} without JavaScript`, async ({ page }) => {
      await enterCode(page, lang, codes[6 + index]);
      await page.locator("#allocations-inwoners-zelf").fill("60");
      await page.locator("#allocations-opslag").fill("30");
      await page.getByRole("button", { name: words[lang].review, exact: true }).click();
      await expect(page.locator(".mienskip-error-summary")).toContainText(lang === "fy" ? "Ferdiel der noch 10" : "Divide 10 more");
      await page.locator("#allocations-opslag").fill("40");
      await page.getByRole("button", { name: words[lang].review, exact: true }).click();
      await page.getByRole("button", { name: words[lang].send }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("h1")).toHaveText(words[lang].thanks);
      await screenshot(page, `nojs-${lang}-thanks`);
    });
  }

  test("switching language keeps what was typed", async ({ page }) => {
    await enterCode(page, "nl", codes[11]);
    await page.locator("#allocations-opslag").fill("70");
    await page.getByRole("button", { name: "Frysk" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fy");
    await expect(page.locator("#allocations-opslag")).toHaveValue("70");
  });
});

test("keyboard only: code, answers and review without a mouse", async ({ page }) => {
  await page.goto("/s/energie?lang=nl");
  // The skip link comes first and leads to the content.
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveClass(/mienskip-skip-link/);
  // Tab on to the code field, whatever the number of language links.
  for (let i = 0; i < 10; i++) {
    if (await page.locator("#code").evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(page.locator("#code")).toBeFocused();
  await page.keyboard.type(codes[10]);
  await page.keyboard.press("Enter");
  await expect(page.locator("#allocations-gemeente-leidt")).toBeVisible();

  // Focus order follows the page: the first scenario's points come before any other answer field.
  const order = [];
  for (let i = 0; i < 12 && order.length < 3; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement.id);
    if (id) order.push(id);
  }
  expect(order[0]).toBe("allocations-gemeente-leidt");
  await page.keyboard.type("100");
  // Enter in a field means "review", not a language switch.
  await page.keyboard.press("Enter");
  await expect(page.locator("table.mienskip-summary")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByRole("button", { name: "Versturen" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Bedankt!");
});
