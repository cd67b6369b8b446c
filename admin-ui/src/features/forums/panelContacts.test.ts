import { describe, expect, it } from "vitest";
import type { PanelContact } from "./api/types";
import { callList, contactRows, memberStatusText, telHref } from "./panelContacts";

const contact = (id: string, name: string | null, email: string | null, phone: string | null, status: PanelContact["status"]): PanelContact => ({
  id,
  name,
  email,
  phone,
  status,
  seat_status: status === "dropout" ? "declined" : "selected",
  seat_history: [],
});

describe("the panel for its callers", () => {
  it("lists members first, then alternates, then dropouts, in the server's order within each", () => {
    const rows = contactRows(
      [
        contact("V0003", "Sjoukje de Vries", "s@x.nl", "06-12345678", "dropout"),
        contact("V0001", "Jan Bakker", null, null, "member"),
        contact("V0007", "Anna Visser", "a@x.nl", null, "alternate"),
        contact("V0002", "Piet Smit", "p@x.nl", "0515 123456", "member"),
      ],
      "nl",
    );
    expect(rows.map((row) => row.id)).toEqual(["V0001", "V0002", "V0007", "V0003"]);
    expect(rows[0]).toEqual({ id: "V0001", name: "Jan Bakker", email: null, phone: null, status: "lid", seat: "Geselecteerd" });
    expect(rows.map((row) => row.status)).toEqual(["lid", "lid", "vervanger", "afgevallen"]);
    expect(rows.map((row) => row.seat)).toEqual(["Geselecteerd", "Geselecteerd", "Geselecteerd", "Afgezegd"]);
  });

  it("calls the panel as it is now, and keeps those replaced apart", () => {
    const { current, replaced } = callList([
      contact("V0003", null, null, null, "dropout"),
      contact("V0007", null, null, null, "alternate"),
      contact("V0001", null, null, null, "member"),
    ]);
    expect(current.map((m) => m.id)).toEqual(["V0001", "V0007"]);
    expect(replaced.map((m) => m.id)).toEqual(["V0003"]);
  });

  it("names a member whose name is not known by their number", () => {
    const [row] = contactRows([contact("V0009", null, null, null, "member")], "nl");
    expect(row.name).toBe("V0009 (naam niet bekend)");
    expect(contactRows([contact("V0009", null, null, null, "member")], "en")[0].name).toBe("V0009 (name not known)");
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
