import { describe, expect, it } from "vitest";
import { translator } from "../../lib/text";
import { inconsistentEntries } from "../../lib/catalogueCheck";
import { surveyTexts } from "./texts";

describe("the surveys' words", () => {
  it("agree with their counts", () => {
    const nl = translator(surveyTexts, "nl");
    expect(nl("codesMadeNow", { count: 1 })).toBe("1 code gemaakt en gedownload.");
    expect(nl("scenarioCount", { count: 1 })).toBe("1 scenario");
    expect(nl("scenarioCount", { count: 4 })).toBe("4 scenario's");
    expect(nl("pointCount", { count: 1 })).toBe("1 punt");
  });

  it("take the same values in Dutch and English", () => {
    expect(inconsistentEntries(surveyTexts)).toEqual([]);
  });
});
