/**
 * The SST wiring, checked without SST: `sst deploy` needs AWS and downloads Pulumi and Bun, so
 * this test loads sst.config.ts with recording stand-ins for SST's globals (`$config`, `sst`,
 * `$app`, `$interpolate`), runs `app()` and `run()`, and checks what the infra files asked for
 * against the handlers on disk and the shared settings in packages/aws/src/resources.ts.
 * It also typechecks sst.config.ts and infra/, which the root tsconfig leaves out (see there).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_QUEUE, FUNCTION_DEFAULTS, POLL_SCHEDULE, TABLE } from '../../packages/aws/src/resources';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STUB_PLATFORM = path.join(ROOT, 'tests/unit/sst-fixtures/platform-config.d.ts');
const REAL_PLATFORM = path.join(ROOT, '.sst/platform/config.d.ts');

type Args = Record<string, unknown>;

/** What one `new sst.aws.X(name, args)` asked for. */
interface Component {
  kind: string;
  name: string;
  args: Args;
  instance: object;
}

/** One subscription: `queue.subscribe(fn, args)` or `table.subscribe(name, fn, args)`. */
interface Subscription {
  source: Component;
  name?: string;
  subscriber: unknown;
  args: Args;
}

/** A Lambda function the config defines, wherever it is declared. */
interface FunctionDef {
  origin: string;
  args: Args & { handler: string };
}

interface AppResult {
  name: string;
  home: string;
  removal?: string;
  protect?: boolean;
  providers?: { aws?: { region?: string } };
}

interface SstConfigLike {
  app(input: { stage: string }): AppResult;
  run(): Promise<Record<string, unknown>>;
}

const components: Component[] = [];
const subscriptions: Subscription[] = [];

/** Stands in for a Pulumi Output: a readable token naming the component and the property. */
const output = (component: string, prop: string) => `<${component}.${prop}>`;

/** A recording stand-in for one SST component class. */
function recorder(kind: string) {
  return class {
    readonly name: string;
    readonly arn: string;
    readonly url: string;
    readonly nodes: Record<string, unknown>;
    #subscribed = false;

    constructor(name: string, args: Args = {}) {
      if (components.some((c) => c.name === name)) throw new Error(`component name "${name}" used twice`);
      this.name = output(name, 'name');
      this.arn = output(name, 'arn');
      this.url = output(name, 'url');
      this.nodes = { function: output(name, 'function'), queue: { name: output(name, 'queue.name') }, table: output(name, 'table') };
      components.push({ kind, name, args, instance: this });
    }

    /** Queue: `subscribe(subscriber, args)`; Dynamo: `subscribe(name, subscriber, args)` (as in SST v4). */
    subscribe(...params: unknown[]) {
      const source = components.find((c) => c.instance === this);
      if (!source) throw new Error('subscribe on an unrecorded component');
      if (kind === 'sst.aws.Queue') {
        if (this.#subscribed) throw new Error(`SST allows one subscriber per queue (${source.name})`);
        this.#subscribed = true;
        subscriptions.push({ source, subscriber: params[0], args: (params[1] ?? {}) as Args });
      } else if (kind === 'sst.aws.Dynamo') {
        if (typeof params[0] !== 'string') throw new Error('Dynamo.subscribe needs a name first');
        if (!source.args.stream) throw new Error(`cannot subscribe to "${source.name}": its stream is off`);
        subscriptions.push({ source, name: params[0], subscriber: params[1], args: (params[2] ?? {}) as Args });
      } else {
        throw new Error(`${kind} has no subscribe`);
      }
      return output(source.name, 'subscriber');
    }

    getSSTLink() {
      return { properties: {} };
    }
  };
}

const LINKABLE = ['sst.aws.Dynamo', 'sst.aws.Queue', 'sst.aws.Function', 'sst.aws.Email', 'sst.aws.ApiGatewayV2', 'sst.sst.Secret'];

const GLOBALS = {
  $config: (config: unknown) => config,
  $app: { name: 'partnership-watch', stage: 'test' },
  $dev: false,
  $interpolate: (strings: TemplateStringsArray, ...values: unknown[]) =>
    strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), ''),
  sst: {
    Secret: recorder('sst.sst.Secret'),
    aws: {
      Dynamo: recorder('sst.aws.Dynamo'),
      Queue: recorder('sst.aws.Queue'),
      CronV2: recorder('sst.aws.CronV2'),
      Function: recorder('sst.aws.Function'),
      Email: recorder('sst.aws.Email'),
      ApiGatewayV2: recorder('sst.aws.ApiGatewayV2'),
    },
  },
  aws: { cloudwatch: { MetricAlarm: recorder('aws.cloudwatch.MetricAlarm') } },
};

const RESOURCE_ENV = {
  SST_RESOURCE_App: JSON.stringify({ name: 'partnership-watch', stage: 'test' }),
  SST_RESOURCE_Table: JSON.stringify({ name: 'pw-test-table', type: 'sst.aws.Dynamo' }),
  SST_RESOURCE_Articles: JSON.stringify({ url: 'http://localhost/queue/articles', type: 'sst.aws.Queue' }),
  SST_RESOURCE_ArticlesDlq: JSON.stringify({ url: 'http://localhost/queue/articles-dlq', type: 'sst.aws.Queue' }),
  // The metric level set in the deploying shell reaches every function (infra/defaults.ts).
  PW_METRICS: 'essential',
};

const g = globalThis as Record<string, unknown>;
let config: SstConfigLike;
let outputs: Record<string, unknown>;

beforeAll(async () => {
  Object.assign(g, GLOBALS);
  for (const [key, value] of Object.entries(RESOURCE_ENV)) process.env[key] = value;
  // A computed path keeps tsc from pulling sst.config.ts into the root program.
  const configFile = path.join(ROOT, 'sst.config.ts');
  config = ((await import(/* @vite-ignore */ configFile)) as { default: SstConfigLike }).default;
  outputs = await config.run();
});

afterAll(() => {
  for (const key of Object.keys(GLOBALS)) delete g[key];
  for (const key of Object.keys(RESOURCE_ENV)) delete process.env[key];
});

function the(kind: string, name: string): Component {
  const found = components.find((c) => c.kind === kind && c.name === name);
  if (!found) throw new Error(`no ${kind} "${name}"; defined: ${components.map((c) => `${c.kind} ${c.name}`).join(', ')}`);
  return found;
}

function asFunction(origin: string, fn: unknown): FunctionDef | undefined {
  if (typeof fn === 'string') return { origin, args: { handler: fn } };
  if (fn && typeof fn === 'object' && typeof (fn as Args).handler === 'string') return { origin, args: fn as FunctionDef['args'] };
  return undefined; // a Function instance or an ARN: checked where it is constructed
}

/** Every Lambda function the config defines, whichever component declares it. */
function functions(): FunctionDef[] {
  const defs: (FunctionDef | undefined)[] = [];
  for (const c of components) {
    if (c.kind === 'sst.aws.Function') defs.push(asFunction(`Function ${c.name}`, c.args));
    if (c.kind === 'sst.aws.CronV2' || c.kind === 'sst.aws.Cron') defs.push(asFunction(`Cron ${c.name}`, c.args.function));
  }
  for (const s of subscriptions) defs.push(asFunction(`subscriber of ${s.source.name}`, s.subscriber));
  return defs.filter((d): d is FunctionDef => d !== undefined);
}

function fnWithHandler(handler: string): FunctionDef {
  const found = functions().find((f) => f.args.handler === handler);
  if (!found) throw new Error(`no function with handler ${handler}; handlers: ${functions().map((f) => f.args.handler).join(', ')}`);
  return found;
}

/** SST durations ("60 seconds", "2 minutes") in seconds. */
function seconds(duration: unknown): number {
  const m = /^(\d+) (second|minute|hour)s?$/.exec(String(duration));
  if (!m) throw new Error(`not an SST duration: ${String(duration)}`);
  return Number(m[1]) * { second: 1, minute: 60, hour: 3600 }[m[2] as 'second' | 'minute' | 'hour'];
}

/** `{path}/{file}.{export}` → the file on disk and the export name. */
function resolveHandler(handler: string): { file: string; exportName: string } {
  const m = /^([\w./-]+)\.(\w+)$/.exec(handler);
  if (!m) throw new Error(`handler "${handler}" is not {path}/{file}.{export}`);
  const base = path.join(ROOT, m[1]!);
  const file = ['.ts', '.mts', '.js', '.mjs'].map((ext) => base + ext).find((f) => existsSync(f));
  if (!file) throw new Error(`handler "${handler}": no file ${m[1]}.ts under the project root`);
  return { file, exportName: m[2]! };
}

describe('app()', () => {
  it('retains and protects production', () => {
    const app = config.app({ stage: 'production' });
    expect(app).toMatchObject({ name: 'partnership-watch', home: 'aws', removal: 'retain', protect: true });
  });

  it('removes other stages and leaves them unprotected', () => {
    for (const stage of ['dev', 'pr-42']) {
      const app = config.app({ stage });
      expect(app).toMatchObject({ name: 'partnership-watch', home: 'aws', removal: 'remove', protect: false });
    }
  });

  it('deploys to PW_AWS_REGION, ap-southeast-1 by default', () => {
    const saved = process.env.PW_AWS_REGION;
    try {
      delete process.env.PW_AWS_REGION;
      expect(config.app({ stage: 'dev' }).providers?.aws?.region).toBe('ap-southeast-1');
      process.env.PW_AWS_REGION = 'eu-west-1';
      expect(config.app({ stage: 'dev' }).providers?.aws?.region).toBe('eu-west-1');
    } finally {
      if (saved === undefined) delete process.env.PW_AWS_REGION;
      else process.env.PW_AWS_REGION = saved;
    }
  });
});

describe('run()', () => {
  it('outputs the table name, the queue URLs and the API URL', () => {
    const prop = (kind: string, name: string, key: 'name' | 'url') => (the(kind, name).instance as Record<typeof key, string>)[key];
    expect(outputs).toEqual({
      table: prop('sst.aws.Dynamo', 'Table', 'name'),
      articlesQueue: prop('sst.aws.Queue', 'Articles', 'url'),
      articlesDlq: prop('sst.aws.Queue', 'ArticlesDlq', 'url'),
      api: prop('sst.aws.Function', 'Api', 'url'),
    });
  });

  it('defines the table with generic keys, gsi1, the TTL and a stream of new and old images', () => {
    const { args } = the('sst.aws.Dynamo', 'Table');
    const { gsi1 } = TABLE.indexes;
    expect(args).toEqual({
      fields: { pk: 'string', sk: 'string', gsi1pk: 'string', gsi1sk: 'string' },
      primaryIndex: { hashKey: TABLE.partitionKey, rangeKey: TABLE.sortKey },
      globalIndexes: { gsi1: { hashKey: gsi1.partitionKey, rangeKey: gsi1.sortKey, projection: 'all' } },
      stream: 'new-and-old-images',
      ttl: TABLE.ttlAttribute,
    });
    expect(TABLE.stream).toBe('NEW_AND_OLD_IMAGES');
    expect(args.ttl).toBe('expiresAt');
  });

  it('gives the articles queue a DLQ with retry = ARTICLES_QUEUE.maxReceiveCount', () => {
    const dlq = the('sst.aws.Queue', 'ArticlesDlq');
    const { args } = the('sst.aws.Queue', 'Articles');
    expect(args.dlq).toEqual({ queue: (dlq.instance as { arn: string }).arn, retry: ARTICLES_QUEUE.maxReceiveCount });
    expect(seconds(args.visibilityTimeout)).toBe(ARTICLES_QUEUE.visibilityTimeoutSeconds);
    expect(dlq.args).toEqual({ transform: { queue: { messageRetentionSeconds: ARTICLES_QUEUE.dlqRetentionSeconds } } });
    expect(dlq.args.dlq).toBeUndefined();
  });

  it('runs functions/poll.handler on rate(5 minutes)', () => {
    const poll = the('sst.aws.CronV2', 'Poll');
    expect(poll.args.schedule).toBe(POLL_SCHEDULE.expression);
    expect(poll.args.schedule).toBe('rate(5 minutes)');
    expect((poll.args.function as Args).handler).toBe('functions/poll.handler');
    expect(poll.args.job).toBeUndefined(); // deprecated spelling
  });

  it('subscribes functions/extract.handler to the articles queue, batched, with partial responses', () => {
    const [sub, ...others] = subscriptions.filter((s) => s.source.name === 'Articles');
    expect(others).toEqual([]);
    expect((sub?.subscriber as Args).handler).toBe('functions/extract.handler');
    expect(sub?.args).toEqual({ batch: { size: ARTICLES_QUEUE.batchSize, partialResponses: true } });
  });

  it('keeps the visibility timeout above the extract timeout, or AWS rejects the mapping', () => {
    const extract = fnWithHandler('functions/extract.handler');
    const visibility = seconds(the('sst.aws.Queue', 'Articles').args.visibilityTimeout);
    expect(visibility).toBeGreaterThan(seconds(extract.args.timeout));
  });

  it('runs every function on nodejs22.x arm64 with its timeout and memory from resources.ts', () => {
    const defs = functions();
    expect(defs.map((f) => f.args.handler).sort()).toEqual(['functions/api.handler', 'functions/changes.handler', 'functions/extract.handler', 'functions/notify.handler', 'functions/poll.handler']);
    for (const { origin, args } of defs) {
      expect(args.runtime, origin).toBe('nodejs22.x');
      expect(args.architecture, origin).toBe('arm64');
      expect(args.runtime, origin).toBe(FUNCTION_DEFAULTS.runtime);
      expect(args.architecture, origin).toBe(FUNCTION_DEFAULTS.architecture);
      const kind = path.basename(args.handler.replace(/\.\w+$/, '')) as keyof typeof FUNCTION_DEFAULTS.timeoutSeconds;
      expect(Object.keys(FUNCTION_DEFAULTS.timeoutSeconds), `${origin}: no settings for "${kind}"`).toContain(kind);
      expect(seconds(args.timeout), origin).toBe(FUNCTION_DEFAULTS.timeoutSeconds[kind]);
      expect(args.memory, origin).toBe(`${FUNCTION_DEFAULTS.memoryMb[kind]} MB`);
      expect((args as { environment?: Record<string, unknown> }).environment?.PW_METRICS, origin).toBe('essential');
    }
    // A function's own variables are kept beside it.
    expect((fnWithHandler('functions/notify.handler').args as { environment?: Record<string, unknown> }).environment).toHaveProperty('PW_SITE_URL');
  });

  it('points every handler string at a file under functions/ that exports that function', async () => {
    const defs = functions();
    expect(defs.length).toBeGreaterThan(0);
    for (const { origin, args } of defs) {
      expect(args.handler, origin).toMatch(/^functions\/[\w-]+\.\w+$/);
      const { file, exportName } = resolveHandler(args.handler);
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      expect(typeof mod[exportName], `${origin}: ${path.relative(ROOT, file)} must export function "${exportName}"`).toBe('function');
    }
  });

  it('links only defined, linkable components, and every Resource a handler reads', () => {
    for (const { origin, args } of functions()) {
      const links = (args.link ?? []) as unknown[];
      const linked = links.map((target) => {
        const component = components.find((c) => c.instance === target);
        expect(component, `${origin}: a link target is not a defined component`).toBeDefined();
        expect(LINKABLE, `${origin}: ${component?.kind} cannot be linked`).toContain(component?.kind);
        return component?.name;
      });
      // `Resource.X` throws at run time unless X is linked to that function (App always is).
      const source = readFileSync(resolveHandler(args.handler).file, 'utf8');
      const reads = new Set([...source.matchAll(/\bResource\.(\w+)/g)].map((m) => m[1]!));
      reads.delete('App');
      for (const name of reads) expect(linked, `${origin} reads Resource.${name}`).toContain(name);
    }
  });

  it('declares in sst-env.d.ts every linkable component, under its component name', () => {
    const declared = readFileSync(path.join(ROOT, 'sst-env.d.ts'), 'utf8');
    for (const c of components.filter((x) => LINKABLE.includes(x.kind))) {
      // Hand-written (`Table: {...; type: '...'}`) or as `sst deploy` regenerates it (`"Table": {..."type": "..."}`).
      const kind = c.kind.replaceAll('.', '\\.');
      const entry = new RegExp(`["']?\\b${c.name}["']?\\s*:\\s*\\{[^}]*["']?type["']?\\s*:\\s*["']${kind}["']`);
      expect(declared, `sst-env.d.ts lacks ${c.name}`).toMatch(entry);
    }
  });
});

/*
 * AWS's advice for SQS-triggered Lambdas (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html):
 * visibility timeout >= 6 x the function timeout (+ the batch window), and maxReceiveCount >= 5.
 */
describe('change notifications', () => {
  it('subscribes functions/changes.handler to the table stream, filtered to confirmed events, allowed to put events', () => {
    const sub = subscriptions.find((s) => s.name === 'Changes');
    expect(sub?.source.kind).toBe('sst.aws.Dynamo');
    const fn = sub?.subscriber as Args;
    expect(fn.handler).toBe('functions/changes.handler');
    expect(JSON.stringify(fn.permissions)).toContain('events:PutEvents');
    expect(sub?.args.filters).toEqual([{ dynamodb: { NewImage: { type: { S: ['event'] }, status: { S: ['confirmed'] } } } }]);
  });
});

describe('alerts and the API', () => {
  it('serves the API from one function with a URL, linked to the table, the email identity and both secrets', () => {
    const api = the('sst.aws.Function', 'Api');
    expect(api.args.handler).toBe('functions/api.handler');
    expect(api.args.url).toBe(true);
    const linked = ((api.args.link ?? []) as unknown[]).map((t) => components.find((c) => c.instance === t)?.name).sort();
    expect(linked).toEqual(['Alerts', 'ReviewToken', 'SigningSecret', 'Table']);
  });

  it('subscribes functions/notify.handler to the table stream for confirmed and signal events', () => {
    const sub = subscriptions.find((s) => s.name === 'Notify');
    expect((sub?.subscriber as Args).handler).toBe('functions/notify.handler');
    expect(sub?.args.filters).toEqual([{ dynamodb: { NewImage: { type: { S: ['event'] }, status: { S: ['confirmed', 'signal'] } } } }]);
  });
});

describe('alarms', () => {
  it('watches the DLQ and failing sources', () => {
    const dlq = the('aws.cloudwatch.MetricAlarm', 'ArticlesDlqNotEmpty');
    expect(dlq.args).toMatchObject({ namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', threshold: 1 });
    expect((dlq.args.dimensions as Record<string, string>).QueueName).toBe(output('ArticlesDlq', 'queue.name'));
    const sources = the('aws.cloudwatch.MetricAlarm', 'SourcesFailing');
    expect(sources.args).toMatchObject({ namespace: 'PartnershipWatch', metricName: 'failed', dimensions: { function: 'poll' }, statistic: 'Sum' });
  });
});

describe("the shared settings follow AWS's advice for SQS-triggered functions", () => {
  it('visibility timeout >= 6 x the extract timeout', () => {
    const extract = fnWithHandler('functions/extract.handler');
    expect(ARTICLES_QUEUE.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * seconds(extract.args.timeout));
  });

  it('maxReceiveCount >= 5', () => {
    expect(ARTICLES_QUEUE.maxReceiveCount).toBeGreaterThanOrEqual(5);
  });
});

describe('typecheck of sst.config.ts and infra/', () => {
  it('has no type errors against the SST platform types (the stand-in when .sst/ is absent)', () => {
    const { config: raw } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (f) => ts.sys.readFile(f));
    const { options } = ts.parseJsonConfigFileContent(raw, ts.sys, ROOT);
    const rootNames = [
      path.join(ROOT, 'sst.config.ts'),
      ...readdirSync(path.join(ROOT, 'infra'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(ROOT, 'infra', f)),
    ];
    const host = ts.createCompilerHost(options);
    if (!existsSync(REAL_PLATFORM)) {
      // Serve the stand-in under the path sst.config.ts references.
      const stub = readFileSync(STUB_PLATFORM, 'utf8');
      const isPlatform = (f: string) => path.resolve(f) === REAL_PLATFORM;
      const { fileExists, getSourceFile } = host;
      host.fileExists = (f) => isPlatform(f) || fileExists.call(host, f);
      host.getSourceFile = (f, language, ...rest) =>
        isPlatform(f) ? ts.createSourceFile(f, stub, language) : getSourceFile.call(host, f, language, ...rest);
    }
    const program = ts.createProgram({ rootNames, options, host });
    expect(program.getSourceFiles().some((f) => path.resolve(f.fileName) === REAL_PLATFORM)).toBe(true);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const report = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => ROOT,
      getNewLine: () => '\n',
    });
    expect(report).toBe('');
  });
});
