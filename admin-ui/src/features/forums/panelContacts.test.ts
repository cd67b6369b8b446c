import { describe, expect, it } from "vitest";
import { contactRows, memberStatusText, telHref } from "./panelContacts";

describe("the panel for its callers", () => {
  it("lists members first, then alternates, then dropouts, in the server's order within each", () => {
    const rows = contactRows(
      [
        { id: "V0003", name: "Sjoukje de Vries", email: "s@x.nl", phone: "06-12345678", status: "dropout" },
        { id: "V0001", name: "Jan Bakker", email: null, phone: null, status: "member" },
        { id: "V0007", name: "Anna Visser", email: "a@x.nl", phone: null, status: "alternate" },
        { id: "V0002", name: "Piet Smit", email: "p@x.nl", phone: "0515 123456", status: "member" },
      ],
      "nl",
    );
    expect(rows.map((row) => row.id)).toEqual(["V0001", "V0002", "V0007", "V0003"]);
    expect(rows[0]).toEqual({ id: "V0001", name: "Jan Bakker", email: null, phone: null, status: "lid" });
    expect(rows.map((row) => row.status)).toEqual(["lid", "lid", "vervanger", "afgevallen"]);
  });

  it("names a member whose name is not known by their number", () => {
    const [row] = contactRows([{ id: "V0009", name: null, email: null, phone: null, status: "member" }], "nl");
    expect(row.name).toBe("V0009 (naam niet bekend)");
    expect(contactRows([{ id: "V0009", name: null, email: null, phone: null, status: "member" }], "en")[0].name).toBe("V0009 (name not known)");
  });

  it("words each status in both languages", () => {
    expect(memberStatusText("alternate", "en")).toBe("alternate");
    expect(memberStatusText("dropout", "nl")).toBe("afgevallen");
  });

  it("makes a phone number something a phone dials", () => {
    expect(telHref("06-12345678")).toBe("tel:0612345678");
    expect(telHref("+31 (0)6 1234 5678")).toBe("tel:+31612345678");
    expect(telHref("+31 6 12+34")).toBe("tel:+3161234");
    expect(telHref("0515 123 456")).toBe("tel:0515123456");
    expect(telHref("onbekend")).toBeNull();
  });
});
