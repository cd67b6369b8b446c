import { describe, expect, it } from "vitest";
import { roleTextKey } from "./roles";
import { translate } from "./text";
import { commonTexts } from "./texts";

describe("a municipality-wide role in words", () => {
  it("names each role, also none at all", () => {
    const word = (role: Parameters<typeof roleTextKey>[0], language: "nl" | "en") => translate(commonTexts, language, roleTextKey(role));
    expect(word("admin", "nl")).toBe("beheerder");
    expect(word("analyst", "nl")).toBe("analist");
    expect(word("none", "nl")).toBe("geen vaste rol");
    expect(word("none", "en")).toBe("no municipality-wide role");
  });
});
