/**
 * The whole product on one machine: the local system (stack, pipeline, stream) plus the alerts
 * (the notify stream subscriber sending through the SES emulator) and the HTTP API and review
 * page served on loopback. `pw start`, `pw replay` and the end-to-end tests build on this.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp, emailSender, makeNotifyHandler, outletNames, SesMailer, siteLinks, Subscribers, type NotifyDeps, type RawEmail } from '@pw/aws';
import type { SiteLinks } from '@pw/core';
import { startSystem, type LocalSystem, type SystemOptions } from './system';

export const LOCAL_SENDER = 'Partnership Watch <alerts@partnership-watch.local>';

export interface ProductOptions extends SystemOptions {
  /** Port for the API and review page; 0 picks a free one. */
  port?: number;
  /** The reviewer token; default: a random one (printed by pw start). */
  reviewToken?: string;
  signingSecret?: string;
  /** Outlet names for emails and pages (data/sources.json). */
  sources?: readonly { id: string; name: string }[];
  /** Every alert as sent (pw replay --out writes them as .eml). */
  onSent?: (email: RawEmail & { eventId: string; subscriberId: string }) => void;
}

export interface LocalProduct {
  system: LocalSystem;
  subscribers: Subscribers;
  origin: string;
  links: SiteLinks;
  reviewToken: string;
  stop(): Promise<void>;
}

export async function startProduct(opts: ProductOptions = {}): Promise<LocalProduct> {
  const reviewToken = opts.reviewToken ?? randomBytes(18).toString('base64url');
  const signingSecret = opts.signingSecret ?? randomBytes(32).toString('base64url');
  let notifyDeps: NotifyDeps | undefined;
  const system = await startSystem({ ...opts, streamHandlers: [...(opts.streamHandlers ?? []), makeNotifyHandler(() => notifyDeps!)] });
  let server: ServerType | undefined;
  try {
    const subscribers = new Subscribers(system.store.doc, system.resources.tableName);
    const mailer = new SesMailer(new SESv2Client(system.stack.clientConfig.ses));
    const outlets = outletNames(opts.sources);
    // The app needs its own origin for links; the server's port is known only once it listens.
    const holder: { app?: ReturnType<typeof createApp> } = {};
    server = serve({ fetch: (req, env) => holder.app!.fetch(req, env), port: opts.port ?? 0, hostname: '127.0.0.1' });
    await new Promise<void>((ok, fail) => {
      server!.once('listening', ok);
      server!.once('error', (err: NodeJS.ErrnoException) =>
        fail(err.code === 'EADDRINUSE' ? new Error(`port ${opts.port} is already in use: choose another with --port`) : err),
      );
    });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const links = siteLinks(origin);
    holder.app = createApp({
      store: system.store,
      subscribers,
      links,
      reviewToken,
      signingSecret,
      sendEmail: emailSender(mailer, LOCAL_SENDER),
      ...(opts.sources ? { sources: opts.sources } : {}),
      clientIp: (c) => getConnInfo(c).remote.address ?? '127.0.0.1',
    });
    notifyDeps = {
      store: system.store,
      subscribers,
      mailer,
      links,
      from: LOCAL_SENDER,
      signingSecret,
      outlets,
      ...(opts.onSent ? { onSent: opts.onSent } : {}),
      ...(opts.logger ? { log: opts.logger } : {}),
    };
    return {
      system,
      subscribers,
      origin,
      links,
      reviewToken,
      async stop() {
        await new Promise<void>((ok) => server!.close(() => ok()));
        await system.stop();
      },
    };
  } catch (err) {
    server?.close();
    await system.stop();
    throw err;
  }
}
