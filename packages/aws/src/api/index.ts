export { createApp } from './app';
export { DEFAULT_LIMITS, type ApiDeps, type Limits, type OutgoingEmail, type App } from './context';
export { signToken, verifyToken, sameSecret, TOKEN_TTL_SECONDS, type TokenPurpose, type TokenCheck } from './tokens';
export { subscriberLinks, filtersSummary, ACCEPTED } from './subscriptions';
export { siteLinks, outletNames } from './views';
export { checkEmail, parseFilters } from './validate';
export { FEED_SIZE } from './public';
