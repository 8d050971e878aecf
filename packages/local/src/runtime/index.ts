/** The local stand-in for Lambda's event plumbing: SQS and DynamoDB Streams pollers, and a scheduler. */
export { startSqsConsumer } from './sqs-consumer';
export type { SqsConsumer, SqsConsumerOptions, SqsConsumerStats, SqsErrorPhase } from './sqs-consumer';
export { startStreamReader, toLambdaValue } from './stream-reader';
export type { StreamErrorPhase, StreamReader, StreamReaderOptions, StreamReaderStats } from './stream-reader';
export { startScheduler } from './scheduler';
export type { Scheduler, SchedulerOptions } from './scheduler';
export { createContext } from './context';
export type { ContextOptions } from './context';
