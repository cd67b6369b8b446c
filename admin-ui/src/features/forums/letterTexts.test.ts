import { describe, expect, it } from "vitest";
import { allowanceOf, inputsAfter, meetingInputs, meetingsOf, withFact, withText } from "./letterTexts";
import { fieldErrorText } from "./fieldErrors";
import type { LetterTextsDraft } from "./api/types";

const draft: LetterTextsDraft = {
  facts: { reply_by: null, phone: "", email: "", meetings: ["2027-03-06"], allowance_euros: null },
  texts: {
    nl: { forum_name: "Burgerforum", body: "Tekst", signature: "B&W" },
    fy: { forum_name: "Boargerforum", body: "Tekst", signature: "B&W" },
    en: { forum_name: "Assembly", body: "Text", signature: "Executive" },
  },
};

describe("the letters' texts as staff edit them", () => {
  it("always offer one empty date input after the meetings", () => {
    expect(meetingInputs([])).toEqual([""]);
    expect(meetingInputs(["2027-03-06"])).toEqual(["2027-03-06", ""]);
  });

  it("keep each date input in its place while staff type, with an empty one at the end", () => {
    const inputs = meetingInputs(["2027-03-06", "2027-03-20"]);
    const added = inputsAfter(inputs, 2, "2027-02-01");
    expect(added).toEqual(["2027-03-06", "2027-03-20", "2027-02-01", ""]);
    expect(meetingsOf(added)).toEqual(["2027-03-06", "2027-03-20", "2027-02-01"]);
    const emptied = inputsAfter(added, 0, "");
    expect(emptied).toEqual(["", "2027-03-20", "2027-02-01", ""]);
    expect(meetingsOf(emptied)).toEqual(["2027-03-20", "2027-02-01"]);
  });

  it("read the allowance as a number or nothing", () => {
    expect(allowanceOf("")).toBeNull();
    expect(allowanceOf(" 150 ")).toBe(150);
    expect(allowanceOf("1.5")).toBe(1.5);
    expect(allowanceOf("abc")).toBeNull();
  });

  it("change one fact or one language and leave the rest", () => {
    const next = withText(withFact(draft, "phone", "14 0515"), "fy", { body: "Nije tekst" });
    expect(next.facts.phone).toBe("14 0515");
    expect(next.facts.meetings).toEqual(["2027-03-06"]);
    expect(next.texts.fy).toEqual({ forum_name: "Boargerforum", body: "Nije tekst", signature: "B&W" });
    expect(next.texts.nl).toBe(draft.texts.nl);
    expect(draft.facts.phone).toBe("");
  });

  it("word the server's refusals in Dutch, the limit included", () => {
    const tooLong = { field: "texts.nl.body", code: "too_long", message: "The letter's text is longer than 4,000 characters." };
    expect(fieldErrorText(tooLong, "nl")).toBe("Deze tekst is te lang: hoogstens 4.000 tekens.");
    expect(fieldErrorText(tooLong, "en")).toBe(tooLong.message);
    const placeholder = { field: "texts.fy.body", code: "unknown_placeholder", message: "{datum} is not a placeholder." };
    expect(fieldErrorText(placeholder, "nl")).not.toMatch(/placeholder/);
  });
});
