/** The demo shipped in the repo (npm run demo) reaches the outcome its expected.json states. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { replay } from '../../packages/local/src/replay';

const dir = resolve(import.meta.dirname, '../../data/scenarios/demo');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as { changes: { partner: string; level: string }[]; flagged: { partner: string; level: string }[]; emails: Record<string, number> };
const key = (x: { partner: string; level: string }) => `${x.partner} ${x.level}`;

describe('the demo scenario', () => {
  it('ends with its expected changes, flagged events and emails, and writes what a user would see', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pw-demo-out-'));
    const summary = await replay(dir, { out });
    expect(summary.emails).toEqual(expected.emails);
    // The feeds, read by an independent parser, and the emails as sent, parsed as MIME.
    const atom = await new Parser().parseString(readFileSync(join(out, 'feed.atom'), 'utf8'));
    expect(atom.items.map((i) => i.title).sort()).toEqual(['Vietnam–European Union ties upgraded to Comprehensive Strategic Partnership', 'Vietnam–Thailand ties upgraded to Comprehensive Strategic Partnership']);
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { version: string; items: { id: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.id).sort()).toEqual(['EU-CSP', 'TH-CSP']);
    const emails = readdirSync(join(out, 'emails'));
    expect(emails).toHaveLength(3);
    const mail = await simpleParser(readFileSync(join(out, 'emails', emails.find((f) => f.includes('TH-CSP'))!)));
    expect(mail.subject).toBe('Vietnam–Thailand ties upgraded to Comprehensive Strategic Partnership');
    expect(summary.changes.map(key).sort()).toEqual(expected.changes.map(key).sort());
    expect(summary.flagged.map(key).sort()).toEqual(expected.flagged.map(key).sort());
    expect(summary.failed).toEqual([]);
    expect(summary.articles).toBe(7);
  });
});
