/**
 * The handlers' logic, between the AWS event shapes and the core use-cases. functions/*.ts
 * only name their linked resources and export these.
 */
import type { Context, ScheduledEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { extractArticle, fetchResource, parseArticleMessage, parseSources, pollSources, type Logger, type PollReport, type Source } from '@pw/core';
import { documentClient, sqsClient } from './clients';
import { Store } from './dynamo/store';
import { jsonLogger } from './log';
import { emitMetrics, metricsSink, METRICS_NAMESPACE } from './metrics';
import { SqsArticleQueue } from './sqs';

/** A page gets this long, well inside the extract function's timeout. */
export const PAGE_FETCH_TIMEOUT_MS = 20_000;

export interface PipelineConfig {
  tableName: string;
  queueUrl: string;
  /** Only the local runtime sets this, for its loopback fixture server. */
  allowPrivateFetch?: boolean;
  /** Poll every source now, whatever its backoff (a replay step, a manual poll). */
  ignoreBackoff?: boolean;
  /** Per-fetch time limit (feeds and pages); default the fetcher's 15 s. */
  fetchTimeoutMs?: number;
  log?: Logger;
}

/** Time kept at the end of a poll invocation for the sources in flight: a fetch's limit and their claims. */
export const POLL_FINISH_MS = 30_000;

export function makePollHandler(config: () => PipelineConfig, loadSources: () => Source[] | Promise<Source[]>) {
  return async (_event?: Partial<ScheduledEvent>, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<PollReport> => {
    const c = config();
    const store = new Store(documentClient(), c.tableName);
    const sources = await loadSources();
    // On Lambda, stop starting sources POLL_FINISH_MS before the timeout (the rest are deferred).
    const startBefore = context ? Date.now() + context.getRemainingTimeInMillis() - POLL_FINISH_MS : undefined;
    const report = await pollSources(sources, { store, queue: new SqsArticleQueue(sqsClient(), c.queueUrl), fetch: fetchResource }, { allowPrivate: !!c.allowPrivateFetch, ignoreBackoff: !!c.ignoreBackoff, log: c.log ?? jsonLogger, ...(c.fetchTimeoutMs ? { fetchTimeoutMs: c.fetchTimeoutMs } : {}), ...(startBefore !== undefined ? { startBefore } : {}) });
    const polled = report.sources.filter((s) => s.result !== 'backing-off' && s.result !== 'deferred').length;
    emitMetrics(METRICS_NAMESPACE, { function: 'poll' }, { polled, queued: report.queued, failed: report.failed }, metricsSink(c.log));
    return report;
  };
}

/** Each record is handled alone; only the failed ones go back to the queue (partial batch response). */
export function makeExtractHandler(config: () => PipelineConfig) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const c = config();
    const log = c.log ?? jsonLogger;
    const store = new Store(documentClient(), c.tableName);
    // The records of a batch run side by side, so one slow page cannot push the others past
    // the function's timeout; each fails alone.
    const results = await Promise.allSettled(
      event.Records.map(async (record) => {
        const msg = parseArticleMessage(record.body);
        return extractArticle(msg, { store, fetch: fetchResource }, { allowPrivate: !!c.allowPrivateFetch, log, fetchTimeoutMs: c.fetchTimeoutMs ?? PAGE_FETCH_TIMEOUT_MS });
      }),
    );
    const done = results.flatMap((r) => (r.status === 'fulfilled' && !r.value.skipped ? [r.value] : []));
    emitMetrics(METRICS_NAMESPACE, { function: 'extract' }, {
      read: done.length,
      detected: done.reduce((n, o) => n + o.detections.length, 0),
      changes: done.reduce((n, o) => n + o.decisions.filter((d) => d.change).length, 0),
      failures: results.filter((r) => r.status === 'rejected').length,
    }, metricsSink(c.log));
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') return;
      const record = event.Records[i]!;
      log.warn('message failed', { messageId: record.messageId, receiveCount: record.attributes?.ApproximateReceiveCount, error: r.reason instanceof Error ? r.reason.message : String(r.reason) });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    });
    return { batchItemFailures };
  };
}

export { parseSources };
