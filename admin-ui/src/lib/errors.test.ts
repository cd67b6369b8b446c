import { describe, expect, it } from "vitest";
import { ApiError, NETWORK_ERROR } from "./http";
import { errorMessage } from "./errors";

describe("refusals explained", () => {
  it("explains known codes in the app's language", () => {
    expect(errorMessage(new ApiError(404, "not_found", "There is nothing at this address."), "nl")).toMatch(/heeft deze functie nog niet/);
    expect(errorMessage(new ApiError(0, NETWORK_ERROR, "Failed to fetch"), "en")).toMatch(/cannot be reached/);
    expect(errorMessage(new ApiError(409, "survey_exists", "x"), "nl")).toMatch(/al een enquête met deze korte naam/);
  });

  it("explains the burgerforum's refusals in Dutch, not in the server's English", () => {
    const drawn = errorMessage(new ApiError(409, "panel_drawn", "The panel of forum 'energie' has been drawn: x."), "nl");
    expect(drawn).toMatch(/^Het panel is al geloot/);
    expect(drawn).not.toMatch(/forum 'energie'/);
    expect(errorMessage(new ApiError(409, "selection_stale", "The volunteers or quotas changed"), "nl")).toMatch(/Start de selectie opnieuw/);
    expect(errorMessage(new ApiError(409, "sign_up_open", "Sign-up for forum"), "nl")).toMatch(/aanmelding is nog open/);
    expect(errorMessage(new ApiError(422, "no_alternates", "no volunteers can replace"), "en")).toMatch(/^No volunteers can replace/);
  });

  it("adds the server's words where they say what to fix", () => {
    const frozen = errorMessage(new ApiError(409, "survey_frozen", "Scenario ids cannot change."), "nl");
    expect(frozen).toMatch(/^Niet opgeslagen/);
    expect(frozen).toMatch(/Scenario ids cannot change\.$/);
    const input = errorMessage(new ApiError(422, "invalid_margins", "margins.csv row 3: population_count must be a whole number"), "nl");
    expect(input).toBe("De invoer is niet goed. Melding van de server: margins.csv row 3: population_count must be a whole number");
  });

  it("falls back to the server's message with the status", () => {
    expect(errorMessage(new ApiError(503, "pdf_unavailable", "No chromium."), "nl")).toBe("No chromium. (HTTP 503)");
    expect(errorMessage(new Error("boom"), "en")).toBe("Something unexpected went wrong: Error: boom");
  });
});
