import { describe, expect, it } from "vitest";
import type { Recruitment } from "./api/types";
import { recruitmentSentence, responseText, stratumRows } from "./recruitment";

const total = { letters: 1000, volunteers: 150, withdrawn: 2, response_rate: 0.15 };

const byPlace: Recruitment = {
  stratify_by: "woonplaats",
  total,
  strata: [
    { stratum: "Wommels", letters: 120, volunteers: 9, withdrawn: 0, response_rate: 0.075, below_total: true },
    { stratum: "Snits", letters: 500, volunteers: 80, withdrawn: 1, response_rate: 0.16, below_total: false },
    { stratum: "Boalsert", letters: 380, volunteers: 61, withdrawn: 1, response_rate: 61 / 380, below_total: false },
  ],
};

describe("the response to the letters", () => {
  it("says the totals in one sentence, with the withdrawals when there are any", () => {
    expect(recruitmentSentence(total, "nl")).toBe("150 van de 1.000 brieven zijn beantwoord (15,0%); 2 aanmelders hebben zich teruggetrokken.");
    expect(recruitmentSentence(total, "en")).toBe("150 of the 1,000 letters have been answered (15.0%); 2 volunteers have withdrawn.");
    expect(recruitmentSentence({ ...total, withdrawn: 0 }, "nl")).toBe("150 van de 1.000 brieven zijn beantwoord (15,0%).");
    expect(recruitmentSentence({ ...total, withdrawn: 0 }, "en")).toBe("150 of the 1,000 letters have been answered (15.0%).");
  });

  it("agrees with its counts", () => {
    expect(recruitmentSentence({ letters: 1, volunteers: 1, withdrawn: 1, response_rate: 1 }, "nl")).toBe(
      "1 van de 1 brief is beantwoord (100,0%); 1 aanmelder heeft zich teruggetrokken.",
    );
    expect(recruitmentSentence({ letters: 1, volunteers: 1, withdrawn: 1, response_rate: 1 }, "en")).toBe(
      "1 of the 1 letter has been answered (100.0%); 1 volunteer has withdrawn.",
    );
    expect(recruitmentSentence({ letters: 300, volunteers: 0, withdrawn: 0, response_rate: 0 }, "nl")).toBe("0 van de 300 brieven zijn beantwoord (0,0%).");
  });

  it("writes a response as a percentage with one decimal", () => {
    expect(responseText(0.075, "nl")).toBe("7,5%");
    expect(responseText(0.075, "en")).toBe("7.5%");
    expect(responseText(9 / 120, "nl")).toBe("7,5%");
    expect(responseText(0.16, "nl")).toBe("16,0%");
    expect(responseText(1 / 3, "nl")).toBe("33,3%");
    expect(responseText(0.00049, "nl")).toBe("0,0%");
  });

  it("gives the strata's rows in the server's order, saying which lag behind the whole", () => {
    expect(stratumRows(byPlace, "nl")).toEqual([
      { key: "Wommels", cells: ["Wommels", "120", "9", "7,5%", "lager"] },
      { key: "Snits", cells: ["Snits", "500", "80", "16,0%", "gelijk of hoger"] },
      { key: "Boalsert", cells: ["Boalsert", "380", "61", "16,1%", "gelijk of hoger"] },
    ]);
    expect(stratumRows(byPlace, "en")[0].cells).toEqual(["Wommels", "120", "9", "7.5%", "lower"]);
    expect(stratumRows({ ...byPlace, strata: [{ ...byPlace.strata[1], letters: 1500 }] }, "nl")[0].cells[1]).toBe("1.500");
  });
});
