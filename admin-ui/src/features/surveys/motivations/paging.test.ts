import { describe, expect, it } from "vitest";
import { pageOf } from "./paging";

describe("paging through motivations", () => {
  it("counts positions from 1 and knows when there is more", () => {
    expect(pageOf(0, 50, 123)).toEqual({ first: 1, last: 50, hasPrevious: false, hasNext: true });
    expect(pageOf(100, 23, 123)).toEqual({ first: 101, last: 123, hasPrevious: true, hasNext: false });
    expect(pageOf(0, 0, 0)).toEqual({ first: 0, last: 0, hasPrevious: false, hasNext: false });
  });
});
