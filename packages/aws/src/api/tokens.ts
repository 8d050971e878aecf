/**
 * Signed, expiring links for subscribers, and the reviewer's bearer token.
 *
 * A link token is `<subscriberId>.<purpose>.<expiry>.<signature>`: the signature is
 * HMAC-SHA256(secret, "pw1\n" + subscriberId + "\n" + purpose + "\n" + expiry), base64url;
 * expiry is in epoch seconds. Nothing is stored: a token is valid while its signature matches and
 * its expiry has not passed; the purpose keeps a confirm link from unsubscribing and so on.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'confirm' | 'manage' | 'unsubscribe';

/** How long each kind of link lives. Unsubscribe and manage links sit in every alert e-mail. */
export const TOKEN_TTL_SECONDS: Record<TokenPurpose, number> = {
  confirm: 7 * 24 * 3600,
  manage: 365 * 24 * 3600,
  unsubscribe: 365 * 24 * 3600,
};

const PURPOSES = new Set<string>(Object.keys(TOKEN_TTL_SECONDS));
const ID = /^[A-Za-z0-9_-]{8,64}$/;

export function signToken(secret: string, subscriberId: string, purpose: TokenPurpose, now: Date, ttlSeconds = TOKEN_TTL_SECONDS[purpose]): string {
  if (!ID.test(subscriberId)) throw new Error('invalid subscriber id');
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  return `${subscriberId}.${purpose}.${exp}.${mac(secret, subscriberId, purpose, exp)}`;
}

export type TokenCheck =
  | { ok: true; subscriberId: string; expiresAt: number; issuedAt: number }
  | { ok: false; problem: 'forged' | 'expired'; reason: string };

/** Checks signature first (a forged or altered token), then expiry. */
export function verifyToken(secret: string, token: string | undefined, purpose: TokenPurpose, now: Date): TokenCheck {
  const forged = { ok: false, problem: 'forged', reason: 'the link is not valid (check that it was copied whole)' } as const;
  if (!token || token.length > 256) return forged;
  const parts = token.split('.');
  if (parts.length !== 4) return forged;
  const [id, p, expText, sig] = parts as [string, string, string, string];
  if (!ID.test(id) || !PURPOSES.has(p) || !/^\d{1,12}$/.test(expText) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return forged;
  const exp = Number(expText);
  const expected = Buffer.from(mac(secret, id, p, exp), 'base64url');
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return forged;
  if (p !== purpose) return forged;
  if (Math.floor(now.getTime() / 1000) >= exp) return { ok: false, problem: 'expired', reason: 'the link has expired; ask for a new one' };
  return { ok: true, subscriberId: id, expiresAt: exp, issuedAt: exp - TOKEN_TTL_SECONDS[p as TokenPurpose] };
}

function mac(secret: string, id: string, purpose: string, exp: number): string {
  return createHmac('sha256', secret).update(`pw1\n${id}\n${purpose}\n${exp}`).digest('base64url');
}

/** Constant-time comparison of a presented secret with the expected one (any lengths). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given || !expected) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
