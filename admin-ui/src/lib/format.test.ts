import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatInterval, formatMoment, formatNumber, formatPercent, formatSigned, parseDecimal } from "./format";

describe("numbers as staff read them", () => {
  it("writes Dutch numbers with a decimal comma and a dot between thousands", () => {
    expect(formatNumber(12.345, "nl")).toBe("12,3");
    expect(formatNumber(1234.56, "nl", 2)).toBe("1.234,56");
    expect(formatCount(12345, "nl")).toBe("12.345");
    expect(formatPercent(0.1234, "nl")).toBe("12,3%");
    expect(formatPercent(1, "nl", 0)).toBe("100%");
  });

  it("writes English numbers the British way", () => {
    expect(formatNumber(1234.56, "en", 2)).toBe("1,234.56");
    expect(formatPercent(0.1234, "en")).toBe("12.3%");
  });

  it("does not show a minus sign on a value that rounds to zero", () => {
    expect(formatNumber(-0.04, "nl")).toBe("0,0");
    expect(formatPercent(-0.0001, "nl")).toBe("0,0%");
    expect(formatNumber(-0.06, "nl")).toBe("-0,1");
  });

  it("shows the sign of a difference", () => {
    expect(formatSigned(3.21, "nl")).toBe("+3,2");
    expect(formatSigned(-3.21, "nl")).toBe("-3,2");
    expect(formatSigned(0.01, "nl")).toBe("0,0");
  });

  it("writes intervals and leaves out what is not a number", () => {
    expect(formatInterval(12.34, 15.67, "nl")).toBe("12,3 tot 15,7");
    expect(formatInterval(12.34, 15.67, "en")).toBe("12.3 to 15.7");
    expect(formatNumber(NaN, "nl")).toBe("–");
  });

  it("writes a day as that day, whatever the computer's time zone", () => {
    expect(formatDay("2026-11-29", "nl")).toBe("29 nov 2026");
    expect(formatDay("2026-11-29", "en")).toBe("29 Nov 2026");
    expect(formatDay("not a day", "nl")).toBe("not a day");
  });

  it("writes a moment in Dutch time (23:30 UTC in winter is 00:30 the next day)", () => {
    expect(formatMoment("2026-11-29T23:30:00Z", "nl")).toBe("30 nov 2026, 00:30");
  });

  it("reads numbers typed with a comma or a point, and nothing else", () => {
    expect(parseDecimal("0,3")).toBe(0.3);
    expect(parseDecimal(" 0.3 ")).toBe(0.3);
    expect(parseDecimal("3")).toBe(3);
    expect(parseDecimal(",5")).toBe(0.5);
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("1,2,3")).toBeNull();
    expect(parseDecimal("drie")).toBeNull();
    expect(parseDecimal("1e3")).toBeNull();
  });
});
