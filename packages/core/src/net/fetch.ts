/**
 * The safe fetcher for feeds and article pages (node:http / node:https, no global fetch).
 *
 * Limits: a total deadline (default 15 s) and a connect deadline (default 10 s); at most 5
 * redirects, each re-checked; a body cap (default 5 MB) that applies to the DECODED body too, so a
 * gzip/deflate/brotli bomb stops at the cap; 'fail' (too-large) or 'truncate' past the cap.
 *
 * SSRF guard. Every connection goes through our own `lookup` function: it resolves the host once
 * (system DNS or `opts.lookup`), drops every address that is private, loopback, link-local,
 * CGNAT, multicast, unspecified or otherwise reserved (see address.ts), and hands ONLY the
 * surviving addresses to the socket. The socket connects to exactly what was checked, so a DNS
 * answer that changes between check and connect (rebinding) cannot slip a private address in:
 * there is no second resolution. IP-literal hosts are checked before connecting, and the
 * connected socket's remote address is checked again (belt and braces). Every redirect hop is a
 * new connection and goes through the same checks. `allowPrivate`, `allowHosts` and
 * `allowAddresses` relax the guard (the local runtime's loopback fixture server, tests).
 */
import http from 'node:http';
import https from 'node:https';
import type { ClientRequest, IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction, Socket } from 'node:net';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { blockedReason, normalizeIp } from './address';
import { FetchError } from './errors';

export const USER_AGENT = 'PartnershipWatch/0.1 (+https://github.com/partnership-watch/partnership-watch)';
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ResolvedAddress {
  address: string;
  /** 4 or 6. */
  family: number;
}
/** Resolves a host name to addresses (all of them). Default: the system resolver (`dns.lookup`). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchOptions {
  /** Deadline for the whole fetch, redirects and body included (ms). Default 15 000. */
  timeoutMs?: number;
  /** Deadline for each TCP connection, DNS included (ms). Default 10 000 (never above timeoutMs). */
  connectTimeoutMs?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** Body cap in bytes, after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Past maxBytes: 'fail' (FetchError too-large; feeds, the default) or 'truncate' (pages: keep the head, `truncated: true`). */
  onTooLarge?: 'fail' | 'truncate';
  /** Conditional GET: the ETag seen last time (sent as If-None-Match). */
  etag?: string;
  /** Conditional GET: the Last-Modified seen last time (sent as If-Modified-Since). */
  lastModified?: string;
  /** Accept header. Default FEED_ACCEPT. */
  accept?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Default USER_AGENT. */
  userAgent?: string;
  /** Skip the private-address guard entirely (the local runtime's loopback fixture server). */
  allowPrivate?: boolean;
  /** Host names exempt from the address guard (exact, case-insensitive). */
  allowHosts?: readonly string[];
  /** IP addresses exempt from the address guard (exact). */
  allowAddresses?: readonly string[];
  /** DNS resolver hook (tests, custom resolvers). Default: dns.lookup with all addresses. */
  lookup?: Resolver;
  /** Cancels the fetch (FetchError aborted). */
  signal?: AbortSignal;
}

export interface FetchResult {
  status: number;
  /** The final URL, after redirects. */
  url: string;
  /** Every redirect target followed, in order. */
  redirects: string[];
  /** True for 304 Not Modified (then `body` is empty). */
  notModified: boolean;
  headers: {
    etag?: string;
    lastModified?: string;
    contentType?: string;
    contentLanguage?: string;
  };
  /** The decoded body (gzip/deflate/br undone). Empty for 304. */
  body: Uint8Array;
  /** True when the body was cut at maxBytes (onTooLarge 'truncate'). */
  truncated: boolean;
  /** The remote address the final response came from. */
  address?: string;
}

interface Settled {
  timeoutMs: number;
  connectTimeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
  truncate: boolean;
  headers: OutgoingHttpHeaders;
  allowPrivate: boolean;
  allowHosts: ReadonlySet<string>;
  allowAddresses: ReadonlySet<string>;
  resolve: Resolver;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const EMPTY = new Uint8Array(0);

const defaultResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

const positive = (v: number | undefined, dflt: number): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : dflt);
const headerSafe = (v: string | undefined): v is string => typeof v === 'string' && v.length > 0 && !/[\r\n\0]/.test(v);
const normHost = (h: string): string => h.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();

function settle(opts: FetchOptions): Settled {
  const timeoutMs = positive(opts.timeoutMs, DEFAULT_TIMEOUT_MS);
  const headers: OutgoingHttpHeaders = {
    'user-agent': opts.userAgent ?? USER_AGENT,
    accept: opts.accept ?? FEED_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  for (const [k, v] of Object.entries(opts.headers ?? {})) if (headerSafe(v)) headers[k.toLowerCase()] = v;
  if (headerSafe(opts.etag)) headers['if-none-match'] = opts.etag;
  if (headerSafe(opts.lastModified)) headers['if-modified-since'] = opts.lastModified;
  return {
    timeoutMs,
    connectTimeoutMs: Math.min(positive(opts.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS), timeoutMs),
    maxRedirects: typeof opts.maxRedirects === 'number' && opts.maxRedirects >= 0 ? Math.floor(opts.maxRedirects) : DEFAULT_MAX_REDIRECTS,
    maxBytes: Math.floor(positive(opts.maxBytes, DEFAULT_MAX_BYTES)),
    truncate: opts.onTooLarge === 'truncate',
    headers,
    allowPrivate: opts.allowPrivate === true,
    allowHosts: new Set((opts.allowHosts ?? []).map(normHost)),
    allowAddresses: new Set((opts.allowAddresses ?? []).map((a) => normalizeIp(a) ?? a)),
    resolve: opts.lookup ?? defaultResolver,
  };
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new FetchError('bad-url', `"${raw.slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')} (${url.href.slice(0, 200)})`);
  }
  if (!url.hostname) throw new FetchError('bad-url', `${url.href} has no host`);
  if (url.username || url.password) throw new FetchError('bad-url', `${url.origin}: URLs with credentials are not fetched`);
  return url;
}

const withoutHash = (u: URL): string => u.href.replace(/#.*$/, '');

/** Fetch one resource safely. Resolves for 2xx and 304; everything else throws a FetchError. */
export async function fetchResource(input: string | URL, opts: FetchOptions = {}): Promise<FetchResult> {
  const cfg = settle(opts);
  let url = parseHttpUrl(String(input));
  const ac = new AbortController();
  const timer = setTimeout(
    () => ac.abort(new FetchError('timeout', `no complete answer from ${url.host} within ${cfg.timeoutMs} ms`, { url: url.href })),
    cfg.timeoutMs,
  );
  const onCallerAbort = (): void => ac.abort(new FetchError('aborted', 'the fetch was cancelled', { url: url.href }));
  if (opts.signal?.aborted) onCallerAbort();
  else opts.signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const seen = new Set([withoutHash(url)]);
    const redirects: string[] = [];
    for (;;) {
      const { res, address } = await request(url, cfg, ac.signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.destroy();
        const next = parseHttpUrl(location, url);
        if (seen.has(withoutHash(next))) {
          throw new FetchError('redirect-loop', `${url.href} redirects back to ${next.href}, already visited`, { url: url.href });
        }
        if (redirects.length >= cfg.maxRedirects) {
          throw new FetchError('too-many-redirects', `more than ${cfg.maxRedirects} redirects (last: ${url.href} → ${next.href})`, {
            url: url.href,
          });
        }
        seen.add(withoutHash(next));
        redirects.push(next.href);
        url = next;
        continue;
      }
      const headers = pickHeaders(res);
      if (status === 304) {
        res.destroy();
        return { status, url: url.href, redirects, notModified: true, headers, body: EMPTY, truncated: false, ...(address ? { address } : {}) };
      }
      if (status < 200 || status > 299) {
        res.destroy();
        const text = res.statusMessage ? ` ${res.statusMessage}` : '';
        throw new FetchError('http-status', `${url.href} answered ${status}${text}`, { url: url.href, status });
      }
      const { body, truncated } = await readBody(res, url, cfg, ac.signal);
      return { status, url: url.href, redirects, notModified: false, headers, body, truncated, ...(address ? { address } : {}) };
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function pickHeaders(res: IncomingMessage): FetchResult['headers'] {
  const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v) || undefined;
  const out: FetchResult['headers'] = {};
  const etag = one(res.headers.etag);
  const lastModified = one(res.headers['last-modified']);
  const contentType = one(res.headers['content-type']);
  const contentLanguage = one(res.headers['content-language']);
  if (etag) out.etag = etag;
  if (lastModified) out.lastModified = lastModified;
  if (contentType) out.contentType = contentType;
  if (contentLanguage) out.contentLanguage = contentLanguage;
  return out;
}

/** One HTTP exchange up to the response headers, through the address guard. */
function request(url: URL, cfg: Settled, signal: AbortSignal): Promise<{ res: IncomingMessage; address?: string }> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const exempt = cfg.allowPrivate || cfg.allowHosts.has(normHost(host));
    const why = (ip: string): string | undefined => {
      if (exempt || cfg.allowAddresses.has(normalizeIp(ip) ?? ip)) return undefined;
      return blockedReason(ip);
    };
    const blocked = (ip: string, reason: string): FetchError =>
      new FetchError('blocked-address', `${ip} is ${reason}${normHost(host) !== normHost(ip) ? ` (resolved from ${host})` : ''}`, { url: url.href });

    if (isIP(host)) {
      const reason = why(host);
      if (reason) {
        reject(blocked(host, reason));
        return;
      }
    }

    // Resolve once, keep only allowed addresses, and let the socket connect to exactly those.
    const lookup: LookupFunction = (hostname, options, callback) => {
      cfg.resolve(hostname).then(
        (answers) => {
          const family = options.family === 4 || options.family === 6 ? options.family : 0;
          const candidates = answers.filter((a) => isIP(a.address) && (!family || isIP(a.address) === family));
          if (candidates.length === 0) {
            callback(new FetchError('network', `${hostname} has no usable address`, { url: url.href }), '', 0);
            return;
          }
          const allowed = candidates.filter((a) => !why(a.address));
          if (allowed.length === 0) {
            const first = candidates[0] as ResolvedAddress;
            callback(blocked(first.address, why(first.address) ?? 'blocked'), '', 0);
            return;
          }
          const list = allowed.map((a) => ({ address: a.address, family: isIP(a.address) }));
          if (options.all) (callback as unknown as (e: null, a: typeof list) => void)(null, list);
          else callback(null, (list[0] as { address: string }).address, (list[0] as { family: number }).family);
        },
        (err: NodeJS.ErrnoException) => {
          callback(new FetchError('network', `cannot resolve ${hostname} (${err.code ?? err.message})`, { url: url.href, cause: err }), '', 0);
        },
      );
    };

    let req: ClientRequest;
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    let address: string | undefined;
    const fail = (err: unknown): void => {
      clearTimeout(connectTimer);
      if (settled) return;
      settled = true;
      reject(toFetchError(err, url, signal));
    };
    try {
      req = (url.protocol === 'https:' ? https : http).request(
        {
          protocol: url.protocol,
          host,
          port: url.port ? Number(url.port) : undefined,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: cfg.headers,
          agent: false,
          lookup,
        },
        (res) => {
          clearTimeout(connectTimer);
          if (settled) {
            res.destroy();
            return;
          }
          settled = true;
          resolve(address ? { res, address } : { res });
        },
      );
    } catch (err) {
      fail(err);
      return;
    }
    const onAbort = (): void => {
      req.destroy(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('close', () => signal.removeEventListener('abort', onAbort));
    req.on('error', fail);
    req.on('socket', (socket: Socket) => {
      connectTimer = setTimeout(() => {
        req.destroy(new FetchError('timeout', `could not connect to ${url.host} within ${cfg.connectTimeoutMs} ms`, { url: url.href }));
      }, cfg.connectTimeoutMs);
      const onConnect = (): void => {
        clearTimeout(connectTimer);
        const remote = socket.remoteAddress;
        if (!remote) return;
        address = remote;
        const reason = why(remote);
        if (reason) req.destroy(blocked(remote, reason));
      };
      if (socket.connecting) socket.once('connect', onConnect);
      else onConnect();
    });
    req.end();
  });
}

function toFetchError(err: unknown, url: URL, signal: AbortSignal): FetchError {
  if (err instanceof FetchError) return err;
  if (signal.aborted && signal.reason instanceof FetchError) return signal.reason;
  const e = err as NodeJS.ErrnoException;
  const where = url.host;
  switch (e?.code) {
    case 'ECONNREFUSED':
      return new FetchError('network', `connection refused by ${where}`, { url: url.href, cause: err });
    case 'ECONNRESET':
    case 'EPIPE':
      return new FetchError('network', `connection to ${where} was reset`, { url: url.href, cause: err });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchError('network', `cannot resolve ${url.hostname}`, { url: url.href, cause: err });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchError('network', `${where} is unreachable`, { url: url.href, cause: err });
    case 'ETIMEDOUT':
      return new FetchError('timeout', `connection to ${where} timed out`, { url: url.href, cause: err });
    default:
      break;
  }
  if (typeof e?.code === 'string' && /^(?:ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|ERR_SSL)/.test(e.code)) {
    return new FetchError('network', `TLS failure with ${where}: ${e.message}`, { url: url.href, cause: err });
  }
  if (typeof e?.code === 'string' && e.code.startsWith('HPE_')) {
    return new FetchError('network', `${where} sent a malformed HTTP response (${e.code})`, { url: url.href, cause: err });
  }
  if (e?.message === 'aborted') {
    return new FetchError('network', `${where} closed the connection before the body was complete`, { url: url.href, cause: err });
  }
  return new FetchError('network', `${where}: ${e?.message ?? String(err)}`, { url: url.href, cause: err });
}

/** deflate as sent in the wild: zlib-wrapped (RFC 1950) or raw (RFC 1951); sniffed from the first byte. */
function inflateAuto(): Transform {
  let inner: zlib.Inflate | zlib.InflateRaw | undefined;
  const out = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (!inner) {
        const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
        inner = ((chunk[0] ?? 0) & 0x0f) === 0x08 ? zlib.createInflate(lenient) : zlib.createInflateRaw(lenient);
        inner.on('data', (d: Buffer) => out.push(d));
        inner.on('error', (e) => out.destroy(e));
      }
      inner.write(chunk, () => cb());
    },
    flush(cb) {
      if (!inner) {
        cb();
        return;
      }
      inner.once('end', () => cb());
      inner.end();
    },
    destroy(err, cb) {
      inner?.destroy();
      cb(err);
    },
  });
  return out;
}

/** Thrown inside the stream chain to stop reading at the cap in 'truncate' mode. */
class StopReading extends Error {}

async function readBody(res: IncomingMessage, url: URL, cfg: Settled, signal: AbortSignal): Promise<{ body: Uint8Array; truncated: boolean }> {
  const tooLarge = (detail: string): FetchError =>
    new FetchError('too-large', `${url.href}: ${detail}, over the ${cfg.maxBytes}-byte limit`, { url: url.href });

  const encodings = String(res.headers['content-encoding'] ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'identity');
  const decoders: Transform[] = [];
  for (const enc of encodings.reverse()) {
    const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (enc === 'gzip' || enc === 'x-gzip') decoders.push(zlib.createGunzip(lenient));
    else if (enc === 'deflate') decoders.push(inflateAuto());
    else if (enc === 'br') decoders.push(zlib.createBrotliDecompress());
    else {
      res.destroy();
      throw new FetchError('bad-encoding', `${url.href}: unsupported content-encoding "${enc}"`, { url: url.href });
    }
  }
  const declared = Number(res.headers['content-length']);
  if (!cfg.truncate && Number.isFinite(declared) && declared > cfg.maxBytes) {
    res.destroy();
    throw tooLarge(`the server announces ${declared} bytes`);
  }

  const streams: Readable[] = [res];
  let tail: Readable = res;
  if (decoders.length) {
    // Compressed bytes on the wire are capped too (a compressed body never needs more than the cap).
    let wire = 0;
    const wireCap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        wire += chunk.length;
        if (wire > cfg.maxBytes) cb(cfg.truncate ? new StopReading() : tooLarge('the compressed body is larger'));
        else cb(null, chunk);
      },
    });
    for (const s of [wireCap, ...decoders]) {
      tail = tail.pipe(s);
      streams.push(s);
    }
  }
  const last = tail;
  let decodeError: unknown;
  for (const d of decoders) d.on('error', (e) => (decodeError ??= e));
  for (const s of streams) if (s !== last) s.on('error', (e) => last.destroy(e));
  const onAbort = (): void => {
    for (const s of streams) s.destroy(signal.reason as Error);
  };
  signal.addEventListener('abort', onAbort, { once: true });

  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of last as AsyncIterable<Buffer>) {
      if (size + chunk.length > cfg.maxBytes) {
        if (!cfg.truncate) throw tooLarge(decoders.length ? 'the decompressed body is larger' : 'the body is larger');
        chunks.push(chunk.subarray(0, cfg.maxBytes - size));
        size = cfg.maxBytes;
        truncated = true;
        break;
      }
      chunks.push(chunk);
      size += chunk.length;
    }
  } catch (err) {
    if (err instanceof StopReading) {
      truncated = true;
    } else if (err instanceof FetchError) {
      throw err;
    } else if (signal.aborted && signal.reason instanceof FetchError) {
      throw signal.reason;
    } else if (decodeError !== undefined && err === decodeError) {
      throw new FetchError('bad-encoding', `${url.href}: the ${encodings.join('+')} body is corrupt (${(err as Error).message})`, {
        url: url.href,
        cause: err,
      });
    } else {
      throw toFetchError(err, url, signal);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    for (const s of streams) s.destroy();
  }
  const buf = Buffer.concat(chunks, size);
  return { body: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), truncated };
}
