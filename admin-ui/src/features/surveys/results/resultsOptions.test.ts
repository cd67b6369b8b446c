import { describe, expect, it } from "vitest";
import {
  defaultResultsOptions,
  exploring,
  formFromOptions,
  optionsFromSettings,
  parseResultsParams,
  readResultsForm,
  resultsParams,
  resultsQuery,
  settingsFromOptions,
} from "./resultsOptions";

const all = ["age", "gender", "area"];

describe("results options", () => {
  it("writes all three options, empty for none, so that they replace the saved settings", () => {
    expect(resultsParams(defaultResultsOptions, all)).toEqual({ variables: "age,gender,area", bounds: "", by: "" });
    const options = { variables: ["age", "gender"], bounds: { lower: 0.3, upper: 3 }, by: "area" };
    expect(resultsQuery(resultsParams(options, all))).toBe("?variables=age,gender&bounds=0.3,3&by=area");
    expect(resultsQuery(resultsParams(defaultResultsOptions, all))).toBe("?variables=age,gender,area&bounds=&by=");
    expect(resultsQuery(resultsParams({ ...defaultResultsOptions, by: "a&b" }, all))).toBe("?variables=age,gender,area&bounds=&by=a%26b");
  });

  it("asks for the saved settings when the address has no options of its own", () => {
    expect(resultsQuery({})).toBe("");
    expect(exploring({})).toBe(false);
    expect(exploring({ by: "" })).toBe(true);
    expect(resultsQuery({ tab: "x" } as Record<string, string>)).toBe("");
  });

  it("reads back what it wrote, and ignores bounds that do not read", () => {
    const options = { variables: ["age"], bounds: { lower: 0.25, upper: 4 }, by: "area" };
    expect(parseResultsParams(resultsParams(options, all))).toEqual(options);
    expect(parseResultsParams(resultsParams(defaultResultsOptions, all))).toEqual({ ...defaultResultsOptions, variables: all });
    expect(parseResultsParams({ bounds: "0.3" })).toEqual(defaultResultsOptions);
    expect(parseResultsParams({ bounds: "x,3", variables: "" })).toEqual(defaultResultsOptions);
  });

  it("turns saved settings into options and back", () => {
    const saved = { variables: ["age"], bounds: [0.3, 3] as [number, number], by: null };
    expect(optionsFromSettings(saved)).toEqual({ variables: ["age"], bounds: { lower: 0.3, upper: 3 }, by: null });
    expect(settingsFromOptions(optionsFromSettings(saved))).toEqual(saved);
    expect(settingsFromOptions(defaultResultsOptions)).toEqual({ variables: null, bounds: null, by: null });
  });

  it("starts the form with every variable chosen and no bounds", () => {
    expect(formFromOptions(defaultResultsOptions, all)).toEqual({ variables: all, lower: "", upper: "", by: "" });
    expect(formFromOptions({ variables: ["age"], bounds: { lower: 0.3, upper: 3 }, by: "area" }, all)).toEqual({
      variables: ["age"],
      lower: "0.3",
      upper: "3",
      by: "area",
    });
    expect(formFromOptions({ variables: null, bounds: { lower: 0.3, upper: 3.5 }, by: null }, all, "nl")).toMatchObject({ lower: "0,3", upper: "3,5" });
  });

  it("sends no variables list when all are chosen, and keeps the margins' order", () => {
    expect(readResultsForm({ variables: ["area", "gender", "age"], lower: "", upper: "", by: "" }, all)).toEqual({ options: defaultResultsOptions });
    expect(readResultsForm({ variables: ["area", "age"], lower: "0,3", upper: "3", by: "gender" }, all)).toEqual({
      options: { variables: ["age", "area"], bounds: { lower: 0.3, upper: 3 }, by: "gender" },
    });
  });

  it("refuses an empty choice of variables and bounds that cannot hold", () => {
    expect(readResultsForm({ variables: [], lower: "", upper: "", by: "" }, all)).toEqual({ errors: { variables: "resultsNeedVariable" } });
    expect(readResultsForm({ variables: all, lower: "0,3", upper: "", by: "" }, all)).toEqual({ errors: { upper: "boundsBoth" } });
    expect(readResultsForm({ variables: all, lower: "1,2", upper: "drie", by: "" }, all)).toEqual({
      errors: { lower: "lowerBoundRange", upper: "notANumber" },
    });
    expect(readResultsForm({ variables: all, lower: "0", upper: "1", by: "" }, all)).toEqual({
      errors: { lower: "lowerBoundRange", upper: "upperBoundRange" },
    });
  });
});
