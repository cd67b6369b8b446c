import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/http";
import { errorsByField, fieldErrorText, fieldErrorsOf, fieldId, quotaFieldPaths, registerProblemsOf, unplacedErrors } from "./fieldErrors";
import { quotaFormFrom } from "./quotaForm";

const minAboveMax = { field: "categories[0].values[1].min", code: "min_above_max", message: "Geslacht: man has min 14 above max 12." };

describe("the server's field errors on the screen", () => {
  it("reads them from a 422 answer and from nothing else", () => {
    const refused = new ApiError(422, "invalid_forum", "The forum is not valid.", { code: "invalid_forum", fields: [minAboveMax] });
    expect(fieldErrorsOf(refused)).toEqual([minAboveMax]);
    expect(fieldErrorsOf(new ApiError(409, "forum_exists", "taken"))).toEqual([]);
    expect(fieldErrorsOf(new Error("boom"))).toEqual([]);
  });

  it("names the input of each field path", () => {
    expect(fieldId("new-forum", "categories[0].values[1].min")).toBe("new-forum-categories-0-values-1-min");
    expect(fieldId("quotas", "panel_size")).toBe("quotas-panel_size");
    expect(fieldId("quotas", "categories[2]")).toBe("quotas-categories-2");
    expect(fieldId("quotas", "")).toBe("quotas");
  });

  it("groups errors by field, keeping several on one field", () => {
    const other = { field: minAboveMax.field, code: "too_large", message: "at most 1000" };
    const byField = errorsByField([minAboveMax, other, { field: "slug", code: "invalid_slug", message: "x" }]);
    expect(byField.get(minAboveMax.field)).toEqual([minAboveMax, other]);
    expect(byField.get("slug")?.length).toBe(1);
    expect(byField.get("name")).toBeUndefined();
  });

  it("knows which paths the quota editor shows, and lists the others apart", () => {
    const form = quotaFormFrom([{ name: "Geslacht", values: [{ value: "vrouw", min: 1, max: 2 }, { value: "man", min: 1, max: 2 }] }], 3);
    const paths = quotaFieldPaths(form);
    expect(paths).toContain("categories[0].values[1].min");
    expect(paths).toContain("categories[0].values");
    expect(paths).not.toContain("categories[0].values[2].min");
    const stray = { field: "colour", code: "unknown_field", message: "'colour' is not a setting of a burgerforum." };
    const whole = { field: "", code: "not_object", message: "Send the forum as a JSON object." };
    expect(unplacedErrors([minAboveMax, stray, whole], paths)).toEqual([stray, whole]);
  });

  it("says known problems in Dutch, with the server's words where they hold the limit", () => {
    expect(fieldErrorText(minAboveMax, "nl")).toBe("Het minimum is groter dan het maximum.");
    expect(fieldErrorText(minAboveMax, "en")).toBe(minAboveMax.message);
    expect(fieldErrorText({ field: "count", code: "too_large", message: "The register has 200 rows." }, "nl")).toBe(
      "Dit getal is te groot. The register has 200 rows.",
    );
    expect(fieldErrorText({ field: "x", code: "something_new", message: "New problem." }, "nl")).toBe("New problem.");
  });

  it("reads a refused register's problems with their total", () => {
    const problems = [{ row: 7, column: "id", message: "the id is also on row 3" }];
    expect(registerProblemsOf(new ApiError(422, "invalid_register", "m", { problems, problem_count: 140 }))).toEqual({ problems, count: 140 });
    expect(registerProblemsOf(new ApiError(422, "invalid_register", "m", { problems }))).toEqual({ problems, count: 1 });
    expect(registerProblemsOf(new ApiError(422, "csv_malformed", "a quote is not closed"))).toBeNull();
  });
});
