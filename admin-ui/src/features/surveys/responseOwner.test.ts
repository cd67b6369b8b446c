import { describe, expect, it } from "vitest";
import { responseOwner } from "./ResponseDeletionSection";

describe("who asks for their answers to be deleted", () => {
  it("is found by the response number from the export, or else by the code from the letter", () => {
    expect(responseOwner(" R-3f9a01 ")).toEqual({ response_id: "r-3f9a01" });
    expect(responseOwner("k7qm x2pa 9rtd")).toEqual({ code: "k7qm x2pa 9rtd" });
    expect(responseOwner("   ")).toBeNull();
  });
});
