import { describe, expect, it } from "vitest";
import { inconsistentEntries } from "../../lib/catalogueCheck";
import { englishWords } from "../../testing/dutchScreens";
import { translator } from "../../lib/text";
import { accountTexts } from "./texts";

// As the browser tests look for them on a Dutch screen: English words that are never Dutch.

describe("the accounts' words", () => {
  it("agree with their counts", () => {
    const nl = translator(accountTexts, "nl");
    expect(nl("sessionsEnded", { count: 1, email: "jan@x.nl" })).toBe("1 sessie van jan@x.nl beëindigd.");
    expect(nl("sessionsEnded", { count: 3, email: "jan@x.nl" })).toBe("3 sessies van jan@x.nl beëindigd.");
    expect(nl("sessionsOpen", { count: 1 })).toBe("Er is 1 open sessie.");
    expect(nl("sessionsOpen", { count: 2 })).toBe("Er zijn 2 open sessies.");
    const en = translator(accountTexts, "en");
    expect(en("endSessionsQuestion", { count: 1, email: "jan@x.nl" })).toMatch(/^The 1 open session of jan@x\.nl ends at once/);
  });

  it("take the same values in Dutch and English", () => {
    expect(inconsistentEntries(accountTexts)).toEqual([]);
  });

  it("have no English words in Dutch", () => {
    const dutch = Object.entries(accountTexts).flatMap(([key, entry]) =>
      (typeof entry.nl === "string" ? [entry.nl] : Object.values(entry.nl)).map((text) => `${key}: ${text}`),
    );
    expect(dutch.filter((text) => englishWords.test(text.slice(text.indexOf(":") + 1)))).toEqual([]);
  });
});
