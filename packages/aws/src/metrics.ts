/**
 * Counters in CloudWatch's embedded metric format: one JSON log line that CloudWatch Logs turns
 * into metrics, with no API call and no extra permission. All values are counts.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
import { writeLogLine } from './log';

export const METRICS_NAMESPACE = 'PartnershipWatch';

export function emitMetrics(
  namespace: typeof METRICS_NAMESPACE,
  dims: Record<string, string>,
  values: Record<string, number>,
  log: (line: string) => void = writeLogLine,
): void {
  const names = Object.keys(values);
  if (!names.length) return;
  const line = {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [{ Namespace: namespace, Dimensions: [Object.keys(dims)], Metrics: names.map((Name) => ({ Name, Unit: 'Count' })) }],
    },
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
