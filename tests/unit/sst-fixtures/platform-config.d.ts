/*
 * Stand-in for `.sst/platform/config.d.ts`, which `sst install` generates and which cannot be
 * generated here (the SST CLI downloads Pulumi and Bun at run time). tests/unit/sst-wiring.test.ts
 * typechecks sst.config.ts and infra/ against it when the real file is absent.
 *
 * Only the part of the SST v4.17 API that this project uses, with the argument shapes of
 * platform/src/components/aws/{dynamo,queue,cron-v2,function}.ts (see ../../../../shared/reference/sst.md):
 * loose where SST is loose (Input, Output, transform), strict on the values we set.
 * A script file (no import/export), so its declarations are global, like the real ones.
 */

/** Pulumi's Output: a value known after deploy. */
interface SstOutput<T> {
  apply<U>(fn: (value: T) => U): SstOutput<U>;
}
/** Pulumi's Input: a plain value, a promise or an Output. */
type SstInput<T> = T | Promise<T> | SstOutput<T>;

type SstDurationMinutes = `${number} ${'second' | 'seconds' | 'minute' | 'minutes'}`;
type SstDurationHours = `${number} ${'second' | 'seconds' | 'minute' | 'minutes' | 'hour' | 'hours'}`;
type SstSize = `${number} ${'MB' | 'GB'}`;

/** A component that `link: [...]` accepts (SST's Link.Linkable). */
interface SstLinkable {
  getSSTLink(): unknown;
}

/** `transform` in SST: a partial of the underlying resource args, or a function that edits them. */
type SstTransform<T> = Partial<T> | ((args: T, opts: unknown, name: string) => void);

interface SstAppInput {
  stage: string;
}

interface SstApp {
  name: string;
  home: 'aws' | 'cloudflare' | 'local';
  removal?: 'remove' | 'retain' | 'retain-all';
  protect?: boolean;
  providers?: {
    aws?: { region?: SstInput<aws.Region>; profile?: SstInput<string>; version?: string } | boolean | string;
    [provider: string]: unknown;
  };
  version?: string;
}

interface SstConfig {
  app(input: SstAppInput): SstApp;
  run(): Promise<Record<string, unknown> | void>;
}

interface SstFunctionArgs {
  handler: string;
  link?: SstInput<SstLinkable[]>;
  timeout?: SstInput<SstDurationMinutes>;
  memory?: SstInput<SstSize>;
  storage?: SstInput<SstSize>;
  runtime?: SstInput<'nodejs20.x' | 'nodejs22.x' | 'nodejs24.x' | 'provided.al2023' | 'go' | 'rust' | `python3.${number}`>;
  architecture?: SstInput<'x86_64' | 'arm64'>;
  environment?: SstInput<Record<string, SstInput<string>>>;
  permissions?: SstInput<{ actions: string[]; resources: SstInput<string>[]; effect?: 'allow' | 'deny' }[]>;
  url?: SstInput<boolean | { authorization?: 'none' | 'iam'; cors?: unknown }>;
  dev?: false;
  concurrency?: { reserved?: number; provisioned?: number };
  nodejs?: { install?: string[]; minify?: boolean; sourcemap?: boolean; format?: 'esm' | 'cjs' };
  transform?: Record<string, unknown>;
}

declare const $app: { readonly name: string; readonly stage: string };
declare const $dev: boolean;
declare function $config(input: SstConfig): SstConfig;
declare function $interpolate(literals: TemplateStringsArray, ...placeholders: unknown[]): SstOutput<string>;

/** The `aws` global: `@pulumi/aws` (here only the one type the config reads). */
declare namespace aws {
  type Region = `${string}-${string}-${number}`;
  namespace cloudwatch {
    /** @pulumi/aws cloudwatch.MetricAlarm (the subset infra/alarms.ts sets). */
    class MetricAlarm {
      constructor(
        name: string,
        args: {
          alarmDescription?: string;
          namespace: string;
          metricName: string;
          dimensions?: Record<string, SstInput<string>>;
          statistic: 'Sum' | 'Average' | 'Maximum' | 'Minimum' | 'SampleCount';
          period: number;
          evaluationPeriods: number;
          threshold: number;
          comparisonOperator: 'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
          treatMissingData?: 'missing' | 'ignore' | 'breaching' | 'notBreaching';
          alarmActions?: SstInput<string>[];
        },
      );
      readonly arn: SstOutput<string>;
    }
  }
}

declare namespace sst {
  /** sst.Secret (platform/src/components/secret.ts): set with `sst secret set`. */
  class Secret implements SstLinkable {
    constructor(name: string, placeholder?: SstInput<string>);
    readonly name: SstOutput<string>;
    readonly value: SstOutput<string>;
    getSSTLink(): unknown;
  }

  namespace aws {
    /** sst.aws.Email (components/aws/email.ts): an SES identity, an address or a domain. */
    class Email implements SstLinkable {
      constructor(name: string, args: { sender: SstInput<string>; dmarc?: SstInput<string>; dns?: unknown; transform?: Record<string, unknown> });
      readonly sender: SstOutput<string>;
      readonly configSet: SstOutput<string>;
      getSSTLink(): unknown;
    }

    class Function implements SstLinkable {
      constructor(name: string, args: SstFunctionArgs);
      readonly name: SstOutput<string>;
      readonly arn: SstOutput<string>;
      readonly url: SstOutput<string>;
      getSSTLink(): unknown;
    }

    class Dynamo implements SstLinkable {
      constructor(
        name: string,
        args: {
          fields: Record<string, 'string' | 'number' | 'binary'>;
          primaryIndex: { hashKey: string; rangeKey?: string };
          globalIndexes?: Record<
            string,
            { hashKey: string | string[]; rangeKey?: string | string[]; projection?: 'all' | 'keys-only' | string[] }
          >;
          localIndexes?: Record<string, { rangeKey: string; projection?: 'all' | 'keys-only' | string[] }>;
          stream?: 'keys-only' | 'new-image' | 'old-image' | 'new-and-old-images';
          ttl?: string;
          deletionProtection?: boolean;
          transform?: { table?: SstTransform<Record<string, unknown>> };
        },
      );
      readonly name: SstOutput<string>;
      readonly arn: SstOutput<string>;
      readonly nodes: { table: unknown };
      subscribe(
        name: string,
        subscriber: string | SstFunctionArgs,
        args?: { filters?: Record<string, unknown>[]; transform?: { eventSourceMapping?: SstTransform<Record<string, unknown>> } },
      ): unknown;
      getSSTLink(): unknown;
    }

    class Queue implements SstLinkable {
      constructor(
        name: string,
        args?: {
          fifo?: boolean | { contentBasedDeduplication?: boolean };
          delay?: SstDurationMinutes;
          visibilityTimeout?: SstInput<SstDurationHours>;
          dlq?: SstInput<string | { queue: SstInput<string>; retry: SstInput<number> }>;
          transform?: {
            queue?: SstTransform<{
              messageRetentionSeconds: SstInput<number>;
              visibilityTimeoutSeconds: SstInput<number>;
              receiveWaitTimeSeconds: SstInput<number>;
              [key: string]: unknown;
            }>;
          };
        },
      );
      readonly arn: SstOutput<string>;
      readonly url: SstOutput<string>;
      readonly nodes: { queue: { readonly name: SstOutput<string> } };
      /** Only one subscriber per queue; a second call throws. */
      subscribe(
        subscriber: string | SstFunctionArgs,
        args?: {
          batch?: SstInput<{ size?: SstInput<number>; window?: SstInput<SstDurationMinutes>; partialResponses?: SstInput<boolean> }>;
          filters?: Record<string, unknown>[];
          transform?: { eventSourceMapping?: SstTransform<Record<string, unknown>> };
        },
      ): SstOutput<unknown>;
      getSSTLink(): unknown;
    }

    class CronV2 {
      constructor(
        name: string,
        args: {
          schedule: SstInput<`rate(${string})` | `cron(${string})` | `at(${string})`>;
          function?: SstInput<string | SstFunctionArgs>;
          timezone?: SstInput<string>;
          enabled?: SstInput<boolean>;
          retries?: SstInput<number>;
          dlq?: SstInput<string>;
          event?: SstInput<Record<string, unknown>>;
        },
      );
      readonly nodes: { function: SstOutput<unknown> | undefined };
    }
  }
}
