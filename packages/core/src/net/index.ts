export {
  fetchResource,
  USER_AGENT,
  FEED_ACCEPT,
  PAGE_ACCEPT,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_MAX_BYTES,
  type FetchOptions,
  type FetchResult,
  type Resolver,
  type ResolvedAddress,
} from './fetch';
export { FetchError, type FetchErrorCode } from './errors';
export { blockedReason, isBlockedAddress, normalizeIp } from './address';
