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
 * | subscriber        | SUB#<subscriberId>   | META                     | SUBS#<filterKey>  | <subscriberId>                | the subscribers of a filter: Query gsi1        |
 * | sent-alert marker | ALERT#<eventId>      | SUB#<subscriberId>       | –                 | –                             | conditional put before each send               |
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
  alertMarker: (eventId: string, subscriberId: string) => ({ pk: `ALERT#${eventId}`, sk: `SUB#${subscriberId}` }),
} as const;

/** The listing partitions of gsi1. */
export const LIST = {
  sources: 'SOURCES',
  feed: 'FEED',
  review: 'REVIEW',
  signal: 'SIGNAL',
  partners: 'PARTNERS',
} as const;
