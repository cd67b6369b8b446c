import { describe, expect, it } from "vitest";
import { fetchWithUploadProgress, percentSent, type UploadProgress, type UploadRequest } from "./uploadProgress";

// A stand-in for the browser's XMLHttpRequest: it reports the upload in three steps and then
// answers with `status` and `body`, or fails like a dropped connection.
function fakeRequest(status: number, body: string, fail = false) {
  const seen: { method?: string; url?: string; headers: Record<string, string>; body?: unknown; credentials?: boolean } = {
    headers: {},
  };
  const request: UploadRequest = {
    withCredentials: false,
    upload: { onprogress: null },
    onload: null,
    onerror: null,
    onabort: null,
    status: 0,
    responseText: "",
    open(method, url) {
      seen.method = method;
      seen.url = url;
    },
    setRequestHeader(name, value) {
      seen.headers[name] = value;
    },
    send(sent) {
      seen.body = sent;
      seen.credentials = this.withCredentials;
      for (const loaded of [0, 500, 1000]) this.upload.onprogress?.({ lengthComputable: true, loaded, total: 1000 });
      if (fail) {
        this.onerror?.();
        return;
      }
      this.status = status;
      this.responseText = body;
      this.onload?.();
    },
  };
  return { request, seen };
}

describe("uploads with progress", () => {
  it("reports the bytes sent and answers as fetch would", async () => {
    const { request, seen } = fakeRequest(201, '{"rows": 3}');
    const progress: UploadProgress[] = [];
    const response = await fetchWithUploadProgress(
      "/api/admin/forums/energie/register",
      { method: "POST", headers: { "Content-Type": "text/csv", "X-CSRF-Token": "t" }, body: "id\n1\n" },
      (p) => progress.push(p),
      () => request,
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ rows: 3 });
    expect(progress.map(percentSent)).toEqual([0, 50, 100]);
    expect(seen).toMatchObject({ method: "POST", url: "/api/admin/forums/energie/register", body: "id\n1\n", credentials: true });
    expect(seen.headers).toEqual({ "Content-Type": "text/csv", "X-CSRF-Token": "t" });
  });

  it("hands a refusal back as a response and a dropped connection as an error", async () => {
    const refused = await fetchWithUploadProgress("/x", { method: "POST", headers: {} }, () => {}, () =>
      fakeRequest(422, '{"error": {"code": "invalid_register"}}').request,
    );
    expect(refused.ok).toBe(false);
    expect(refused.status).toBe(422);
    await expect(
      fetchWithUploadProgress("/x", { method: "POST", headers: {} }, () => {}, () => fakeRequest(0, "", true).request),
    ).rejects.toThrow(TypeError);
  });

  it("never shows 100% before the last byte", () => {
    expect(percentSent({ sent: 999, total: 1000 })).toBe(99);
    expect(percentSent({ sent: 1000, total: 1000 })).toBe(100);
    expect(percentSent({ sent: 0, total: 0 })).toBe(0);
  });
});
