// Keeps a screen current while it is open: every 30 seconds, while the page is visible, ask how
// many responses there are, and fetch the heavy part (weighted results) again only when that
// number changed. A hidden page asks nothing; when it shows again it asks at once.

/** What the watcher needs from the browser; tests give a stand-in. */
export interface PageVisibility {
  visible(): boolean;
  /** Calls `listener` when the page is shown or hidden; returns how to stop. */
  onChange(listener: () => void): () => void;
}

/** The document's visibility through the Page Visibility API. */
export const documentVisibility: PageVisibility = {
  visible: () => document.visibilityState === "visible",
  onChange(listener) {
    document.addEventListener("visibilitychange", listener);
    return () => document.removeEventListener("visibilitychange", listener);
  },
};

export const refreshIntervalMs = 30_000;

export interface WatchOptions {
  /** Asks the server for the number of responses. */
  count: () => Promise<number>;
  /** The count the screen shows now (from its last load), or null when it shows none. */
  shown: () => number | null;
  /** The count differs from what the screen shows: load again. */
  onNewCount: (count: number) => void;
  /** The screen was found current (or reloaded) at this moment. */
  onChecked: (at: Date) => void;
  visibility?: PageVisibility;
  intervalMs?: number;
  now?: () => Date;
}

/** Starts watching; returns how to stop. A check that fails is left for the next one. */
export function watchResponseCount({
  count,
  shown,
  onNewCount,
  onChecked,
  visibility = documentVisibility,
  intervalMs = refreshIntervalMs,
  now = () => new Date(),
}: WatchOptions): () => void {
  let stopped = false;
  let busy = false;
  // The count of the last check: what to compare with while the screen shows no count of its own
  // (its results could not be computed, say), so that new responses still make it try again.
  let lastSeen: number | null = null;

  async function check() {
    // One question at a time: a slow server does not get a queue of them.
    if (stopped || busy || !visibility.visible()) return;
    busy = true;
    try {
      const current = await count();
      if (stopped) return;
      const known = shown() ?? lastSeen;
      lastSeen = current;
      if (known !== null && current !== known) onNewCount(current);
      else onChecked(now());
    } catch {
      // The screen keeps what it has; the next tick tries again.
    } finally {
      busy = false;
    }
  }

  const timer = setInterval(() => void check(), intervalMs);
  const stopListening = visibility.onChange(() => {
    if (visibility.visible()) void check();
  });
  return () => {
    stopped = true;
    clearInterval(timer);
    stopListening();
  };
}
