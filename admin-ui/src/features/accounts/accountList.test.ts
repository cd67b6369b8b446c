import { describe, expect, it } from "vitest";
import { testAccount } from "./api/testAccount";
import { sortAccounts, withAccount, withoutAccount } from "./accountList";

const account = testAccount;

describe("the accounts list", () => {
  it("is sorted by e-mail address, case ignored", () => {
    const sorted = sortAccounts([account(1, "piet@x.nl"), account(2, "Anna@x.nl"), account(3, "jan@x.nl")]);
    expect(sorted.map((a) => a.email)).toEqual(["Anna@x.nl", "jan@x.nl", "piet@x.nl"]);
  });

  it("takes an action's answer in place of the account, or adds a new one in its place", () => {
    const list = [account(1, "anna@x.nl"), account(2, "piet@x.nl")];
    expect(withAccount(list, account(2, "piet@x.nl", { status: "disabled" }))).toEqual([account(1, "anna@x.nl"), account(2, "piet@x.nl", { status: "disabled" })]);
    expect(withAccount(list, account(3, "jan@x.nl")).map((a) => a.id)).toEqual([1, 3, 2]);
    expect(list).toHaveLength(2);
  });

  it("leaves out a removed account", () => {
    expect(withoutAccount([account(1, "anna@x.nl"), account(2, "piet@x.nl")], 1).map((a) => a.id)).toEqual([2]);
  });
});
