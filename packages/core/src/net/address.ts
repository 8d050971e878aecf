/**
 * Which IP addresses the fetcher may connect to.
 *
 * `blockedReason(ip)` returns why an address is not a public unicast destination ("a private
 * address", "a loopback address", …) or undefined when it is public. IPv6 forms that embed an
 * IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by
 * the embedded IPv4 address, so `::ffff:10.0.0.1` is as private as `10.0.0.1`.
 */
import { isIP } from 'node:net';

type V4Range = readonly [base: number, prefix: number, why: string];

const v4 = (a: number, b: number, c: number, d: number): number => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

/** Most specific first (the first match wins). */
const V4_BLOCKED: readonly V4Range[] = [
  [v4(255, 255, 255, 255), 32, 'the broadcast address'],
  [v4(0, 0, 0, 0), 8, 'an unspecified ("this network") address'],
  [v4(10, 0, 0, 0), 8, 'a private address'],
  [v4(100, 64, 0, 0), 10, 'a carrier-grade NAT (CGNAT) address'],
  [v4(127, 0, 0, 0), 8, 'a loopback address'],
  [v4(169, 254, 0, 0), 16, 'a link-local address'],
  [v4(172, 16, 0, 0), 12, 'a private address'],
  [v4(192, 0, 0, 0), 24, 'an IETF-reserved address'],
  [v4(192, 0, 2, 0), 24, 'a documentation address'],
  [v4(192, 88, 99, 0), 24, 'a reserved (6to4 relay) address'],
  [v4(192, 168, 0, 0), 16, 'a private address'],
  [v4(198, 18, 0, 0), 15, 'a benchmarking address'],
  [v4(198, 51, 100, 0), 24, 'a documentation address'],
  [v4(203, 0, 113, 0), 24, 'a documentation address'],
  [v4(224, 0, 0, 0), 4, 'a multicast address'],
  [v4(240, 0, 0, 0), 4, 'a reserved address'],
];

function parseV4(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const x = Number(p);
    if (x > 255) return undefined;
    n = n * 256 + x;
  }
  return n >>> 0;
}

function v4Reason(n: number): string | undefined {
  for (const [base, prefix, why] of V4_BLOCKED) {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((n & mask) >>> 0 === base) return why;
  }
  return undefined;
}

/** Eight 16-bit groups, or undefined when `ip` is not an IPv6 address. Zone ids (`%eth0`) are ignored. */
function parseV6(ip: string): number[] | undefined {
  let s = ip.replace(/^\[|\]$/g, '');
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (isIP(s) !== 6) return undefined;
  // An embedded dotted IPv4 tail becomes two groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = parseV4(dotted[2] ?? '');
    if (n === undefined) return undefined;
    s = `${dotted[1]}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = s.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const fill = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...new Array<string>(fill).fill('0'), ...tailGroups].map((g) => parseInt(g, 16));
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return undefined;
  return groups;
}

const embedded = (hi: number, lo: number): number => ((hi << 16) | lo) >>> 0;
const v4Text = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function v6Reason(g: number[]): string | undefined {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroHead = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 0) return 'the unspecified address';
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 1) return 'a loopback address';
  if (zeroHead && g5 === 0xffff) {
    const why = v4Reason(embedded(g6, g7));
    return why && `${why} (IPv4-mapped)`;
  }
  if (zeroHead && g5 === 0) return 'a reserved (IPv4-compatible) address';
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    const why = v4Reason(embedded(g6, g7));
    return why && `${why} (NAT64)`;
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'a local-use NAT64 address';
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return 'a discard-only address';
  if ((g0 & 0xfe00) === 0xfc00) return 'a unique local address (IPv6 ULA)';
  if ((g0 & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((g0 & 0xffc0) === 0xfec0) return 'a site-local address';
  if ((g0 & 0xff00) === 0xff00) return 'a multicast address';
  if (g0 === 0x2001 && g1 === 0xdb8) return 'a documentation address';
  if (g0 === 0x3fff && (g1 & 0xf000) === 0) return 'a documentation address';
  if (g0 === 0x2001 && g1 === 0) return 'a Teredo address';
  if (g0 === 0x2001 && g1 === 2 && g2 === 0) return 'a benchmarking address';
  if (g0 === 0x2002) {
    const why = v4Reason(embedded(g1, g2));
    return why && `${why} (6to4)`;
  }
  if ((g0 & 0xe000) !== 0x2000) return 'a reserved address (not global unicast)';
  return undefined;
}

/**
 * Why `ip` must not be connected to, or undefined when it is a public unicast address.
 * Anything that is not an IP address at all is refused too ("not an IP address").
 */
export function blockedReason(ip: string): string | undefined {
  const n = parseV4(ip);
  if (n !== undefined) return v4Reason(n);
  const g = parseV6(ip);
  if (g) return v6Reason(g);
  return 'not an IP address';
}

/** True when `ip` is a private, loopback, link-local, CGNAT, multicast, unspecified or otherwise reserved address. */
export function isBlockedAddress(ip: string): boolean {
  return blockedReason(ip) !== undefined;
}

/**
 * One spelling per address, for comparing against an allowlist: IPv4 dotted quad; IPv6 fully
 * expanded lower-case groups, IPv4-mapped IPv6 as its IPv4 address. Undefined when not an IP.
 */
export function normalizeIp(ip: string): string | undefined {
  const n = parseV4(ip);
  if (n !== undefined) return v4Text(n);
  const g = parseV6(ip);
  if (!g) return undefined;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return v4Text(embedded(g[6] ?? 0, g[7] ?? 0));
  return g.map((x) => x.toString(16)).join(':');
}
