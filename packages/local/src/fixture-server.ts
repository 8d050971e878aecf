/**
 * Serves a scenario step's site folder on loopback, as the scenario spec asks: `{{origin}}`
 * in text files is replaced with the server's origin, every file has an ETag, a conditional
 * request for an unchanged file gets 304, and a file absent from the current step is 404.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  /** Switches the folder served (the next scenario step). */
  setRoot(dir: string): void;
  /** Requests served so far, by status. */
  stats: { requests: number; notModified: number; notFound: number };
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  let current = resolve(root);
  const stats = { requests: 0, notModified: 0, notFound: 0 };
  let origin = '';
  const server: Server = createServer((req, res) => {
    stats.requests++;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(current, path));
    if (!file.startsWith(current + sep) || !existsSync(file) || !statSync(file).isFile()) {
      stats.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = readFileSync(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Only UTF-8 text gets the origin substituted; other bytes (e.g. a GBK page) are served as is.
    if (/xml|json|text\/plain/.test(type) || (type === 'text/html' && isUtf8(body))) {
      body = Buffer.from(body.toString('utf8').replaceAll('{{origin}}', origin.replace(/^https?:\/\//, '')));
    }
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      stats.notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag, 'content-length': body.length }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    stats,
    setRoot(dir) {
      current = resolve(dir);
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
