/**
 * Turns what a user names on the command line (a file, a URL, a corpus case folder) into a
 * PageInput for the reader, and loads labelled corpora for `pw eval`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Expected, FeedItemHint, PageInput } from '@pw/core';

/** What the reader reads at most; bigger pages are cut (the reader also caps on its own). */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export interface CaseMeta {
  url?: string;
  source?: string;
  lang?: string;
  published?: string;
  charset?: string;
  feedItem?: FeedItemHint;
}

export interface CorpusCase {
  id: string;
  dir: string;
  meta: CaseMeta;
  expected: Expected;
}

export function isCaseDir(path: string): boolean {
  return existsSync(join(path, 'meta.json')) && (existsSync(join(path, 'page.html')) || existsSync(join(path, 'page.txt')));
}

/** A case folder as the feed and the fetch would have given it. */
export function caseInput(dir: string): PageInput {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as CaseMeta;
  const html = join(dir, 'page.html');
  const input: PageInput = existsSync(html) ? { bytes: readFileSync(html) } : { text: readFileSync(join(dir, 'page.txt'), 'utf8') };
  if (meta.url) input.url = meta.url;
  if (meta.lang) input.langHint = meta.lang;
  if (meta.charset) input.charsetHint = meta.charset;
  // The feed item carries the listing's date; meta.published is what the listing said.
  const feedItem: FeedItemHint = { ...meta.feedItem };
  if (meta.published && !feedItem.isoDate) feedItem.isoDate = meta.published;
  if (Object.keys(feedItem).length) input.feedItem = feedItem;
  return input;
}

export function fileInput(path: string): PageInput {
  const bytes = readFileSync(path);
  return /\.txt$/i.test(path) ? { text: bytes.toString('utf8') } : { bytes };
}

/** Fetches a page with a timeout and a size cap (reads no more than the cap). */
export async function urlInput(url: string): Promise<PageInput> {
  const res = await fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { 'user-agent': 'PartnershipWatch/0.1 (+https://github.com/partnership-watch)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5' },
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${res.statusText}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= MAX_PAGE_BYTES) break;
    }
  }
  const input: PageInput = { bytes: Buffer.concat(chunks), url: res.url || url };
  const type = res.headers.get('content-type');
  if (type) input.contentType = type;
  return input;
}

export async function loadInput(arg: string): Promise<{ name: string; input: PageInput }> {
  if (/^https?:\/\//i.test(arg)) return { name: arg, input: await urlInput(arg) };
  if (!existsSync(arg)) throw new Error(`${arg}: no such file, folder or URL`);
  if (statSync(arg).isDirectory()) {
    if (!isCaseDir(arg)) throw new Error(`${arg}: a folder must be a corpus case (meta.json + page.html or page.txt)`);
    return { name: basename(arg), input: caseInput(arg) };
  }
  return { name: arg, input: fileInput(arg) };
}

/** Every case below a corpus folder (a folder of case folders, or one case folder). */
export function loadCorpus(root: string): CorpusCase[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`${root}: not a folder`);
  const dirs = isCaseDir(root) ? [root] : readdirSync(root).map((d) => join(root, d)).filter((d) => statSync(d).isDirectory() && isCaseDir(d));
  if (!dirs.length) throw new Error(`${root}: no labelled cases found (expected folders with meta.json, page.* and expected.json)`);
  return dirs.sort().map((dir) => {
    const expectedPath = join(dir, 'expected.json');
    if (!existsSync(expectedPath)) throw new Error(`${dir}: expected.json is missing`);
    return {
      id: basename(dir),
      dir,
      meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as CaseMeta,
      expected: JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected,
    };
  });
}
