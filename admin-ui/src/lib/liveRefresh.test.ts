import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchResponseCount, type PageVisibility } from "./liveRefresh";
import { formatClock } from "./format";

/** A page whose visibility the test switches, telling the watcher as a browser would. */
function page(visible = true) {
  const listeners = new Set<() => void>();
  const visibility: PageVisibility = {
    visible: () => visible,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    visibility,
    listeners,
    set(now: boolean) {
      visible = now;
      listeners.forEach((l) => l());
    },
  };
}

describe("watching the response count", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function watch(options: { counts: number[]; shown: () => number | null; visible?: boolean }) {
    const p = page(options.visible ?? true);
    const replies = [...options.counts];
    // The server's counts in turn; the last one stays.
    const count = vi.fn(async () => (replies.length > 1 ? replies.shift()! : replies[0]));
    const onNewCount = vi.fn();
    const onChecked = vi.fn();
    const stop = watchResponseCount({ count, shown: options.shown, onNewCount, onChecked, visibility: p.visibility, now: () => new Date(Date.now()) });
    return { p, count, onNewCount, onChecked, stop };
  }

  it("asks every 30 seconds and reloads only when the count changed", async () => {
    let shown = 72;
    const w = watch({ counts: [72, 72, 73], shown: () => shown });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(w.count).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(w.count).toHaveBeenCalledTimes(1);
    expect(w.onNewCount).not.toHaveBeenCalled();
    expect(w.onChecked).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.onNewCount).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.count).toHaveBeenCalledTimes(3);
    expect(w.onNewCount).toHaveBeenCalledTimes(1);
    expect(w.onNewCount).toHaveBeenCalledWith(73);
    // Once the screen shows 73, the same count asks for nothing more.
    shown = 73;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.onNewCount).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it("asks nothing while the page is hidden, and asks at once when it shows again", async () => {
    const w = watch({ counts: [80], shown: () => 72, visible: false });
    await vi.advanceTimersByTimeAsync(5 * 30_000);
    expect(w.count).not.toHaveBeenCalled();
    w.p.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(w.count).toHaveBeenCalledTimes(1);
    expect(w.onNewCount).toHaveBeenCalledWith(80);
    w.p.set(false);
    await vi.advanceTimersByTimeAsync(3 * 30_000);
    expect(w.count).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it("survives a failed check", async () => {
    const p = page();
    const count = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(5);
    const onNewCount = vi.fn();
    const onChecked = vi.fn();
    let shown: number | null = null;
    const stop = watchResponseCount({ count, shown: () => shown, onNewCount, onChecked, visibility: p.visibility });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onChecked).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onNewCount).not.toHaveBeenCalled();
    expect(onChecked).toHaveBeenCalledTimes(1);
    shown = 4;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onNewCount).toHaveBeenCalledWith(5);
    stop();
  });

  it("without a count on the screen, reloads when the count moves from the last one seen", async () => {
    const w = watch({ counts: [5, 5, 6], shown: () => null });
    await vi.advanceTimersByTimeAsync(2 * 30_000);
    expect(w.onNewCount).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.onNewCount).toHaveBeenCalledWith(6);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.onNewCount).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it("stops asking when stopped, and lets go of the page", async () => {
    const w = watch({ counts: [1], shown: () => 0 });
    expect(w.p.listeners.size).toBe(1);
    w.stop();
    expect(w.p.listeners.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * 30_000);
    expect(w.count).not.toHaveBeenCalled();
  });

  it("writes the time in Dutch time on a 24-hour clock", () => {
    expect(formatClock(new Date("2026-11-29T13:05:00Z"), "nl")).toBe("14:05");
    expect(formatClock(new Date("2026-07-01T21:30:00Z"), "en")).toBe("23:30");
  });
});
