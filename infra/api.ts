/**
 * The HTTP API (feeds, events, partners, subscriptions, review): one hono app in one function
 * behind a function URL. PW_SITE_URL sets the public address used in links (a custom domain);
 * otherwise links use the function URL.
 */
import { lambdaDefaults } from './defaults';
import { email, reviewToken, signingSecret } from './email';
import { table } from './storage';

export const api = new sst.aws.Function('Api', {
  handler: 'functions/api.handler',
  url: true,
  link: [table, email, reviewToken, signingSecret],
  ...lambdaDefaults('api', process.env.PW_SITE_URL ? { PW_SITE_URL: process.env.PW_SITE_URL } : {}),
});
