import { describe, expect, it } from "vitest";
import { categorySums, emptyCategory, exampleQuotaForm, panelSizeJson, quotaCategoriesJson, quotaFormFrom, wholeNumber } from "./quotaForm";

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

  it("starts new forums with two example categories that fit the panel", () => {
    const form = exampleQuotaForm();
    expect(form.categories.map((c) => c.name)).toEqual(["Leeftijd", "Geslacht"]);
    expect(categorySums(form).every((s) => s?.conflict === null)).toBe(true);
    // New rows get their own keys, so React keeps each input's state with its row.
    const keys = [...form.categories.map((c) => c.key), ...form.categories.flatMap((c) => c.values.map((v) => v.key)), emptyCategory().key];
    expect(new Set(keys).size).toBe(keys.length);
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
    form.categories[0].values[1].min = "";
    expect(categorySums(form)).toEqual([null, { minSum: 1, maxSum: 30, conflict: null }]);
    form.panelSize = "2x";
    expect(categorySums(form)[1]).toEqual({ minSum: 1, maxSum: 30, conflict: null });
  });
});
