/**
 * The local stand-in for an EventBridge schedule (`rate(...)`): runs `run` every `periodMs`.
 * Runs never overlap: a tick that comes while a run is still going is skipped (and logged), as a
 * function with reserved concurrency 1 would drop it. Errors are reported, never thrown.
 */
import { defaultOnError, errorMessage } from './util';

export interface SchedulerOptions {
  periodMs: number;
  run: () => Promise<void>;
  /** Run once right away instead of waiting a full period first. */
  runAtStart: boolean;
  /** A run that failed. Default: stderr. */
  onError?: (err: unknown) => void;
  log?: (msg: string) => void;
  /** Name in log lines. */
  name?: string;
}

export interface Scheduler {
  /** Runs now (or joins the run in progress) and resolves when it is done; never rejects. */
  runNow(): Promise<void>;
  readonly stats: Readonly<{ runs: number; failures: number; skipped: number }>;
  /** No more runs; waits for the one in progress. Idempotent. */
  stop(): Promise<void>;
}

export function startScheduler(options: SchedulerOptions): Scheduler {
  const name = options.name ?? 'scheduler';
  const log = options.log ?? (() => {});
  const onError = options.onError ?? defaultOnError(name);
  if (!(options.periodMs > 0)) throw new Error(`${name}: periodMs must be positive, got ${options.periodMs}`);

  const stats = { runs: 0, failures: 0, skipped: 0 };
  let current: Promise<void> | undefined;
  let stopped = false;

  const runOnce = (): Promise<void> => {
    if (current) return current;
    stats.runs++;
    current = (async () => {
      try {
        await options.run();
      } catch (err) {
        stats.failures++;
        try {
          onError(err);
        } catch {
          log(`${name}: run failed: ${errorMessage(err)}`);
        }
      } finally {
        current = undefined;
      }
    })();
    return current;
  };

  const tick = (): void => {
    if (stopped) return;
    if (current) {
      stats.skipped++;
      log(`${name}: previous run still going, tick skipped`);
      return;
    }
    void runOnce();
  };

  const timer = setInterval(tick, options.periodMs);
  if (options.runAtStart) tick();

  let stopping: Promise<void> | undefined;
  return {
    stats,
    runNow: () => (stopped ? Promise.resolve() : runOnce()),
    stop() {
      stopping ??= (async () => {
        stopped = true;
        clearInterval(timer);
        await current;
      })();
      return stopping;
    },
  };
}
