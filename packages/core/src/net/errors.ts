export type FetchErrorCode =
  | 'bad-url'
  | 'blocked-address'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'http-status'
  | 'bad-encoding'
  | 'network'
  | 'aborted';

/**
 * Why a fetch failed: a machine `code` and a `reason` a person understands.
 * `message` is `${code}: ${reason}`, e.g. `blocked-address: 10.0.0.5 is a private address`.
 */
export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly reason: string;
  /** The URL being fetched when it failed (after any redirects followed so far). */
  readonly url?: string;
  /** The HTTP status, for `http-status`. */
  readonly status?: number;

  constructor(code: FetchErrorCode, reason: string, extra: { url?: string; status?: number; cause?: unknown } = {}) {
    super(`${code}: ${reason}`, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'FetchError';
    this.code = code;
    this.reason = reason;
    if (extra.url !== undefined) this.url = extra.url;
    if (extra.status !== undefined) this.status = extra.status;
  }
}
