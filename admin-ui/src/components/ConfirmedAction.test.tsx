import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ConfirmedAction } from "./ConfirmedAction";

// One button per table row ("Gegevens wissen" beside each volunteer): its accessible name begins
// with the words it shows, so speech input finds it (WCAG 2.5.3, axe's label-content-name-mismatch),
// and says which row it acts on only to screen readers.
describe("ConfirmedAction", () => {
  const button = (context?: string) =>
    renderToStaticMarkup(
      <ConfirmedAction label="Gegevens wissen" question="Zeker?" confirmLabel="Ja" cancelLabel="Nee" busy={false} context={context} onConfirm={() => undefined} />,
    );

  it("shows its label and tells screen readers which row it is for", () => {
    const html = button("V0001");
    expect(html).not.toContain("aria-label");
    expect(html).toMatch(/>Gegevens wissen<span class="mienskip-visually-hidden"> \(V0001\)<\/span><\/button>/);
  });

  it("is just its label without a row", () => {
    expect(button()).toMatch(/>Gegevens wissen<\/button>/);
  });
});
