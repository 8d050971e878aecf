/** Small helpers shared by the pollers of the local runtime. */

/** Waits `ms`, or less if `signal` aborts (then resolves, never rejects). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** The default error sink: one line on stderr. */
export function defaultOnError(what: string): (err: unknown) => void {
  return (err) => console.error(`[${what}] ${errorMessage(err)}`);
}

/** Resolves when `done()` is true, checked every `pollMs`; rejects after `timeoutMs`. */
export async function waitFor(
  done: () => boolean | Promise<boolean>,
  { timeoutMs, pollMs, what }: { timeoutMs: number; pollMs: number; what: string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not done after ${timeoutMs} ms`);
    await sleep(pollMs);
  }
}
