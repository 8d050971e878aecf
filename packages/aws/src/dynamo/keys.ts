/**
 * The single-table key design. Every read the API and the workers need is one Query (or one
 * GetItem); the right-hand column says which.
 *
 * | item              | pk                   | sk                       | gsi1pk            | gsi1sk                        | read pattern                                   |
 * |-------------------|----------------------|--------------------------|-------------------|-------------------------------|------------------------------------------------|
 * | source state      | SOURCE#<id>          | STATE                    | SOURCES           | <id>                          | health of every source: Query gsi1 SOURCES     |
 * | article           | ARTICLE#<articleId>  | META                     | –                 | –                             | GetItem; the conditional put dedupes polls      |
 * | detection         | ARTICLE#<articleId>  | DET#<partner>#<level>    | PARTNER#<code>    | DET#<published>#<articleId>   | an article's detections: Query pk, sk DET#     |
 * | event             | EVENT#<partner>-<lvl>| META                     | FEED/REVIEW/SIGNAL| <decidedAt>#<eventId>         | latest changes: Query gsi1 FEED (desc);        |
 * |                   |                      |                          |                   |                               | pending reviews: Query gsi1 REVIEW             |
 * | event source      | EVENT#<eventId>      | SRC#<articleId>          | –                 | –                             | an event with its sources: Query pk            |
 * | review decision   | EVENT#<eventId>      | DECISION#<at>            | –                 | –                             | (same Query: the event's history)              |
 * | partner           | PARTNER#<code>       | META                     | PARTNERS          | <code>                        | every partner: Query gsi1 PARTNERS             |
 * | partner history   | PARTNER#<code>       | HIST#<date>#<level>      | –                 | –                             | a partner's history: Query pk                  |
 * | subscriber        | SUB#<subscriberId>   | META                     | –                 | –                             | GetItem (id = hash of the address: dedupes)    |
 * | subscriber filter | SUB#<subscriberId>   | FILTER#<partner|ALL>     | SUBS#<partner|ALL>| <subscriberId>                | the subscribers of a filter: Query gsi1        |
 * |                   |                      |                          |                   |                               | SUBS#<partner> (+ SUBS#ALL for "everything")   |
 * | sent-alert marker | ALERT#<eventId>      | SUB#<subscriberId>       | –                 | –                             | conditional put before each send               |
 * | rate counter      | RATE#<scope>#<hash>  | W#<windowStart>          | –                 | –                             | UpdateItem ADD (fixed window); TTL expiresAt   |
 *
 * Filtered event listings (GET /api/events?partner=&level=&status=): one Query of the status's
 * listing partition (FEED / REVIEW / SIGNAL, newest first) with a FilterExpression on partner
 * and level; the cursor is the key of the last item returned. A partner has at most three events
 * (one per tier), so a filtered page reads at most the whole listing partition, which stays
 * small (see below). No status given: FEED (confirmed changes).
 *
 * Subscribers: the META item holds the address, the status (pending → confirmed →
 * unsubscribed), the filters and, for a confirmed subscriber who asked for new filters, the
 * pending ones. Only a confirmed subscriber has filter items: one per partner it follows, or one
 * FILTER#ALL; each carries the address, levels and signals flag, so the notifier needs no
 * GetItem per match. Pending subscribers expire through TTL; an unsubscribed one keeps no
 * address. Rate counters are keyed by a hash of the client address or e-mail address (never
 * the address itself), one item per fixed window, removed by TTL.
 *
 * Only items that a listing needs carry gsi1 keys (a sparse index). The listing partitions
 * (SOURCES, FEED, REVIEW, SIGNAL, PARTNERS) hold at most a few thousand small items each and
 * change a few times a day; the write-heavy items (articles, detections) are spread over one
 * partition per article. docs/SCALE.md works this through at 100×.
 */

export const key = {
  source: (id: string) => ({ pk: `SOURCE#${id}`, sk: 'STATE' }),
  article: (articleId: string) => ({ pk: `ARTICLE#${articleId}`, sk: 'META' }),
  detection: (articleId: string, partner: string, level: string) => ({ pk: `ARTICLE#${articleId}`, sk: `DET#${partner}#${level}` }),
  event: (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'META' }),
  eventSource: (eventId: string, articleId: string) => ({ pk: `EVENT#${eventId}`, sk: `SRC#${articleId}` }),
  eventDecision: (eventId: string, at: string) => ({ pk: `EVENT#${eventId}`, sk: `DECISION#${at}` }),
  partner: (code: string) => ({ pk: `PARTNER#${code}`, sk: 'META' }),
  partnerHistory: (code: string, date: string, level: string) => ({ pk: `PARTNER#${code}`, sk: `HIST#${date}#${level}` }),
  subscriber: (id: string) => ({ pk: `SUB#${id}`, sk: 'META' }),
  subscriberFilter: (id: string, partnerOrAll: string) => ({ pk: `SUB#${id}`, sk: `FILTER#${partnerOrAll}` }),
  alertMarker: (eventId: string, subscriberId: string) => ({ pk: `ALERT#${eventId}`, sk: `SUB#${subscriberId}` }),
  rateCounter: (scope: string, subjectHash: string, windowStart: number) => ({ pk: `RATE#${scope}#${subjectHash}`, sk: `W#${windowStart}` }),
} as const;

/** The listing partitions of gsi1. */
export const LIST = {
  sources: 'SOURCES',
  feed: 'FEED',
  review: 'REVIEW',
  signal: 'SIGNAL',
  partners: 'PARTNERS',
  /** The confirmed subscribers of one partner, or of everything (`ALL`). */
  subscribers: (partnerOrAll: string) => `SUBS#${partnerOrAll}`,
} as const;

/** The filter key of a subscriber who follows every partner. */
export const ALL_PARTNERS = 'ALL';
