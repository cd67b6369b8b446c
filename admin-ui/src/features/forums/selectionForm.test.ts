import { describe, expect, it } from "vitest";
import { parseLotteryNumber, ticketRange } from "./selectionForm";

describe("parseLotteryNumber", () => {
  it("reads whole numbers from 0 to 999, with leading zeros and spaces", () => {
    expect(parseLotteryNumber("417")).toBe(417);
    expect(parseLotteryNumber(" 007 ")).toBe(7);
    expect(parseLotteryNumber("0")).toBe(0);
    expect(parseLotteryNumber("999")).toBe(999);
  });
  it("refuses anything else", () => {
    for (const typed of ["", "1000", "-1", "4.5", "41 7", "abc", "0x10"]) expect(parseLotteryNumber(typed)).toBeNull();
  });
});

describe("ticketRange", () => {
  it("writes three-digit ticket numbers, a single ticket once", () => {
    expect(ticketRange(14, 18)).toBe("014–018");
    expect(ticketRange(0, 13)).toBe("000–013");
    expect(ticketRange(167, 167)).toBe("167");
    expect(ticketRange(999, 999)).toBe("999");
  });
});
