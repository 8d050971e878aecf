/** HTTP plumbing shared by the routes: errors, cache policies, JSON bodies. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every error leaves as `{ error, reason[, field] }` (or an HTML page on a page route). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly error: string,
    readonly reason: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(reason);
  }
}

export const badRequest = (field: string, reason: string) => new ApiError(400, 'bad_request', reason, field);
export const notFound = (reason: string) => new ApiError(404, 'not_found', reason);

/** Longest field name an error names: an unknown parameter's name comes from the request, and the answer never echoes a 10 kB one. */
const MAX_FIELD_CHARS = 64;

export function errorBody(e: ApiError): Record<string, string> {
  const field = e.field && e.field.length > MAX_FIELD_CHARS ? `${e.field.slice(0, MAX_FIELD_CHARS)}…` : e.field;
  return { error: e.error, reason: e.reason, ...(field ? { field } : {}) };
}

/** Cache policies: public listings may be cached briefly; anything with a token, never. */
export const CACHE = {
  public: 'public, max-age=60',
  feed: 'public, max-age=300',
  static: 'public, max-age=3600',
  none: 'no-store',
} as const;

export function cache(c: Context, policy: keyof typeof CACHE): void {
  c.header('Cache-Control', CACHE[policy]);
}

/** The largest JSON body the API reads. */
export const MAX_BODY_BYTES = 8 * 1024;

/**
 * Reads a JSON object body: 415 unless the content type is JSON, 413 over MAX_BODY_BYTES
 * (declared or actual), 400 when it does not parse or is not an object.
 */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  const declared = c.req.header('content-length');
  if (declared && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError(400, 'bad_request', 'the body is not valid UTF-8 JSON', 'body');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ApiError(400, 'bad_request', 'the body must be a JSON object', 'body');
  return value as Record<string, unknown>;
}

/** Refuses fields the endpoint does not know (a typo should not pass silently). */
export function onlyFields(body: Record<string, unknown>, allowed: string[]): void {
  for (const k of Object.keys(body)) if (!allowed.includes(k)) throw badRequest(k, `unknown field (allowed: ${allowed.join(', ')})`);
}

const tooLarge = () => new ApiError(413, 'payload_too_large', `the body must be at most ${MAX_BODY_BYTES} bytes`);

/** Does the client want a page rather than JSON (a browser following a link)? */
export function wantsHtml(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/html');
}
