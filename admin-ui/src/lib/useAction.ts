import { useState } from "react";

/**
 * What a screen shows of an action it runs: busy while it runs, its refusal (for ErrorAlert) and
 * the sentence that says it is done (for StatusMessage). A new run clears the last one's refusal
 * and sentence; `run` resolves to whether the action succeeded.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");

  async function run(action: () => Promise<string | void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      const done = await action();
      if (done) setStatus(done);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Forgets the last run's refusal and sentence (when the screen turns to something else). */
  function clear() {
    setError(null);
    setStatus("");
  }

  return { busy, error, status, setStatus, run, clear };
}
