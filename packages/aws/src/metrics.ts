/**
 * Counters in CloudWatch's embedded metric format: one JSON log line that CloudWatch Logs turns
 * into metrics, with no API call and no extra permission. All values are counts.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
import { writeLogLine } from './log';

export const METRICS_NAMESPACE = 'PartnershipWatch';

/**
 * The metrics a level publishes. CloudWatch bills each custom metric ($0.30 a month beyond the
 * always-free 10) for every hour it gets a data point, so docs/COST.md counts them:
 * - `all` (default): every counter;
 * - `essential`: only what the alarms and an operator need (failures, changes, alerts);
 * - `off`: none (the counts stay in the log line as plain fields either way).
 */
export const METRIC_LEVELS = {
  all: null,
  essential: new Set(['failed', 'failures', 'changes', 'alerts']),
  off: new Set<string>(),
} as const;
export type MetricLevel = keyof typeof METRIC_LEVELS;

export function metricLevel(value = process.env.PW_METRICS): MetricLevel {
  return value && value in METRIC_LEVELS ? (value as MetricLevel) : 'all';
}

/**
 * One EMF line. A zero is written as a plain field but not declared as a metric: no data point,
 * so a counter that is mostly zero (failures, changes, alerts) costs nothing in the hours it
 * stays zero; the alarms treat missing data as not breaching.
 */
export function emitMetrics(
  namespace: typeof METRICS_NAMESPACE,
  dims: Record<string, string>,
  values: Record<string, number>,
  log: (line: string) => void = writeLogLine,
  level: MetricLevel = metricLevel(),
): void {
  if (!Object.keys(values).length) return;
  const allowed = METRIC_LEVELS[level];
  const names = Object.keys(values).filter((name) => values[name] !== 0 && (!allowed || allowed.has(name)));
  const line = {
    ...(names.length ? { _aws: { Timestamp: Date.now(), CloudWatchMetrics: [{ Namespace: namespace, Dimensions: [Object.keys(dims)], Metrics: names.map((Name) => ({ Name, Unit: 'Count' })) }] } } : {}),
    ...dims,
    ...values,
  };
  log(JSON.stringify(line));
}

/**
 * Where metric lines go: on Lambda (no logger configured) to stdout as raw EMF lines, which
 * CloudWatch turns into metrics; locally through the caller's logger (silent in replays, the
 * log file under pw start), so that no command's output is disturbed.
 */
export function metricsSink(logger?: { info(msg: string, fields?: Record<string, unknown>): void }): (line: string) => void {
  return logger ? (line) => logger.info('metrics', JSON.parse(line) as Record<string, unknown>) : writeLogLine;
}
