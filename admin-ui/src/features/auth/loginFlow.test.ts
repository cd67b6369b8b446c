import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/http";
import { afterLoginRefusal, loginErrorWording } from "./loginFlow";

const refusal = (status: number, code: string) => new ApiError(status, code, "English words from the server.");

describe("a refused login", () => {
  it("asks for the code in a second step when the password is right, without an error", () => {
    expect(afterLoginRefusal("password", refusal(401, "two_factor_required"))).toEqual({ step: "code", error: null, clearPassword: false, clearCode: true });
  });

  it("keeps the second step open after a wrong or used code, with the code emptied", () => {
    const wrong = refusal(422, "invalid_two_factor_code");
    expect(afterLoginRefusal("code", wrong)).toEqual({ step: "code", error: wrong, clearPassword: false, clearCode: true });
  });

  it("goes back to the first step when the password is refused, forgetting it only at the second", () => {
    const refused = refusal(401, "invalid_credentials");
    expect(afterLoginRefusal("password", refused)).toMatchObject({ step: "password", error: refused, clearPassword: false });
    expect(afterLoginRefusal("code", refused)).toMatchObject({ step: "password", error: refused, clearPassword: true, clearCode: true });
  });

  it("stays where it is for anything else", () => {
    const busy = refusal(429, "too_many_requests");
    expect(afterLoginRefusal("code", busy)).toEqual({ step: "code", error: busy, clearPassword: false, clearCode: false });
    expect(afterLoginRefusal("password", new Error("offline"))).toMatchObject({ step: "password", clearPassword: false });
  });

  it("is worded in Dutch, the lock after wrong codes included", () => {
    expect(loginErrorWording(refusal(422, "invalid_two_factor_code"), "nl")).toEqual({
      text: "De code klopt niet of is al gebruikt. Na 5 foute pogingen op rij wordt het account 15 minuten geblokkeerd.",
    });
    expect(loginErrorWording(refusal(401, "invalid_credentials"), "nl")?.text).toMatch(/^Het e-mailadres of het wachtwoord klopt niet/);
    expect(loginErrorWording(refusal(429, "too_many_requests"), "en")?.text).toMatch(/^Too many failed attempts/);
    expect(loginErrorWording(refusal(500, "internal_error"), "nl")).toBeUndefined();
  });
});
