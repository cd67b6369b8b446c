import { describe, expect, it } from "vitest";
import { firstProblem, newAccountProblems, passwordChangeProblems, temporaryPasswordProblem } from "./accountForms";

describe("the new account form's checks", () => {
  it("passes a filled-in form", () => {
    expect(newAccountProblems({ email: " jan@gemeente.nl ", role: "analyst", password: "twaalf tekens" })).toEqual({});
  });

  it("asks for an e-mail address that looks like one", () => {
    expect(newAccountProblems({ email: "  ", role: "admin", password: "twaalf tekens" })).toEqual({ email: "emailRequired" });
    for (const email of ["jan", "jan@gemeente", "jan @gemeente.nl", "@gemeente.nl", "jan@@gemeente.nl"]) {
      expect(newAccountProblems({ email, role: "admin", password: "twaalf tekens" }).email).toBe("emailInvalid");
    }
  });

  it("asks for a password of at least 12 characters, counting characters rather than bytes", () => {
    expect(newAccountProblems({ email: "a@b.nl", role: "admin", password: "" }).password).toBe("passwordRequired");
    expect(newAccountProblems({ email: "a@b.nl", role: "admin", password: "elf tekens!" }).password).toBe("passwordTooShort");
    expect(newAccountProblems({ email: "a@b.nl", role: "admin", password: "twaalftekens" }).password).toBeUndefined();
    expect(newAccountProblems({ email: "a@b.nl", role: "admin", password: "ééééééééééé" }).password).toBe("passwordTooShort");
  });
});

describe("a temporary password for a forgotten one", () => {
  it("may be left out, but given must be long enough", () => {
    expect(temporaryPasswordProblem("")).toBeUndefined();
    expect(temporaryPasswordProblem("kort")).toBe("passwordTooShort");
    expect(temporaryPasswordProblem("lang genoeg hoor")).toBeUndefined();
  });
});

describe("the own password form's checks", () => {
  const good = { current: "oud wachtwoord", next: "een nieuwe lange zin", repeat: "een nieuwe lange zin" };

  it("passes a filled-in form whose new passwords agree", () => {
    expect(passwordChangeProblems(good)).toEqual({});
  });

  it("asks for the current password, a long enough new one, and the same one twice", () => {
    expect(passwordChangeProblems({ ...good, current: "" })).toEqual({ current: "currentPasswordRequired" });
    expect(passwordChangeProblems({ ...good, next: "kort", repeat: "kort" })).toEqual({ next: "passwordTooShort" });
    expect(passwordChangeProblems({ ...good, next: "", repeat: "" })).toEqual({ next: "passwordRequired" });
    expect(passwordChangeProblems({ ...good, repeat: "een nieuwe lange zin." })).toEqual({ repeat: "passwordsDiffer" });
  });

  it("names the first field with a problem in the form's order", () => {
    const problems = passwordChangeProblems({ current: "", next: "kort", repeat: "" });
    expect(firstProblem(problems, ["current", "next", "repeat"])).toBe("current");
    expect(firstProblem({}, ["current", "next", "repeat"])).toBeUndefined();
  });
});
