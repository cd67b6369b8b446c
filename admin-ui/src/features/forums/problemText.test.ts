import { describe, expect, it } from "vitest";
import { inconsistentEntries } from "../../lib/catalogueCheck";
import { problemText, problemTexts } from "./problemText";

describe("a file's problems in the screen's language", () => {
  it("are worded from the server's code and parameters", () => {
    const unknownValue = { row: 6, column: "Geslacht", code: "unknown_value", params: { allowed: ["vrouw", "man"] }, message: "x" };
    expect(problemText(unknownValue, "nl")).toEqual({
      text: "Dit is geen van de antwoorden bij ‘Geslacht’. Mogelijk zijn: ‘vrouw’, ‘man’.",
      translated: true,
    });
    expect(problemText(unknownValue, "en").text).toBe("This is none of the answers of ‘Geslacht’. Possible are: ‘vrouw’, ‘man’.");
    const short = { row: 12, column: "", code: "field_count", params: { fields: 1, expected: 3 }, message: "x" };
    expect(problemText(short, "nl").text).toBe("Deze regel heeft 1 veld, de kopregel 3.");
    expect(problemText({ ...short, params: { fields: 2, expected: 3 } }, "nl").text).toBe("Deze regel heeft 2 velden, de kopregel 3.");
    expect(problemText({ row: 7, column: "id", code: "repeated_id", params: { first_row: 3 }, message: "x" }, "nl").text).toBe(
      "Dit id staat ook op rij 3.",
    );
    expect(
      problemText({ row: 1, column: "", code: "missing_column", params: { column: "id" }, message: "x" }, "nl").text,
    ).toBe("Het bestand heeft geen kolom ‘id’.");
    expect(problemText({ row: 15, column: "naam", code: "not_text", params: { encoding: "UTF-8" }, message: "x" }, "nl").text).toMatch(
      /^Hier staan tekens die geen UTF-8-tekst zijn/,
    );
  });

  it("fall back to the server's English for a code this app does not know", () => {
    expect(problemText({ row: 2, column: "", code: "something_new", params: {}, message: "the server's words" }, "nl")).toEqual({
      text: "the server's words",
      translated: false,
    });
    expect(problemText({ row: 2, column: "", message: "an older server" }, "nl").translated).toBe(false);
  });

  it("leave no placeholder unfilled and agree between the languages", () => {
    expect(inconsistentEntries(problemTexts)).toEqual([]);
  });
});
