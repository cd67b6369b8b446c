import { describe, expect, it } from "vitest";
import { isAppCode, isRecoveryCode, normaliseTwoFactorCode, twoFactorCodeProblem } from "./twoFactorCode";

describe("a typed two-factor code", () => {
  it("loses the spaces and the dash an app shows in the middle", () => {
    expect(normaliseTwoFactorCode(" 123 456 ")).toBe("123456");
    expect(normaliseTwoFactorCode("123-456")).toBe("123456");
    expect(normaliseTwoFactorCode("123456")).toBe("123456");
  });

  it("reads a recovery code as printed, whatever the case, dashes or spaces", () => {
    expect(normaliseTwoFactorCode("abcd-efgh-jkmn-pqrs")).toBe("abcd-efgh-jkmn-pqrs");
    expect(normaliseTwoFactorCode("ABCD-EFGH-JKMN-PQRS")).toBe("abcd-efgh-jkmn-pqrs");
    expect(normaliseTwoFactorCode("abcd efgh jkmn pqrs")).toBe("abcd-efgh-jkmn-pqrs");
    expect(normaliseTwoFactorCode("abcdefghjkmnpq23")).toBe("abcd-efgh-jkmn-pq23");
  });

  it("leaves anything else as typed, without spaces", () => {
    expect(normaliseTwoFactorCode("12 34 5")).toBe("12345");
    expect(normaliseTwoFactorCode("Abc-d")).toBe("Abc-d");
  });

  it("tells an app code from a recovery code", () => {
    expect(isAppCode("123 456")).toBe(true);
    expect(isAppCode("12345")).toBe(false);
    expect(isAppCode("1234567")).toBe(false);
    expect(isRecoveryCode("Abcd-efgh-jkmn-pqrs")).toBe(true);
    expect(isRecoveryCode("abcd-efgh-jkmn")).toBe(false);
    expect(isRecoveryCode("123456")).toBe(false);
  });

  it("is sent only when it has the shape of a code that can work", () => {
    expect(twoFactorCodeProblem("  ", { recovery: true })).toBe("codeRequired");
    expect(twoFactorCodeProblem("123 456", { recovery: false })).toBeUndefined();
    expect(twoFactorCodeProblem("12345", { recovery: true })).toBe("codeShape");
    expect(twoFactorCodeProblem("abcd-efgh-jkmn-pqrs", { recovery: true })).toBeUndefined();
    expect(twoFactorCodeProblem("abcd-efgh-jkmn-pqrs", { recovery: false })).toBe("codeShape");
  });
});
