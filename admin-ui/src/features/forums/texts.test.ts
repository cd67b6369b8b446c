import { describe, expect, it } from "vitest";
import { inconsistentEntries } from "../../lib/catalogueCheck";
import { translator } from "../../lib/text";
import { forumTexts } from "./texts";

describe("the burgerforums' words", () => {
  it("agree with their counts", () => {
    const nl = translator(forumTexts, "nl");
    expect(nl("imported", { count: 1 })).toBe("1 vrijwilliger geïmporteerd.");
    expect(nl("importRefused", { count: 1 })).toMatch(/^Niemand geïmporteerd: het bestand heeft 1 fout\. /);
    expect(nl("stateDrawn", { count: 1 })).toBe("Geloot: 1 uitnodiging");
    expect(nl("stateDrawn", { count: 1200 })).toBe("Geloot: 1.200 uitnodigingen");
    expect(
      nl("volunteersSummary", {
        volunteers: nl("volunteerCount", { count: 1 }),
        invitations: nl("invitationCount", { count: 300 }),
        withdrawn: 0,
      }),
    ).toBe("1 vrijwilliger op 300 uitnodigingen (0 afgemeld).");
    const en = translator(forumTexts, "en");
    expect(en("contactsDeleted", { volunteers: en("volunteerCount", { count: 2 }), members: en("panelMemberCount", { count: 1 }) })).toBe(
      "The details of 2 volunteers have been deleted; those of 1 panel member stay.",
    );
  });

  it("take the same values in Dutch and English", () => {
    expect(inconsistentEntries(forumTexts)).toEqual([]);
  });
});
