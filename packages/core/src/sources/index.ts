/**
 * The list of news sources the poller reads (data/sources.json), validated.
 *
 * A source is one feed: an outlet's edition in one language (VnExpress in Vietnamese and
 * VnExpress International are two sources), or a news-search feed. `trust` is 'official' for
 * Vietnamese state outlets and ministries, 'press' for everything else.
 */
import { z } from 'zod';
import { LANGS } from '../types';

export const SOURCE_LANGS = LANGS;
export type SourceLang = (typeof SOURCE_LANGS)[number];
export const TRUSTS = ['official', 'press'] as const;
export type Trust = (typeof TRUSTS)[number];

export interface Source {
  /** Stable slug, `<outlet>-<lang>` by convention (e.g. `vnexpress-en`). */
  id: string;
  name: string;
  lang: SourceLang;
  /** The feed's absolute http(s) URL. */
  feed: string;
  /** The outlet's home page, absolute http(s) URL. */
  homepage: string;
  trust: Trust;
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && v.trim() === v;
  } catch {
    return false;
  }
}

type Issue = { code?: string; input?: unknown };
const required =
  (what: string) =>
  (iss: Issue): string =>
    iss.input === undefined ? 'is required' : what;

const httpUrl = z
  .string({ error: required('must be a string') })
  .max(2048, { error: 'must be at most 2048 characters' })
  .refine(isHttpUrl, { error: 'must be an absolute http(s) URL' });

export const SourceSchema = z.strictObject(
  {
    id: z
      .string({ error: required('must be a string') })
      .max(64, { error: 'must be at most 64 characters' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lower-case slug (a-z, 0-9, single hyphens)' }),
    name: z
      .string({ error: required('must be a string') })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(200, { error: 'must be at most 200 characters' }),
    lang: z.enum(SOURCE_LANGS, { error: required(`must be one of ${SOURCE_LANGS.join(', ')}`) }),
    feed: httpUrl,
    homepage: httpUrl,
    trust: z.enum(TRUSTS, { error: required("must be 'official' or 'press'") }),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? undefined : 'must be an object') },
);

// The schema and the interface must describe the same thing.
const _sameShape: z.infer<typeof SourceSchema> extends Source ? (Source extends z.infer<typeof SourceSchema> ? true : never) : never = true;
void _sameShape;

/** Every problem found in a source list; `message` lists them one per line. */
export class SourcesError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(issues.join('\n'));
    this.name = 'SourcesError';
    this.issues = issues;
  }
}

/**
 * Validate a source list: an array of sources, or `{ "sources": [...] }`. Throws SourcesError
 * naming each bad entry by index and id, the field and why, e.g.
 * `sources[3] (vnexpress-en): feed: must be an absolute http(s) URL`. Duplicate ids (and the
 * same feed URL listed twice) are rejected.
 */
export function parseSources(json: unknown): Source[] {
  const list = Array.isArray(json) ? json : typeof json === 'object' && json !== null && Array.isArray((json as { sources?: unknown }).sources) ? (json as { sources: unknown[] }).sources : undefined;
  if (!list) throw new SourcesError(['sources: must be an array of sources (or an object with a "sources" array)']);

  const issues: string[] = [];
  const out: Source[] = [];
  const ids = new Map<string, number>();
  const feeds = new Map<string, number>();
  list.forEach((entry, i) => {
    const rawId = typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : undefined;
    const label = rawId ? `sources[${i}] (${rawId})` : `sources[${i}]`;
    const parsed = SourceSchema.safeParse(entry);
    if (!parsed.success) {
      for (const iss of parsed.error.issues) {
        if (iss.code === 'unrecognized_keys') {
          for (const key of iss.keys) issues.push(`${label}: ${key}: unknown field`);
        } else {
          const field = iss.path.map(String).join('.');
          issues.push(`${label}: ${field ? `${field}: ` : ''}${iss.message}`);
        }
      }
      return;
    }
    const source = parsed.data;
    const dupId = ids.get(source.id);
    if (dupId !== undefined) {
      issues.push(`${label}: id: duplicates sources[${dupId}]`);
      return;
    }
    ids.set(source.id, i);
    const feedKey = new URL(source.feed).href;
    const dupFeed = feeds.get(feedKey);
    if (dupFeed !== undefined) {
      issues.push(`${label}: feed: same feed as sources[${dupFeed}] (${out.find((s) => s.feed === source.feed || new URL(s.feed).href === feedKey)?.id ?? '?'})`);
      return;
    }
    feeds.set(feedKey, i);
    out.push(source);
  });
  if (issues.length) throw new SourcesError(issues);
  return out;
}
