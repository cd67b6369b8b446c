import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ApiError } from "../lib/http";
import { ErrorAlert } from "./ErrorAlert";

describe("ErrorAlert", () => {
  it("marks the server's words as English inside the app's language", () => {
    const html = renderToStaticMarkup(<ErrorAlert error={new ApiError(422, "invalid_margins", "row 3: not a number")} context="Niet opgeslagen." />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Niet opgeslagen. De invoer is niet goed. Melding van de server: <span lang="en">row 3: not a number</span>');
  });

  it("has no English mark when the app words the refusal itself", () => {
    const html = renderToStaticMarkup(<ErrorAlert error={new ApiError(409, "panel_drawn", "The panel has been drawn.")} />);
    expect(html).toMatch(/Het panel is al geloot/);
    expect(html).not.toContain("lang=");
  });

  it("lets a screen word its own refusals first", () => {
    const html = renderToStaticMarkup(
      <ErrorAlert error={new ApiError(409, "last_admin", "x")} wording={(e) => (e instanceof ApiError && e.code === "last_admin" ? { text: "Niet de laatste." } : undefined)} />,
    );
    expect(html).toMatch(/<p[^>]*>Niet de laatste\.<\/p>/);
  });
});
