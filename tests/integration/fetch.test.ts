/**
 * fetchResource against real HTTP servers on loopback. The SSRF guard is exercised with
 * `allowPrivate: false`; "public" hosts are simulated with a resolver hook (`lookup`) plus
 * `allowHosts` / `allowAddresses`, since the only server a test can reach is on 127.0.0.0/8.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, USER_AGENT, blockedReason, fetchResource } from '../../packages/core/src/net/index';
import type { FetchOptions, Resolver } from '../../packages/core/src/net/index';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function listen(handler: Handler, host = '127.0.0.1', port = 0): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

async function close(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function fetchError(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a FetchError');
}

/** A resolver hook answering from a table (and counting its calls). */
function fakeDns(table: Record<string, string | string[] | ((call: number) => string)>): Resolver & { calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const resolver = async (hostname: string): Promise<{ address: string; family: number }[]> => {
    calls[hostname] = (calls[hostname] ?? 0) + 1;
    const entry = table[hostname];
    if (entry === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    const answers = typeof entry === 'function' ? [entry(calls[hostname] ?? 1)] : Array.isArray(entry) ? entry : [entry];
    return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolver, { calls });
}

const hits: Record<string, number> = {};
const seenHeaders: Record<string, IncomingMessage['headers']> = {};
const ETAG = '"v1-abc"';
const LAST_MODIFIED = 'Wed, 12 Mar 2025 08:00:00 GMT';
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
const MB = 1024 * 1024;
let bomb: Buffer;

const routes: Record<string, Handler> = {
  '/feed.xml': (req, res) => {
    if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
      res.writeHead(304, { etag: ETAG });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: ETAG, 'last-modified': LAST_MODIFIED, 'content-language': 'vi' });
    res.end(FEED);
  },
  '/error': (_req, res) => {
    res.writeHead(500, 'Internal Server Error');
    res.end('boom');
  },
  '/missing': (_req, res) => {
    res.writeHead(404);
    res.end();
  },
  '/hang': () => {
    /* accept the request, never answer */
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>'); // and then nothing, forever
  },
  '/big': (_req, res) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * MB) });
    let sent = 0;
    const pump = (): void => {
      while (sent < 10 * MB) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
  },
  '/endless': (_req, res) => {
    const chunk = Buffer.alloc(64 * 1024, 0x62);
    res.writeHead(200, { 'content-type': 'application/rss+xml' }); // chunked, no length
    let open = true;
    res.on('close', () => (open = false));
    res.on('error', () => undefined);
    const pump = (): void => {
      while (open) {
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
    };
    pump();
  },
  '/gzip-bomb': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
    res.end(bomb);
  },
  '/gzip': (_req, res) => {
    const body = gzipSync(Buffer.from(FEED));
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    res.end(body);
  },
  '/deflate': (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'deflate' });
    res.end(deflateSync(Buffer.from(FEED)));
  },
  '/deflate-raw': (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'deflate' });
    res.end(deflateRawSync(Buffer.from(FEED)));
  },
  '/br': (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'br' });
    res.end(brotliCompressSync(Buffer.from(FEED)));
  },
  '/corrupt-gzip': (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(Buffer.from('this is not gzip at all, not even close'));
  },
  '/loop-a': (_req, res) => {
    res.writeHead(302, { location: '/loop-b' });
    res.end();
  },
  '/loop-b': (_req, res) => {
    res.writeHead(301, { location: '/loop-a' });
    res.end();
  },
  '/to-ftp': (_req, res) => {
    res.writeHead(302, { location: 'ftp://example.org/feed.xml' });
    res.end();
  },
  '/moved': (_req, res) => {
    res.writeHead(301, { location: '/feed.xml' });
    res.end();
  },
  '/echo-headers': (req, res) => {
    seenHeaders.echo = req.headers;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  },
  '/secret': (_req, res) => {
    res.writeHead(200);
    res.end('internal secret');
  },
};

let main: Server | undefined;
let port = 0;
let origin = '';

beforeAll(async () => {
  bomb = gzipSync(Buffer.alloc(64 * MB)); // ~64 KB on the wire, 64 MB inflated
  ({ server: main, port } = await listen((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      res.writeHead(302, { location: `/chain/${Number(chain[1]) + 1}` });
      res.end();
      return;
    }
    const handler = routes[path];
    if (handler) handler(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  }));
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await close(main);
});

/** Options for plain functional tests against the loopback server. */
const local = (extra: FetchOptions = {}): FetchOptions => ({ allowPrivate: true, ...extra });

describe('fetching', () => {
  it('returns body, final URL and validators, and sends the product User-Agent', async () => {
    const r = await fetchResource(`${origin}/feed.xml`, local());
    expect(r.status).toBe(200);
    expect(r.notModified).toBe(false);
    expect(r.url).toBe(`${origin}/feed.xml`);
    expect(new TextDecoder().decode(r.body)).toBe(FEED);
    expect(r.headers).toEqual({ etag: ETAG, lastModified: LAST_MODIFIED, contentType: 'application/rss+xml; charset=utf-8', contentLanguage: 'vi' });
    expect(r.truncated).toBe(false);
    expect(r.address).toBe('127.0.0.1');

    await fetchResource(`${origin}/echo-headers`, local());
    expect(seenHeaders.echo?.['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toBe('PartnershipWatch/0.1 (+https://github.com/partnership-watch/partnership-watch)');
    expect(seenHeaders.echo?.['accept-encoding']).toMatch(/gzip/);
  });

  it('200 with an ETag, then 304 Not Modified on the conditional request', async () => {
    const first = await fetchResource(`${origin}/feed.xml`, local());
    const second = await fetchResource(`${origin}/feed.xml`, local({ etag: first.headers.etag }));
    expect(second.status).toBe(304);
    expect(second.notModified).toBe(true);
    expect(second.body).toHaveLength(0);
    const third = await fetchResource(`${origin}/feed.xml`, local({ lastModified: first.headers.lastModified }));
    expect(third.notModified).toBe(true);
  });

  it('sends If-None-Match and If-Modified-Since', async () => {
    await fetchResource(`${origin}/echo-headers`, local({ etag: '"x"', lastModified: LAST_MODIFIED }));
    expect(seenHeaders.echo?.['if-none-match']).toBe('"x"');
    expect(seenHeaders.echo?.['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('follows a redirect and reports the final URL', async () => {
    const r = await fetchResource(`${origin}/moved`, local());
    expect(r.url).toBe(`${origin}/feed.xml`);
    expect(r.redirects).toEqual([`${origin}/feed.xml`]);
  });

  it('decodes gzip, zlib and raw deflate, and brotli', async () => {
    for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br']) {
      const r = await fetchResource(`${origin}${path}`, local());
      expect(new TextDecoder().decode(r.body), path).toBe(FEED);
    }
  });
});

describe('failures', () => {
  it('500 → http-status with the status', async () => {
    const err = await fetchError(fetchResource(`${origin}/error`, local()));
    expect(err.code).toBe('http-status');
    expect(err.status).toBe(500);
    expect(err.message).toMatch(/^http-status: .*answered 500/);
    expect((await fetchError(fetchResource(`${origin}/missing`, local()))).status).toBe(404);
  });

  it('a server that never answers → timeout', async () => {
    const err = await fetchError(fetchResource(`${origin}/hang`, local({ timeoutMs: 300 })));
    expect(err.code).toBe('timeout');
  });

  it('a body that stalls → timeout (the deadline covers the body)', async () => {
    const err = await fetchError(fetchResource(`${origin}/slow-body`, local({ timeoutMs: 300 })));
    expect(err.code).toBe('timeout');
  });

  it('a 10 MB body → too-large (5 MB default cap)', async () => {
    const err = await fetchError(fetchResource(`${origin}/big`, local()));
    expect(err.code).toBe('too-large');
  });

  it("a 10 MB page with onTooLarge 'truncate' → the first maxBytes, truncated", async () => {
    const r = await fetchResource(`${origin}/big`, local({ maxBytes: MB, onTooLarge: 'truncate' }));
    expect(r.truncated).toBe(true);
    expect(r.body).toHaveLength(MB);
  });

  it('an endless chunked body → too-large', async () => {
    const err = await fetchError(fetchResource(`${origin}/endless`, local({ maxBytes: 2 * MB, timeoutMs: 10_000 })));
    expect(err.code).toBe('too-large');
  });

  it('a gzip bomb → too-large, without inflating it', async () => {
    const err = await fetchError(fetchResource(`${origin}/gzip-bomb`, local({ maxBytes: MB })));
    expect(err.code).toBe('too-large');
    expect(err.reason).toMatch(/decompressed/);
    const r = await fetchResource(`${origin}/gzip-bomb`, local({ maxBytes: MB, onTooLarge: 'truncate' }));
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBeLessThanOrEqual(MB);
  });

  it('a corrupt gzip body → bad-encoding', async () => {
    expect((await fetchError(fetchResource(`${origin}/corrupt-gzip`, local()))).code).toBe('bad-encoding');
  });

  it('a redirect loop → redirect-loop', async () => {
    const err = await fetchError(fetchResource(`${origin}/loop-a`, local()));
    expect(err.code).toBe('redirect-loop');
  });

  it('a long redirect chain → too-many-redirects after 5', async () => {
    const before = hits['/chain/6'] ?? 0;
    const err = await fetchError(fetchResource(`${origin}/chain/0`, local()));
    expect(err.code).toBe('too-many-redirects');
    expect(hits['/chain/6'] ?? 0).toBe(before); // /chain/0 + 5 redirects = /chain/5 is the last one asked
    expect((await fetchError(fetchResource(`${origin}/chain/0`, local({ maxRedirects: 0 })))).code).toBe('too-many-redirects');
  });

  it('bad URLs and redirects to other schemes → bad-url', async () => {
    for (const bad of ['not a url', 'ftp://example.org/x', 'javascript:alert(1)', 'file:///etc/passwd', 'http://user:pw@example.org/']) {
      expect((await fetchError(fetchResource(bad))).code, bad).toBe('bad-url');
    }
    expect((await fetchError(fetchResource(`${origin}/to-ftp`, local()))).code).toBe('bad-url');
  });

  it('a closed port → network', async () => {
    const { server, port: p } = await listen(() => undefined);
    await close(server);
    const err = await fetchError(fetchResource(`http://127.0.0.1:${p}/`, local()));
    expect(err.code).toBe('network');
    expect(err.reason).toMatch(/refused/);
  });

  it('an unresolvable host → network', async () => {
    const err = await fetchError(fetchResource('http://nowhere.invalid/', { lookup: fakeDns({}) }));
    expect(err.code).toBe('network');
  });

  it('the caller can cancel', async () => {
    const ac = new AbortController();
    const p = fetchResource(`${origin}/hang`, local({ signal: ac.signal }));
    setTimeout(() => ac.abort(), 20);
    expect((await fetchError(p)).code).toBe('aborted');
  });
});

describe('SSRF guard', () => {
  it('refuses loopback by IP, without connecting', async () => {
    const before = hits['/secret'] ?? 0;
    const err = await fetchError(fetchResource(`${origin}/secret`));
    expect(err.code).toBe('blocked-address');
    expect(err.message).toBe('blocked-address: 127.0.0.1 is a loopback address');
    expect(hits['/secret'] ?? 0).toBe(before);
  });

  it('refuses private, link-local, CGNAT, multicast, unspecified and IPv6 local literals', async () => {
    const cases: [string, RegExp][] = [
      ['http://10.0.0.5/', /^blocked-address: 10\.0\.0\.5 is a private address$/],
      ['http://192.168.1.1/', /private/],
      ['http://172.16.3.4/', /private/],
      ['http://169.254.169.254/latest/meta-data/', /link-local/],
      ['http://100.64.0.1/', /CGNAT/],
      ['http://224.0.0.1/', /multicast/],
      ['http://0.0.0.0:80/', /unspecified/],
      ['http://[::1]/', /loopback/],
      ['http://[fd00::1]/', /unique local/],
      ['http://[fe80::1]/', /link-local/],
      ['http://[::ffff:10.0.0.1]/', /private/],
      ['http://2130706433/', /loopback/], // 127.0.0.1 spelled as a number
      ['http://0x7f.1/', /loopback/],
    ];
    for (const [url, why] of cases) {
      const err = await fetchError(fetchResource(url));
      expect(err.code, url).toBe('blocked-address');
      expect(err.message, url).toMatch(why);
    }
  });

  it('refuses a host name that resolves to a private address (checked after DNS)', async () => {
    const dns = fakeDns({ 'intranet.example': '10.1.2.3', 'loop.example': '127.0.0.1' });
    const err = await fetchError(fetchResource('http://intranet.example/', { lookup: dns }));
    expect(err.code).toBe('blocked-address');
    expect(err.reason).toBe('10.1.2.3 is a private address (resolved from intranet.example)');
    const before = hits['/secret'] ?? 0;
    expect((await fetchError(fetchResource(`http://loop.example:${port}/secret`, { lookup: dns }))).code).toBe('blocked-address');
    expect(hits['/secret'] ?? 0).toBe(before);
  });

  it('connects only to the allowed addresses of a mixed answer', async () => {
    const dns = fakeDns({ 'mixed.example': ['10.0.0.1', '127.0.0.1'] });
    const r = await fetchResource(`http://mixed.example:${port}/feed.xml`, { lookup: dns, allowAddresses: ['127.0.0.1'] });
    expect(r.status).toBe(200);
    expect(r.address).toBe('127.0.0.1');
  });

  it('refuses a redirect from an allowed host to a private address', async () => {
    const { server, port: p } = await listen((req, res) => {
      const to = req.url === '/to-ip' ? `http://127.0.0.1:${port}/secret` : req.url === '/to-name' ? `http://internal.example:${port}/secret` : `http://[::1]:${port}/secret`;
      res.writeHead(302, { location: to });
      res.end();
    });
    try {
      const dns = fakeDns({ 'public.example': '127.0.0.1', 'internal.example': '127.0.0.1' });
      const opts: FetchOptions = { lookup: dns, allowHosts: ['public.example'] };
      const before = hits['/secret'] ?? 0;
      for (const path of ['/to-ip', '/to-name', '/to-v6']) {
        const err = await fetchError(fetchResource(`http://public.example:${p}${path}`, opts));
        expect(err.code, path).toBe('blocked-address');
      }
      expect(hits['/secret'] ?? 0).toBe(before);
      // Sanity: the allowed host itself is reachable.
      const ok = await fetchResource(`http://public.example:${port}/feed.xml`, opts);
      expect(ok.status).toBe(200);
    } finally {
      await close(server);
    }
  });

  describe('DNS rebinding', () => {
    // "Public" is simulated by allowAddresses: ['127.0.0.1'] (a test must not connect to a real
    // public address); 127.0.0.2 plays the private address an attacker's DNS switches to. A
    // private server listens on 127.0.0.2 at the SAME port, so a fetcher that resolved twice
    // (check, then connect) would reach it.
    let priv: Server | undefined;
    let privateHits = 0;
    beforeAll(async () => {
      try {
        ({ server: priv } = await listen(
          (_req, res) => {
            privateHits++;
            res.writeHead(200);
            res.end('PRIVATE');
          },
          '127.0.0.2',
          port,
        ));
      } catch {
        priv = undefined; // no 127.0.0.2 on this machine: the checks below still hold, just less vividly
      }
    });
    afterAll(async () => {
      await close(priv);
    });

    it('a resolver answering public first and private second: one resolution, the checked address is the one connected to', async () => {
      const dns = fakeDns({ 'rebind.example': (call) => (call === 1 ? '127.0.0.1' : '127.0.0.2') });
      const r = await fetchResource(`http://rebind.example:${port}/feed.xml`, { lookup: dns, allowAddresses: ['127.0.0.1'] });
      expect(new TextDecoder().decode(r.body)).toBe(FEED);
      expect(r.address).toBe('127.0.0.1');
      expect(dns.calls['rebind.example']).toBe(1);
      expect(privateHits).toBe(0);
    });

    it('a redirect that makes the host resolve again cannot reach the private address', async () => {
      const dns = fakeDns({ 'rebind2.example': (call) => (call === 1 ? '127.0.0.1' : '127.0.0.2') });
      const { server, port: p } = await listen((_req, res) => {
        res.writeHead(302, { location: `http://rebind2.example:${port}/secret` });
        res.end();
      });
      try {
        const err = await fetchError(fetchResource(`http://rebind2.example:${p}/start`, { lookup: dns, allowAddresses: ['127.0.0.1'] }));
        expect(err.code).toBe('blocked-address');
        expect(err.reason).toMatch(/^127\.0\.0\.2 is a loopback address/);
        expect(dns.calls['rebind2.example']).toBe(2);
        expect(privateHits).toBe(0);
      } finally {
        await close(server);
      }
    });
  });

  it('allowPrivate lets the local runtime reach its loopback fixture server', async () => {
    expect((await fetchResource(`${origin}/feed.xml`, { allowPrivate: true })).status).toBe(200);
  });
});

describe('blockedReason', () => {
  it('classifies addresses', () => {
    expect(blockedReason('8.8.8.8')).toBeUndefined();
    expect(blockedReason('2606:4700:4700::1111')).toBeUndefined();
    expect(blockedReason('::ffff:8.8.8.8')).toBeUndefined();
    expect(blockedReason('10.0.0.5')).toBe('a private address');
    expect(blockedReason('100.127.255.255')).toMatch(/CGNAT/);
    expect(blockedReason('100.128.0.0')).toBeUndefined();
    expect(blockedReason('172.32.0.1')).toBeUndefined();
    expect(blockedReason('::')).toBe('the unspecified address');
    expect(blockedReason('fe80::1%eth0')).toBe('a link-local address');
    expect(blockedReason('fc00::1')).toMatch(/ULA/);
    expect(blockedReason('ff02::1')).toMatch(/multicast/);
    expect(blockedReason('64:ff9b::a00:1')).toMatch(/private.*NAT64/);
    expect(blockedReason('2002:c0a8:0101::1')).toMatch(/private.*6to4/);
    expect(blockedReason('::ffff:7f00:1')).toMatch(/loopback/);
    expect(blockedReason('example.com')).toBe('not an IP address');
  });
});
