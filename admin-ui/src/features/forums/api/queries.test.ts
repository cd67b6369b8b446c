import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../../../lib/http";
import type { ForumApi } from "./forumApi";
import { forumKeys, quotaCheckQuery } from "./queries";
import type { QuotaCategory, QuotaFeasibility } from "./types";

const categories: QuotaCategory[] = [{ name: "Leeftijd", values: [{ value: "65+", min: 1, max: 2 }] }];
const feasibility = { feasible: true } as unknown as QuotaFeasibility;

function apiAnswering(answer: () => Promise<QuotaFeasibility>): ForumApi {
  return { checkQuotas: answer } as unknown as ForumApi;
}

function verdict(api: ForumApi, panelSize = 3) {
  return new QueryClient().fetchQuery(quotaCheckQuery(api, "f", categories, panelSize));
}

describe("the check of a draft of the quotas", () => {
  it("keeps the quotas it was given with the server's verdict", async () => {
    expect(await verdict(apiAnswering(async () => feasibility))).toEqual({ state: "checked", feasibility, categories, panelSize: 3 });
  });

  it("answers a refusal with fields as an incomplete draft, any other failure as not checked", async () => {
    const fields = new ApiError(422, "invalid_field", "", { fields: [{ field: "panel_size", code: "x", message: "" }] });
    expect(await verdict(apiAnswering(() => Promise.reject(fields)))).toEqual({ state: "incomplete" });
    expect(await verdict(apiAnswering(() => Promise.reject(new ApiError(500, "internal", ""))))).toEqual({ state: "failed" });
  });

  it("has a key per draft, apart from the forum's own state", () => {
    const api = apiAnswering(async () => feasibility);
    expect(quotaCheckQuery(api, "f", categories, 3).queryKey).not.toEqual(quotaCheckQuery(api, "f", categories, 4).queryKey);
    expect(quotaCheckQuery(api, "f", categories, 3).queryKey.slice(0, 2)).not.toEqual(forumKeys.forum("f"));
  });
});
