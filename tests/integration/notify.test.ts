/**
 * Alerts end to end on the embedded stack: a change confirmed in DynamoDB Local reaches the
 * notifier through the table's real stream, which sends through the SES emulator; the emails
 * are read back from the emulator's store and parsed as MIME (mailparser, not our code).
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNotifyHandler, SesMailer, Subscribers, subscriberId, type NotifyDeps, type RawEmail } from '@pw/aws';
import { applyDetection, type EventSource, type SiteLinks } from '@pw/core';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

const links: SiteLinks = { site: 'http://watch.test', eventUrl: (id) => `http://watch.test/events/${id}`, feedJsonUrl: 'http://watch.test/feed.json', feedAtomUrl: 'http://watch.test/feed.atom' };
const sent: (RawEmail & { eventId: string; subscriberId: string })[] = [];
let system: LocalSystem;
let subscribers: Subscribers;
let deps: NotifyDeps | undefined;

beforeAll(async () => {
  system = await startSystem({ fastQueue: true, streamHandlers: [makeNotifyHandler(() => deps!)] });
  subscribers = new Subscribers(system.store.doc, system.resources.tableName);
  deps = {
    store: system.store,
    subscribers,
    mailer: new SesMailer(new SESv2Client(system.stack.clientConfig.ses)),
    links,
    from: 'Partnership Watch <alerts@watch.test>',
    signingSecret: 'test-secret',
    outlets: new Map([['nhandan-vi', 'Nhân Dân'], ['cna-en', 'CNA']]),
    onSent: (e) => sent.push(e),
  };
});
afterAll(async () => {
  await system?.stop();
});

async function subscribe(email: string, filters: { partners?: string[]; levels?: ('CP' | 'SP' | 'CSP')[]; signals?: boolean }) {
  const id = subscriberId(email);
  const now = new Date();
  await subscribers.request(id, email, { partners: filters.partners ?? [], levels: filters.levels ?? [], signals: filters.signals ?? false }, now);
  await subscribers.confirm(id, Math.floor(now.getTime() / 1000), now);
}

async function storedEmails(): Promise<{ messageId: string; destination: { to: string[] }; subject: string }[]> {
  const res = await fetch(`${system.stack.sesStoreUrl}`);
  return ((await res.json()) as { emails: { messageId: string; destination: { to: string[] }; subject: string }[] }).emails;
}

const source = (articleId: string, sourceId: string, trust: 'official' | 'press', evidence: string): EventSource => ({
  articleId, sourceId, trust, url: `https://example.org/${articleId}`, lang: 'vi', title: `<script>alert(1)</script> ${articleId}`, status: 'announced', confidence: 0.9, date: '2025-03-12', evidence,
});

describe('alerts', () => {
  it('emails each matching confirmed subscriber once, however often the stream delivers the change', async () => {
    await system.store.importRegistry([{ code: 'SG', level: 'SP', since: '2013-09', history: [{ level: 'SP', date: '2013-09' }] }]);
    await subscribe('analyst@example.org', {});
    await subscribe('asean@example.org', { partners: ['SG', 'MY'] });
    await subscribe('cp-only@example.org', { levels: ['CP'] });
    await subscribe('pending@example.org', {}).then(() => subscribers.unsubscribe(subscriberId('pending@example.org'), new Date()));

    const partner = await system.store.getPartner('SG');
    const s1 = source('a1', 'nhandan-vi', 'official', 'Hai nhà lãnh đạo nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện.');
    expect(await system.store.saveDecision(undefined, applyDetection(undefined, partner, 'CSP', s1), [s1], '2025-03-12T12:00:00.000Z')).toBe(true);
    for (const reader of system.streams) await reader.drain({ timeoutMs: 20_000 });

    const emails = (await storedEmails()).filter((e) => e.subject.includes('Singapore'));
    expect(emails.flatMap((e) => e.destination.to).sort()).toEqual(['analyst@example.org', 'asean@example.org']);

    // The same change again (a retried stream batch) and a later source: no second email.
    const handler = makeNotifyHandler(() => ({ store: system.store, subscribers, mailer: new SesMailer(new SESv2Client(system.stack.clientConfig.ses)), links, from: 'a@watch.test', signingSecret: 'test-secret' }));
    const record = { eventName: 'MODIFY', dynamodb: { SequenceNumber: '1', OldImage: { type: { S: 'event' }, status: { S: 'flagged' } }, NewImage: { type: { S: 'event' }, id: { S: 'SG-CSP' }, status: { S: 'confirmed' } } } };
    expect(await handler({ Records: [record, record] } as never)).toEqual({ batchItemFailures: [] });
    expect((await storedEmails()).filter((e) => e.subject.includes('Singapore'))).toHaveLength(2);
  });

  it('sends a readable alert with the evidence, sources, and one-click unsubscribe headers', async () => {
    const raw = sent.find((e) => e.to === 'analyst@example.org')!.raw;
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Vietnam–Singapore ties upgraded to Comprehensive Strategic Partnership');
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe')).toMatch(/^<http:\/\/watch\.test\/unsubscribe\?token=/);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain('Đối tác chiến lược toàn diện');
    expect(mail.text).toContain('Nhân Dân');
    expect(mail.html).toContain('http://watch.test/events/SG-CSP');
    expect(mail.html).not.toContain('<script>alert(1)</script>');

    // What the SES emulator stored parses back as MIME with the same subject and bodies.
    const stored = (await storedEmails()).find((e) => e.destination.to.includes('analyst@example.org'))!;
    const eml = (await (await fetch(`${system.stack.endpoints.ses}/get-emlContent?messageId=${stored.messageId}`)).json()) as { body: string | { data: number[] } };
    const parsed = await simpleParser(typeof eml.body === 'string' ? eml.body : Buffer.from(eml.body.data));
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text).toContain('Đối tác chiến lược toàn diện');
  });
});
