import { describe, expect, it } from "vitest";
import { ApiError, NETWORK_ERROR } from "./http";
import { errorMessage, explainError } from "./errors";

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

  it("words a draw's refusal from its parameters, so no English reaches a Dutch screen", () => {
    const params = { reason: "stratum_too_small", stratum: "Dokkum", needed: "1471", available: "300", unit: "residents" };
    const english = "stratum 'Dokkum' needs 1471 invitations but has only 300 eligible residents; lower the number or the oversampling";
    const tooSmall = errorMessage(new ApiError(422, "invalid_draw", english, { code: "invalid_draw", params }), "nl");
    expect(tooSmall).toBe(
      "Zo kan niet worden geloot: de groep ‘Dokkum’ krijgt 1.471 uitnodigingen, maar heeft maar 300 inwoners die mee kunnen doen. " +
        "Verlaag het aantal uitnodigingen of de overbemonstering van die groep.",
    );
    const households = errorMessage(new ApiError(422, "invalid_draw", english, { params: { ...params, unit: "households" } }), "nl");
    expect(households).toMatch(/maar 300 huishoudens \(één brief per huishouden\)/);
    expect(errorMessage(new ApiError(422, "invalid_draw", "x", { params: { reason: "all_excluded" } }), "en")).toBe(
      "The draw is not possible like this: everyone in the register is excluded.",
    );
    // A reason this app does not know: the server's words, as before.
    expect(errorMessage(new ApiError(422, "invalid_draw", "something new", { params: { reason: "new" } }), "nl")).toMatch(/something new$/);
  });

  it("words a file that is no CSV from its parameters", () => {
    const quote = errorMessage(new ApiError(422, "csv_malformed", "register.csv, row 5: a quoted field is not closed", { params: { reason: "unclosed_quote", row: "5" } }), "nl");
    expect(quote).toMatch(/^Het bestand is geen geldige CSV: op rij 5 begint een veld met een aanhalingsteken/);
    const fields = { reason: "field_count", row: "3", fields: "1", expected: "3" };
    expect(errorMessage(new ApiError(422, "csv_malformed", "x", { params: fields }), "nl")).toMatch(/^Rij 3 heeft 1 veld, de kopregel 3\./);
    expect(errorMessage(new ApiError(422, "csv_malformed", "x", { params: { ...fields, fields: "2" } }), "en")).toMatch(/^Row 3 has 2 fields, the header 3\./);
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

  it("keeps the server's own words apart, so a screen can mark them as English", () => {
    expect(explainError(new ApiError(409, "survey_frozen", "Scenario ids cannot change."), "nl")).toEqual({
      text: expect.stringMatching(/^Niet opgeslagen/),
      server: "Scenario ids cannot change.",
    });
    expect(explainError(new ApiError(409, "panel_drawn", "The panel has been drawn."), "nl").server).toBeUndefined();
    expect(explainError(new ApiError(400, "bad_request", "Field role is missing."), "nl")).toEqual({
      text: "De invoer is niet goed. Melding van de server:",
      server: "Field role is missing.",
    });
    expect(explainError(new ApiError(502, "unknown", "HTTP 502"), "nl")).toEqual({ text: "", server: "HTTP 502 (HTTP 502)" });
  });

  it("asks for the own password first when the server refuses until then", () => {
    expect(errorMessage(new ApiError(403, "password_change_required", "Choose a new password first."), "nl")).toBe(
      "Kies eerst een eigen wachtwoord; daarna kunt u verder.",
    );
  });

  it("words the refusals of two-factor sign-in in Dutch", () => {
    expect(errorMessage(new ApiError(403, "two_factor_enrolment_required", "Set up two-factor sign-in first."), "nl")).toBe(
      "Stel eerst inloggen in twee stappen in; daarna kunt u verder.",
    );
    expect(errorMessage(new ApiError(422, "invalid_two_factor_code", "The code is wrong or was used."), "nl")).toBe("De code klopt niet of is al gebruikt.");
    expect(explainError(new ApiError(409, "two_factor_enabled", "Two-factor sign-in is already on."), "nl")).toEqual({
      text: "Inloggen in twee stappen staat al aan voor dit account.",
    });
  });
});
