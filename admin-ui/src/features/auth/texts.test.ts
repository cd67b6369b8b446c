import { describe, expect, it } from "vitest";
import { inconsistentEntries } from "../../lib/catalogueCheck";
import { englishWords } from "../../testing/dutchScreens";
import { authTexts } from "./texts";

// As the browser tests look for them on a Dutch screen: English words that are never Dutch.

describe("the login's words", () => {
  it("take the same values in Dutch and English", () => {
    expect(inconsistentEntries(authTexts)).toEqual([]);
  });

  it("have no English words in Dutch", () => {
    const dutch = Object.entries(authTexts).flatMap(([key, entry]) => (typeof entry.nl === "string" ? [entry.nl] : Object.values(entry.nl)).map((text) => [key, text]));
    expect(dutch.filter(([, text]) => englishWords.test(text))).toEqual([]);
  });
});
