import { describe, expect, it } from "vitest";
import { groupSecret, svgImageSource } from "./twoFactorSetup";

describe("the two-factor set-up", () => {
  it("shows the key in blocks of four, the last one shorter where it must be", () => {
    expect(groupSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
    expect(groupSecret("JBSWY3DPEHPK3PXPAB")).toBe("JBSW Y3DP EHPK 3PXP AB");
    expect(groupSecret(" JBSW Y3DP ")).toBe("JBSW Y3DP");
    expect(groupSecret("")).toBe("");
  });

  it("makes the QR code an image source with everything escaped", () => {
    const source = svgImageSource('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1v1H0z"/></svg><script>x</script>');
    expect(source.startsWith("data:image/svg+xml;utf8,%3Csvg%20xmlns%3D%22http")).toBe(true);
    expect(source).not.toMatch(/[<>"# ]/);
    expect(decodeURIComponent(source.slice("data:image/svg+xml;utf8,".length))).toContain("<path d=");
  });
});
