import { describe, expect, it } from "vitest";
import { codesFileName, readCodeCount } from "./CodesTab";

describe("asking for codes", () => {
  it("takes whole numbers from 1 to 100,000 only", () => {
    expect(readCodeCount(" 2000 ")).toBe(2000);
    expect(readCodeCount("100000")).toBe(100000);
    expect(readCodeCount("100001")).toBeNull();
    expect(readCodeCount("0")).toBeNull();
    expect(readCodeCount("2.000")).toBeNull();
    expect(readCodeCount("-5")).toBeNull();
    expect(readCodeCount("")).toBeNull();
  });

  it("names the file after the survey", () => {
    expect(codesFileName("energie-2027")).toBe("codes-energie-2027.csv");
  });
});
