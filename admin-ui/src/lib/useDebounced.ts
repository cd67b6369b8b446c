import { useEffect, useState } from "react";

/**
 * `value` as it was when it last stayed the same for `delayMs`: the first value at once, a new one
 * once changes pause (typing, say), so that what depends on it is not asked for at every key.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
