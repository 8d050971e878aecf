/**
 * Change notifications: the table's stream drives functions/changes.ts, which publishes every
 * newly confirmed change to the default EventBridge bus (schema: docs/CHANGES.md). Only event
 * items that are confirmed reach the function (a stream filter), so it stays idle otherwise.
 */
import { lambdaDefaults } from './defaults';
import { table } from './storage';

export const changes = table.subscribe(
  'Changes',
  {
    handler: 'functions/changes.handler',
    permissions: [{ actions: ['events:PutEvents'], resources: ['*'] }],
    ...lambdaDefaults('changes'),
  },
  { filters: [{ dynamodb: { NewImage: { type: { S: ['event'] }, status: { S: ['confirmed'] } } } }] },
);
