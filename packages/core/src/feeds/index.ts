export {
  parseFeed,
  readFeed,
  DEFAULT_MAX_ITEMS,
  MAX_FEED_CHARS,
  type FeedItem,
  type FeedFormat,
  type ParsedFeed,
  type ParseFeedOptions,
} from './parse';
export { FeedError, type FeedErrorCode } from './errors';
export { canonicalUrl, resolveLink, isGoogleNewsUrl, TRACKING_PARAMS } from './url';
export { feedDateToIso, parseDateLoose } from './dates';
