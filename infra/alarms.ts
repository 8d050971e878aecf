/**
 * Alarms: articles piling up in the dead-letter queue, and sources failing (from the poll
 * function's embedded metrics, namespace PartnershipWatch). Set PW_ALARM_TOPIC_ARN to an SNS
 * topic to be told; without it the alarms still show in the CloudWatch console.
 */
import { articlesDlq } from './queues';

const actions = process.env.PW_ALARM_TOPIC_ARN ? [process.env.PW_ALARM_TOPIC_ARN] : [];

export const dlqAlarm = new aws.cloudwatch.MetricAlarm('ArticlesDlqNotEmpty', {
  alarmDescription: 'Articles failed 5 times and wait in the DLQ: pw dlq list, fix the cause, pw dlq redrive',
  namespace: 'AWS/SQS',
  metricName: 'ApproximateNumberOfMessagesVisible',
  dimensions: { QueueName: articlesDlq.nodes.queue.name },
  statistic: 'Maximum',
  period: 300,
  evaluationPeriods: 1,
  threshold: 1,
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
  treatMissingData: 'notBreaching',
  alarmActions: actions,
});

export const sourcesFailingAlarm = new aws.cloudwatch.MetricAlarm('SourcesFailing', {
  alarmDescription: 'Many feeds failed in the last hour: GET /api/sources shows which and why',
  namespace: 'PartnershipWatch',
  metricName: 'failed',
  dimensions: { function: 'poll' },
  statistic: 'Sum',
  period: 3600,
  evaluationPeriods: 1,
  threshold: 60,
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
  treatMissingData: 'notBreaching',
  alarmActions: actions,
});
