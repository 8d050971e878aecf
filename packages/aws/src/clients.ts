/**
 * AWS SDK clients, created once per process. On Lambda they use the default chain; locally the
 * embedded stack sets AWS_ENDPOINT_URL_<SERVICE> and dummy credentials in the environment, so
 * the same code talks to the emulators.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

let dynamo: DynamoDBDocumentClient | undefined;
let sqs: SQSClient | undefined;

export function documentClient(): DynamoDBDocumentClient {
  dynamo ??= DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 5 }), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
  return dynamo;
}

export function sqsClient(): SQSClient {
  sqs ??= new SQSClient({ maxAttempts: 5 });
  return sqs;
}

/** Forgets the cached clients (the local runtime calls this after it changes endpoints). */
export function resetClients(): void {
  dynamo?.destroy();
  sqs?.destroy();
  dynamo = undefined;
  sqs = undefined;
}
