import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/http";
import { accountErrorWording, passwordErrorWording, twoFactorErrorWording } from "./accountErrors";

const refusal = (status: number, code: string, message = "English words from the server.") => new ApiError(status, code, message);

describe("the accounts' refusals in the app's words", () => {
  it("words the last administrator, an existing account, a refused address and a gone account in Dutch", () => {
    expect(accountErrorWording(refusal(409, "last_admin"), "nl")).toEqual({ text: expect.stringMatching(/minstens één actieve beheerder/) });
    expect(accountErrorWording(refusal(409, "account_exists"), "nl")).toEqual({ text: "Er is al een account met dit e-mailadres." });
    expect(accountErrorWording(refusal(422, "invalid_email"), "nl")?.text).toMatch(/neemt dit e-mailadres niet aan/);
    expect(accountErrorWording(refusal(404, "not_found"), "nl")?.text).toMatch(/^Dit account bestaat niet meer/);
  });

  it("words a weak password by the rule it broke, in Dutch", () => {
    const rule = (name: string) => new ApiError(400, "weak_password", "English words.", { params: { rule: name } });
    expect(accountErrorWording(rule("common"), "nl")).toEqual({ text: expect.stringMatching(/^Dit wachtwoord wordt veel gebruikt/) });
    expect(passwordErrorWording(rule("too_short"), "nl")?.text).toMatch(/minstens 12 tekens/);
    expect(passwordErrorWording(rule("same_as_current"), "en")?.text).toBe("The new password must differ from the current one.");
    expect(passwordErrorWording(rule("email_name"), "nl")?.server).toBeUndefined();
  });

  it("keeps the server's reason for a weak password of a rule it does not know, after a Dutch sentence", () => {
    const weak = refusal(400, "weak_password", "A password must have at least 12 characters.");
    expect(accountErrorWording(weak, "nl")).toEqual({ text: "Dit wachtwoord is niet sterk genoeg. Melding van de server:", server: "A password must have at least 12 characters." });
    expect(passwordErrorWording(weak, "nl")?.server).toBe("A password must have at least 12 characters.");
  });

  it("words a wrong current password and too many tries on the password screen", () => {
    expect(passwordErrorWording(refusal(403, "wrong_password"), "nl")).toEqual({ text: "Uw huidige wachtwoord klopt niet." });
    expect(passwordErrorWording(refusal(429, "too_many_requests"), "en")?.text).toMatch(/^Too many attempts/);
  });

  it("words a refused task in Dutch with the server's reason after it", () => {
    const refused = refusal(422, "invalid_grant", "There is no forum 'elders'.");
    expect(accountErrorWording(refused, "nl")).toEqual({ text: "Deze taak kan niet. Melding van de server:", server: "There is no forum 'elders'." });
  });

  it("leaves every other refusal to the app's own wording", () => {
    expect(accountErrorWording(refusal(403, "csrf_failed"), "nl")).toBeUndefined();
    expect(accountErrorWording(new Error("x"), "nl")).toBeUndefined();
    expect(passwordErrorWording(refusal(404, "not_found"), "nl")).toBeUndefined();
  });

  it("words a wrong code and a set-up that no longer counts while setting up two-factor sign-in", () => {
    expect(twoFactorErrorWording(refusal(422, "invalid_two_factor_code"), "nl")?.text).toMatch(/^De code klopt niet\. Typ de code die de app nu toont/);
    expect(twoFactorErrorWording(refusal(409, "conflict"), "nl")?.text).toMatch(/^Dit instellen geldt niet meer/);
    expect(twoFactorErrorWording(refusal(409, "two_factor_enabled"), "nl")).toBeUndefined();
  });
});
