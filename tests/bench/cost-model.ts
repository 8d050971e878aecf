/**
 * The monthly AWS bill of a deployment, from the durations the load bench measures and AWS's
 * public list prices (docs/COST.md explains every line). Pure arithmetic: `monthlyCost` takes the
 * measured inputs and a number of sources and returns the bill line by line, free tiers left out.
 */
import { ARTICLES_QUEUE, FUNCTION_DEFAULTS, POLL_SCHEDULE } from '@pw/aws';
import { POLL_CONCURRENCY } from '@pw/core';

/** us-east-1 list prices (USD), as assumed on 2025-06-01. */
export const PRICES = {
  lambdaArmGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  sqsRequest: 0.4 / 1e6,
  dynamoWriteUnit: 1.25 / 1e6,
  dynamoReadUnit: 0.25 / 1e6,
  dynamoGbMonth: 0.25,
  schedulerInvocation: 1 / 1e6,
  sesEmail: 0.1 / 1000,
  logsIngestGb: 0.5,
  customMetricMonth: 0.3,
  alarmMonth: 0.1,
} as const;

/** What the model assumes about the world (docs/COST.md says why). */
export const ASSUMPTIONS = {
  daysPerMonth: 30,
  /** New items a source publishes a day; each is assumed to arrive in a poll round of its own (an upper bound on feed changes). */
  newItemsPerSourcePerDay: 20,
  /** A wave of POLL_CONCURRENCY feed fetches waits this long for remote servers (s). */
  feedWaitPerWaveS: 0.5,
  /** An extract batch waits this long for its pages, fetched side by side, and for DynamoDB (s). */
  batchWaitS: 0.35,
  /** Lambda gives a full vCPU at 1,769 MB; below it, CPU time stretches by 1,769 / memory. */
  fullCpuMb: 1769,
  /** Healthy sources with nothing new rewrite their state this often a day (HEALTH_REFRESH_MS). */
  healthRefreshPerDay: 4,
  /** Write units of a source state write: the item and its SOURCES index entry (≤ 1 KB each). */
  stateWriteUnits: 2,
  /** A source's state item (settled ids of a 50-item feed included), read once per round. */
  stateKb: 0.85,
  /** Write units per article: its claim and its read record (one Put, no detections). */
  articleWriteUnits: 2,
  /** Read units per article: extract's GetItem and the poller's batch lookup, eventually consistent. */
  articleReadUnits: 1,
  /** Share of articles with a detection, and the extra write units each costs (transaction, event). */
  detectionShare: 0.01,
  detectionWriteUnits: 10,
  articleKb: 1,
  /** Articles without detections expire after 90 days (ARTICLE_TTL_DAYS): about 3 months stored. */
  storedMonths: 3,
  /** Lambda's SQS event source keeps about 5 long polls open when idle: 5 × 3 a minute. */
  idleSqsReceivesPerMonth: 5 * 3 * 60 * 24 * 30,
  emailsPerMonth: 100,
  /** Log bytes per poll round and per article (JSON lines). */
  logBytesPerRound: 2_000,
  logBytesPerArticle: 1_000,
} as const;

export interface Measured {
  /** Poll work per source in a steady-state round, on one core (ms). */
  pollMsPerSource: number;
  /** Extract work per article, on one core (ms). */
  extractMsPerArticle: number;
}

export interface Bill {
  sources: number;
  articles: number;
  pollRoundS: number;
  lambda: number;
  sqs: number;
  dynamo: number;
  scheduler: number;
  ses: number;
  logs: number;
  /** Everything above: the pipeline's own bill. */
  pipeline: number;
}

export function monthlyCost(sources: number, m: Measured, a = ASSUMPTIONS, p = PRICES): Bill {
  const rounds = (a.daysPerMonth * 86_400_000) / POLL_SCHEDULE.periodMs;
  const articles = sources * a.newItemsPerSourcePerDay * a.daysPerMonth;
  const gb = (mb: number) => mb / 1024;
  const cpuS = (ms: number, mb: number) => (ms / 1000) * (a.fullCpuMb / Math.min(mb, a.fullCpuMb));

  const pollMb = FUNCTION_DEFAULTS.memoryMb.poll;
  const pollRoundS = cpuS(sources * m.pollMsPerSource, pollMb) + Math.ceil(sources / POLL_CONCURRENCY) * a.feedWaitPerWaveS;
  const extractMb = FUNCTION_DEFAULTS.memoryMb.extract;
  const batches = articles / ARTICLES_QUEUE.batchSize;
  const batchS = a.batchWaitS + cpuS(ARTICLES_QUEUE.batchSize * m.extractMsPerArticle, extractMb);
  const lambda = (rounds * pollRoundS * gb(pollMb) + batches * batchS * gb(extractMb)) * p.lambdaArmGbSecond + (rounds + batches) * p.lambdaRequest;

  // One SendMessageBatch per changed feed (≈ per article at one new item a round), and per batch a receive and a delete.
  const sqs = (articles + 2 * batches + a.idleSqsReceivesPerMonth) * p.sqsRequest;

  const stateWrites = (articles + sources * a.healthRefreshPerDay * a.daysPerMonth) * a.stateWriteUnits;
  const articleWrites = articles * (a.articleWriteUnits + a.detectionShare * a.detectionWriteUnits);
  const listingReads = rounds * Math.ceil((sources * a.stateKb) / 4) * 0.5;
  const dynamo = (stateWrites + articleWrites) * p.dynamoWriteUnit + (listingReads + articles * a.articleReadUnits) * p.dynamoReadUnit + ((articles * a.storedMonths * a.articleKb) / 1024 ** 2) * p.dynamoGbMonth;

  const scheduler = rounds * p.schedulerInvocation;
  const ses = a.emailsPerMonth * p.sesEmail;
  const logs = ((rounds * a.logBytesPerRound + articles * a.logBytesPerArticle) / 1024 ** 3) * p.logsIngestGb;
  return { sources, articles, pollRoundS, lambda, sqs, dynamo, scheduler, ses, logs, pipeline: lambda + sqs + dynamo + scheduler + ses + logs };
}

/**
 * CloudWatch custom metrics and alarms, beside the pipeline: each metric costs for the hours it
 * gets a data point (zeros are not published, packages/aws/src/metrics.ts). Always on at any
 * size: polled, queued, read; the others only in the hours they are non-zero (`sparseHours`).
 */
export function observabilityCost(level: 'all' | 'essential' | 'off', sparseHours = 0.5, p = PRICES): number {
  const alarms = 2 * p.alarmMonth;
  if (level === 'off') return alarms;
  // essential: failed (poll), failures (extract), changes, alerts; all adds polled, queued, read, detected.
  const essential = (2 * sparseHours + 2 * 0.05) * p.customMetricMonth;
  return alarms + essential + (level === 'all' ? (3 + sparseHours) * p.customMetricMonth : 0);
}

export const usd = (x: number): string => `$${x < 0.1 ? x.toFixed(3) : x.toFixed(2)}`;

/** The bill as a markdown table, one row per size. */
export function costTable(sizes: number[], m: Measured): string {
  const rows = sizes.map((n) => monthlyCost(n, m));
  return [
    '| sources | articles a month | poll round on Lambda | Lambda | SQS | DynamoDB | Scheduler | SES | Logs | **pipeline total** |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((b) => `| ${b.sources.toLocaleString('en')} | ${b.articles.toLocaleString('en')} | ${b.pollRoundS.toFixed(1)} s | ${usd(b.lambda)} | ${usd(b.sqs)} | ${usd(b.dynamo)} | ${usd(b.scheduler)} | ${usd(b.ses)} | ${usd(b.logs)} | **${usd(b.pipeline)}** |`),
  ].join('\n');
}
