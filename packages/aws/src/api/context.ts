/** What the routes share: the dependencies, the clock, the client address and the rate limits. */
import type { Context, Hono } from 'hono';
import type { Logger, SiteLinks } from '@pw/core';
import type { Store } from '../dynamo/store';
import type { Subscribers } from '../dynamo/subscribers';
import { ApiError } from './http';
import type { OutletNames } from './views';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Per-window limits against abuse; counters live in the table (fixed windows, TTL). */
export interface Limits {
  /** Subscription requests (POST/PUT) per client address per hour. */
  clientPerHour: number;
  /** Confirmation e-mails per address per day. */
  addressPerDay: number;
  /** Failed review logins per client address per hour. */
  reviewFailuresPerHour: number;
}

export const DEFAULT_LIMITS: Limits = { clientPerHour: 20, addressPerDay: 3, reviewFailuresPerHour: 20 };

export interface ApiDeps {
  store: Store;
  subscribers: Subscribers;
  links: SiteLinks;
  reviewToken: string;
  signingSecret: string;
  sendEmail(msg: OutgoingEmail): Promise<void>;
  now?: () => Date;
  /** The caller's address, for rate limits. Default: the Lambda request context's source IP. */
  clientIp?: (c: Context) => string;
  /** Outlet names by source id (data/sources.json). */
  sources?: readonly { id: string; name: string }[];
  limits?: Partial<Limits>;
  /** Where unexpected errors are logged (message and route only: never a body or an address). */
  log?: Logger;
}

export type AppEnv = { Variables: { page?: boolean } };
export type App = Hono<AppEnv>;

export interface ApiContext {
  deps: ApiDeps;
  now: () => Date;
  clientIp: (c: Context) => string;
  outlets: OutletNames;
  limits: Limits;
}

/** Counts one hit; over `max` in the window: 429 with Retry-After (seconds to the window's end). */
export async function rateLimit(ctx: ApiContext, scope: string, subject: string, max: number, windowSeconds: number, reason: string): Promise<void> {
  const now = ctx.now();
  const { count, resetAt } = await ctx.deps.subscribers.hit(scope, subject, windowSeconds, now);
  if (count > max) {
    const retry = Math.max(1, resetAt - Math.floor(now.getTime() / 1000));
    throw new ApiError(429, 'too_many_requests', reason, undefined, { 'Retry-After': String(retry) });
  }
}

export function defaultClientIp(c: Context): string {
  const env = c.env as { requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } } } | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.requestContext?.identity?.sourceIp ?? 'unknown';
}
