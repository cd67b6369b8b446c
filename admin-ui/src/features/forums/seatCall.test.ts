import { describe, expect, it } from "vitest";
import { ApiError, createHttp } from "../../lib/http";
import { forumApi } from "./api/forumApi";
import type { PanelContacts } from "./api/types";
import { recordCall, seatRefusal } from "./seatCall";

const answer: PanelContacts = {
  forum: { slug: "energie", name: "Burgerforum Energie" },
  members: [
    {
      id: "V0012",
      name: "Jan Bakker",
      email: null,
      phone: null,
      status: "member",
      seat_status: "confirmed",
      seat_history: [{ status: "confirmed", comment: "Komt op 12 maart.", changed_by: "bellen@gemeente.nl", changed_at: "2027-03-01T10:00:00Z" }],
    },
  ],
  seated: true,
  seat_counts: { selected: 0, contacted: 0, confirmed: 1, declined: 0, unreachable: 0, withdrawn: 0 },
};

/** The forum API over a fake server that answers every request with `status` and `body`, and records what was sent. */
function serverAnswering(status: number, body: unknown) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const http = createHttp(async (path, init) => {
    sent.push({ method: init?.method ?? "GET", path, body: JSON.parse(String(init?.body)) });
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  });
  const api = forumApi(http);
  return { sent, record: (id: string, change: Parameters<typeof api.recordSeatStatus>[2]) => api.recordSeatStatus("energie", id, change) };
}

const refused = (params: Record<string, string>, message = "The comment is longer than 500 characters. Say what was tried or what the member said.") => ({
  error: { code: "invalid_panel_status", message, params },
});

describe("recording a call", () => {
  it("posts the new status and why for the member, and says what the server's answer has them at", async () => {
    const server = serverAnswering(200, answer);
    const outcome = await recordCall(server.record, "V0012", { status: "confirmed", comment: "Komt op 12 maart." }, "nl");
    expect(server.sent).toEqual([
      { method: "POST", path: "/api/admin/forums/energie/panel/members/V0012/status", body: { status: "confirmed", comment: "Komt op 12 maart." } },
    ]);
    expect(outcome).toEqual({ recorded: "Vastgelegd: V0012 is nu Bevestigd." });
    expect(await recordCall(serverAnswering(200, answer).record, "V0012", { status: "confirmed", comment: "x" }, "en")).toEqual({
      recorded: "Recorded: V0012 is now Confirmed.",
    });
  });

  it("puts a refused comment at the comment, in Dutch, with the limit the server names", async () => {
    const server = serverAnswering(422, refused({ field: "comment", problem: "too_long" }));
    expect(await recordCall(server.record, "V0012", { status: "declined", comment: "x".repeat(501) }, "nl")).toEqual({
      refused: { field: "comment", text: "Deze tekst is te lang: hoogstens 500 tekens." },
    });
  });

  it("words each refused field in Dutch, and keeps the server's words in English", () => {
    const error = (params: Record<string, string>, message = "English words.") => new ApiError(422, "invalid_panel_status", message, { params });
    expect(seatRefusal(error({ field: "comment", problem: "empty" }), "nl")).toEqual({ field: "comment", text: "Vul dit in." });
    expect(seatRefusal(error({ field: "comment", problem: "control_characters" }), "nl")).toEqual({ field: "comment", text: "Gebruik één regel, zonder tabs." });
    expect(seatRefusal(error({ field: "status" }), "nl")).toEqual({ field: "status", text: "Kies een stand uit de lijst." });
    expect(seatRefusal(error({ field: "volunteer" }), "nl")).toEqual({ field: "volunteer", text: expect.stringMatching(/^Dit lid staat niet \(meer\) in het panel\./) });
    expect(seatRefusal(error({ field: "comment", problem: "empty" }, "The comment is empty."), "en")).toEqual({ field: "comment", text: "The comment is empty." });
  });

  it("leaves any other refusal to the app's own wording, above the form", async () => {
    const outcome = await recordCall(serverAnswering(409, { error: { code: "no_panel", message: "Not drawn." } }).record, "V0012", { status: "confirmed", comment: "x" }, "nl");
    expect(outcome).toEqual({ refused: { field: null, error: expect.any(ApiError) } });
    expect(seatRefusal(new ApiError(422, "invalid_panel_status", "?", { params: { field: "elsewhere" } }), "nl").field).toBeNull();
    expect(seatRefusal(new Error("x"), "nl").field).toBeNull();
  });
});
