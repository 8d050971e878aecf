export type FeedErrorCode =
  /** HTML, plain text, an unknown XML vocabulary or a JSON document that is not a JSON Feed. */
  | 'not-a-feed'
  /** Not well-formed XML. */
  | 'invalid-xml'
  /** Looks like JSON but does not parse. */
  | 'invalid-json'
  /** A DOCTYPE that declares entities (entity expansion / external entities): refused unparsed. */
  | 'unsafe-xml'
  /** The document is larger than the parser accepts. */
  | 'too-large'
  /** More items than allowed, only with `onTooManyItems: 'fail'` (the default is to keep the first ones). */
  | 'too-many-items'
  /** The bytes could not be decoded (unknown charset). */
  | 'bad-encoding';

/** Why a feed could not be read: a machine `code` and a `reason` a person understands. `message` is `${code}: ${reason}`. */
export class FeedError extends Error {
  readonly code: FeedErrorCode;
  readonly reason: string;
  constructor(code: FeedErrorCode, reason: string, options?: { cause?: unknown }) {
    super(`${code}: ${reason}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedError';
    this.code = code;
    this.reason = reason;
  }
}
