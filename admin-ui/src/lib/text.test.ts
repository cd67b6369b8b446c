import { describe, expect, it } from "vitest";
import { inconsistentEntries } from "./catalogueCheck";
import { countedNoun, translate, translator, type Catalogue, type Translate } from "./text";

const catalogue = {
  imported: {
    nl: { one: "{count} vrijwilliger geïmporteerd.", other: "{count} vrijwilligers geïmporteerd." },
    en: { one: "{count} volunteer imported.", other: "{count} volunteers imported." },
  },
  signUpClosedSince: { nl: "Gesloten sinds {moment} (door {who}).", en: "Closed since {moment} (by {who})." },
  greeting: { nl: "Hallo", en: "Hello" },
} satisfies Catalogue;

describe("t()", () => {
  it("chooses the Dutch plural form by count", () => {
    const t = translator(catalogue, "nl");
    expect(t("imported", { count: 1 })).toBe("1 vrijwilliger geïmporteerd.");
    expect(t("imported", { count: 0 })).toBe("0 vrijwilligers geïmporteerd.");
    expect(t("imported", { count: 2 })).toBe("2 vrijwilligers geïmporteerd.");
  });

  it("chooses the English plural form by count", () => {
    const t = translator(catalogue, "en");
    expect(t("imported", { count: 1 })).toBe("1 volunteer imported.");
    expect(t("imported", { count: 3 })).toBe("3 volunteers imported.");
  });

  it("writes numbers the language's way", () => {
    expect(translate(catalogue, "nl", "imported", { count: 12345 })).toBe("12.345 vrijwilligers geïmporteerd.");
    expect(translate(catalogue, "en", "imported", { count: 12345 })).toBe("12,345 volunteers imported.");
  });

  it("fills named placeholders, in any order", () => {
    const t = translator(catalogue, "nl");
    expect(t("signUpClosedSince", { who: "a@b.nl", moment: "1 dec 2026, 10:00" })).toBe("Gesloten sinds 1 dec 2026, 10:00 (door a@b.nl).");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(translate(catalogue, "en", "signUpClosedSince", { moment: "today" })).toBe("Closed since today (by {who}).");
  });

  it("takes the general form of a plural entry when no count is given", () => {
    expect(translate(catalogue, "nl", "imported")).toBe("{count} vrijwilligers geïmporteerd.");
  });

  it("returns a plain entry as it is", () => {
    expect(translate(catalogue, "en", "greeting")).toBe("Hello");
  });

  it("puts a count before its noun in the singular or the plural", () => {
    const seats = { seatCount: countedNoun(["zetel", "zetels"], ["seat", "seats"]) } satisfies Catalogue;
    expect(translate(seats, "nl", "seatCount", { count: 1 })).toBe("1 zetel");
    expect(translate(seats, "nl", "seatCount", { count: 1000 })).toBe("1.000 zetels");
    expect(translate(seats, "en", "seatCount", { count: 0 })).toBe("0 seats");
  });

  // A key the catalogue does not have is refused at compile time, not here: tsc (npm run build)
  // fails if this line compiles. The call is never made, so vitest checks nothing about it.
  const misspelt = (t: Translate<typeof catalogue>) =>
    // @ts-expect-error: "greting" is not a key of the catalogue.
    t("greting");
  void misspelt;
});

describe("the catalogue check", () => {
  it("names an entry whose languages take different values or only one has plurals", () => {
    expect(
      inconsistentEntries({
        fine: { nl: "{id} weg", en: "{id} gone" },
        values: { nl: "{id} weg", en: "{name} gone" },
        plural: { nl: { one: "1 rij", other: "{count} rijen" }, en: "{count} rows" },
      }),
    ).toEqual(["values: {id} in Dutch, {name} in English", "plural: plural in one language only"]);
  });
});
