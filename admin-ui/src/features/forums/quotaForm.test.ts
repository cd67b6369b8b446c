import { describe, expect, it } from "vitest";
import { boundJson, categorySums, emptyCategory, newForumQuotaForm, panelSizeJson, quotaCategoriesJson, quotaFormFrom, wholeNumber } from "./quotaForm";

const gender = { name: "Geslacht", values: [{ value: "vrouw", min: 11, max: 13 }, { value: "man", min: 10, max: 12 }] };

describe("the quota form", () => {
  it("gives back the quotas it was made from", () => {
    const form = quotaFormFrom([gender], 24);
    expect(form.panelSize).toBe("24");
    expect(form.categories[0].values[1]).toMatchObject({ value: "man", min: "10", max: "12" });
    expect(quotaCategoriesJson(form)).toEqual([gender]);
    expect(panelSizeJson(form)).toBe(24);
  });

  it("trims names and numbers as typed", () => {
    const form = quotaFormFrom([gender], 24);
    form.categories[0].name = "  Geslacht ";
    form.categories[0].values[0] = { ...form.categories[0].values[0], value: " vrouw", min: " 9 " };
    expect(quotaCategoriesJson(form)[0]).toEqual({ name: "Geslacht", values: [{ value: "vrouw", min: 9, max: 13 }, gender.values[1]] });
  });

  it("sends what is no whole number as typed, for the server to refuse at its field", () => {
    expect(wholeNumber("12")).toBe(12);
    expect(wholeNumber("1,5")).toBe("1,5");
    expect(wholeNumber("-3")).toBe("-3");
    expect(wholeNumber("")).toBe("");
    const form = quotaFormFrom([gender], 24);
    form.categories[0].values[0].max = "twaalf";
    expect(quotaCategoriesJson(form)[0].values[0].max).toBe("twaalf");
  });

  it("starts new forums with two categories and no numbers that could read as advice", () => {
    const form = newForumQuotaForm();
    expect(form.categories.map((c) => c.name)).toEqual(["Leeftijd", "Geslacht"]);
    expect(form.panelSize).toBe("");
    expect(form.categories.flatMap((c) => c.values.flatMap((v) => [v.min, v.max]))).toEqual(Array(10).fill(""));
    // New rows get their own keys, so React keeps each input's state with its row.
    const keys = [...form.categories.map((c) => c.key), ...form.categories.flatMap((c) => c.values.map((v) => v.key)), emptyCategory().key];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("reads an empty bound as no bound: a minimum of 0, a maximum of the whole panel", () => {
    const form = newForumQuotaForm();
    form.panelSize = "24";
    form.categories[1].values[0].min = "11";
    expect(quotaCategoriesJson(form)[1].values).toEqual([
      { value: "vrouw", min: 11, max: 24 },
      { value: "man", min: 0, max: 24 },
    ]);
    expect(categorySums(form)).toEqual([
      { minSum: 0, maxSum: 72, conflict: null },
      { minSum: 11, maxSum: 48, conflict: null },
    ]);
    expect(boundJson("", "max", "")).toBe("");  // no panel size yet: the server names the field
    expect(boundJson(" 7 ", "max", "24")).toBe(7);
  });
});

describe("the sums checked while typing", () => {
  it("adds each category's minimums and maximums and holds them against the panel", () => {
    expect(categorySums(quotaFormFrom([gender], 22))).toEqual([{ minSum: 21, maxSum: 25, conflict: null }]);
    expect(categorySums(quotaFormFrom([gender], 21))).toEqual([{ minSum: 21, maxSum: 25, conflict: null }]);
    expect(categorySums(quotaFormFrom([gender], 25))).toEqual([{ minSum: 21, maxSum: 25, conflict: null }]);
    expect(categorySums(quotaFormFrom([gender], 20))).toEqual([{ minSum: 21, maxSum: 25, conflict: "too_many_minimums" }]);
    expect(categorySums(quotaFormFrom([gender], 26))).toEqual([{ minSum: 21, maxSum: 25, conflict: "too_few_maximums" }]);
  });

  it("claims nothing while a number is half typed", () => {
    const form = quotaFormFrom([gender, { name: "Dorp", values: [{ value: "Bolsward", min: 1, max: 30 }] }], 24);
    form.categories[0].values[1].min = "1x";
    expect(categorySums(form)).toEqual([null, { minSum: 1, maxSum: 30, conflict: null }]);
    form.panelSize = "2x";
    expect(categorySums(form)[1]).toEqual({ minSum: 1, maxSum: 30, conflict: null });
  });
});
