/**
 * Alerts: the table stream drives functions/notify.ts for event items that become confirmed
 * changes or signals (a stream filter), which emails each matching subscriber once.
 */
import { api } from './api';
import { lambdaDefaults } from './defaults';
import { email, signingSecret } from './email';
import { table } from './storage';

export const notify = table.subscribe(
  'Notify',
  {
    handler: 'functions/notify.handler',
    link: [table, email, signingSecret],
    ...lambdaDefaults('notify', { PW_SITE_URL: process.env.PW_SITE_URL ?? api.url }),
  },
  { filters: [{ dynamodb: { NewImage: { type: { S: ['event'] }, status: { S: ['confirmed', 'signal'] } } } }] },
);
