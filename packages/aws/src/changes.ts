/**
 * Publishes confirmed changes from the table's stream: to EventBridge on AWS (source
 * "partnership-watch", detail-type "Partnership changed"), to a JSON-lines file locally.
 * Each stream record stands alone: a failed one is reported, the rest go on.
 */
import { appendFileSync } from 'node:fs';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { changeFromImages, type ChangeMessage, type Logger } from '@pw/core';
import { jsonLogger } from './log';

export const CHANGE_SOURCE = 'partnership-watch';
export const CHANGE_DETAIL_TYPE = 'Partnership changed';

export interface ChangePublisher {
  publish(message: ChangeMessage): Promise<void>;
}

export class EventBridgePublisher implements ChangePublisher {
  constructor(
    private readonly client = new EventBridgeClient({ maxAttempts: 5 }),
    private readonly busName = 'default',
  ) {}

  async publish(message: ChangeMessage): Promise<void> {
    const res = await this.client.send(
      new PutEventsCommand({ Entries: [{ Source: CHANGE_SOURCE, DetailType: CHANGE_DETAIL_TYPE, Detail: JSON.stringify(message), EventBusName: this.busName }] }),
    );
    if (res.FailedEntryCount) throw new Error(`EventBridge refused the change ${message.eventId}: ${res.Entries?.[0]?.ErrorMessage ?? 'unknown error'}`);
  }
}

/** The local stand-in: one JSON object per line in a file (pw start: .pw/changes.jsonl). */
export class FilePublisher implements ChangePublisher {
  constructor(private readonly path: string) {}

  async publish(message: ChangeMessage): Promise<void> {
    appendFileSync(this.path, `${JSON.stringify(message)}\n`);
  }
}

export function makeChangesHandler(publisher: () => ChangePublisher, log: Logger = jsonLogger) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const image = (i: unknown) => (i ? unmarshall(i as Record<string, AttributeValue>) : undefined);
      const change = changeFromImages(image(record.dynamodb?.OldImage), image(record.dynamodb?.NewImage));
      if (!change) continue;
      try {
        await publisher().publish(change);
        log.info('change published', { eventId: change.eventId, partner: change.partner, from: change.from, to: change.to });
      } catch (err) {
        log.error('change not published', { eventId: change.eventId, error: err instanceof Error ? err.message : String(err) });
        // Stream order matters: report this record and let Lambda retry from it.
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
        break;
      }
    }
    return { batchItemFailures };
  };
}
