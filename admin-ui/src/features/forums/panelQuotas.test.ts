import { describe, expect, it } from "vitest";
import type { PanelMember } from "./api/types";
import { panelAgainstQuotas } from "./panelQuotas";

const member = (id: string, gender: string, status: PanelMember["status"] = "member"): PanelMember => ({
  id,
  answers: { Geslacht: gender },
  name: null,
  email: null,
  phone: null,
  status,
  seat_status: "selected",
  seat_history: [],
});

describe("the panel against the quotas", () => {
  it("counts those seated now, alternates in and dropouts out, against each quota", () => {
    const rows = panelAgainstQuotas(
      [{ name: "Geslacht", values: [{ value: "vrouw", min: 2, max: 3 }, { value: "man", min: 1, max: 1 }] }],
      [member("V0001", "vrouw"), member("V0002", "vrouw", "dropout"), member("V0003", "vrouw", "alternate"), member("V0004", "man"), member("V0005", "man")],
    );
    expect(rows).toEqual([
      { category: "Geslacht", value: "vrouw", min: 2, max: 3, seated: 2, within: true },
      { category: "Geslacht", value: "man", min: 1, max: 1, seated: 2, within: false },
    ]);
  });
});
