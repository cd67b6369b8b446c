import { describe, expect, it } from "vitest";
import { defaultResultsOptions, formFromOptions, parseResultsParams, readResultsForm, resultsParams, resultsQuery } from "./resultsOptions";

const all = ["age", "gender", "area"];

describe("results options", () => {
  it("leaves the defaults out of the query", () => {
    expect(resultsQuery(defaultResultsOptions)).toBe("");
    expect(resultsParams(defaultResultsOptions)).toEqual({});
  });

  it("writes variables, bounds and breakdown as the API takes them", () => {
    const options = { variables: ["age", "gender"], bounds: { lower: 0.3, upper: 3 }, by: "area" };
    expect(resultsQuery(options)).toBe("?variables=age,gender&bounds=0.3,3&by=area");
    expect(resultsQuery({ ...defaultResultsOptions, by: "a&b" })).toBe("?by=a%26b");
  });

  it("reads back what it wrote, and ignores bounds that do not read", () => {
    const options = { variables: ["age"], bounds: { lower: 0.25, upper: 4 }, by: "area" };
    expect(parseResultsParams(resultsParams(options))).toEqual(options);
    expect(parseResultsParams({ bounds: "0.3" })).toEqual(defaultResultsOptions);
    expect(parseResultsParams({ bounds: "x,3", variables: "" })).toEqual(defaultResultsOptions);
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
