import { describe, expect, it } from "vitest";
import { mayManageSurvey } from "./surveyRights";

describe("what the account may do on a survey", () => {
  it("manages a survey whose may says so, and only then", () => {
    expect(mayManageSurvey({ may: ["read", "manage"] })).toBe(true);
    expect(mayManageSurvey({ may: ["read"] })).toBe(false);
    expect(mayManageSurvey({ may: [] })).toBe(false);
  });

  it("manages nothing while the survey is not known", () => {
    expect(mayManageSurvey(null)).toBe(false);
    expect(mayManageSurvey(undefined)).toBe(false);
  });
});
