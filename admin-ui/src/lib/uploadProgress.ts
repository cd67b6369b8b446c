// Sending a large file (a population register of a million rows is tens of megabytes) with the
// bytes sent so far reported, which fetch cannot do: XMLHttpRequest's upload events can. The
// answer comes back as a fetch Response so refusals are read the same way as every other call.

export interface UploadProgress {
  sent: number;
  total: number;
}

/** The parts of XMLHttpRequest used here, so tests can stand in for the browser's. */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  withCredentials: boolean;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  status: number;
  responseText: string;
  send(body: Blob | string | null): void;
}

export function fetchWithUploadProgress(
  path: string,
  init: { method: string; headers: Record<string, string>; body?: Blob | string },
  onProgress: (progress: UploadProgress) => void,
  // The browser's request fits UploadRequest but for the event types of its handlers.
  newRequest: () => UploadRequest = () => new XMLHttpRequest() as unknown as UploadRequest,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = newRequest();
    request.open(init.method, path);
    request.withCredentials = true;
    for (const [name, value] of Object.entries(init.headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    request.onload = () =>
      resolve(new Response(request.status === 204 ? null : request.responseText, { status: request.status }));
    // The same kind of failure fetch reports, so the caller says "cannot be reached" for both.
    request.onerror = () => reject(new TypeError("The upload was interrupted."));
    request.onabort = () => reject(new TypeError("The upload was stopped."));
    request.send(init.body ?? null);
  });
}

/** "37%" of a file, rounded down so 100% only shows once every byte is sent. */
export function percentSent(progress: UploadProgress): number {
  if (progress.total <= 0) return 0;
  return Math.min(100, Math.floor((progress.sent / progress.total) * 100));
}
