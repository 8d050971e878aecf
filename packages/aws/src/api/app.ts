/**
 * The HTTP API: one hono app, the same on Lambda (functions/api.ts) and locally. Routes:
 *
 *   GET  /feed.json, /feed.atom                 confirmed changes, newest first
 *   GET  /api/events?partner&level&status&cursor&limit, /api/events/:id
 *   GET  /api/partners, /api/partners/:code
 *   POST /api/subscriptions                     double opt-in (202, same body for every address)
 *   GET  /subscriptions/confirm?token=          follows a confirmation link
 *   GET|PUT /api/subscriptions?token=           a manage link: read or replace the filters
 *   GET  /unsubscribe?token=                    a page with a button
 *   POST /unsubscribe?token=                    one-click unsubscribe (RFC 8058)
 *   GET  /api/review, POST /api/review/:id      the review queue (Bearer token)
 *   GET  /review, POST /review/login|logout     the review page (cookie), /review.js, /pw.css
 *
 * Every GET has an ETag (weak, a hash of the body; 304 on If-None-Match) and a Cache-Control;
 * every error is `{ error, reason }` (an HTML page on page routes for browsers), never a stack.
 */
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { jsonLogger } from '../log';
import { DEFAULT_LIMITS, defaultClientIp, type ApiContext, type ApiDeps, type App, type AppEnv } from './context';
import { ApiError, CACHE, errorBody, wantsHtml } from './http';
import { CSP, messagePage } from './pages';
import { publicRoutes } from './public';
import { reviewRoutes } from './review';
import { subscriptionRoutes } from './subscriptions';
import { outletNames } from './views';

export function createApp(deps: ApiDeps): App {
  if (!deps.reviewToken || deps.reviewToken.length < 16) throw new Error('createApp: the review token must be at least 16 characters');
  if (!deps.signingSecret || deps.signingSecret.length < 32) throw new Error('createApp: the signing secret must be at least 32 characters');
  const ctx: ApiContext = {
    deps,
    now: deps.now ?? (() => new Date()),
    clientIp: deps.clientIp ?? defaultClientIp,
    outlets: outletNames(deps.sources),
    limits: { ...DEFAULT_LIMITS, ...deps.limits },
  };
  const log = deps.log ?? jsonLogger;
  const app = new Hono<AppEnv>();

  // Outermost: headers every response carries, errors and 304s included.
  app.use('*', async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Content-Security-Policy', CSP);
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    if (c.res.status >= 400 || !h.has('Cache-Control')) h.set('Cache-Control', CACHE.none);
  });
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => c.json({ error: 'method_not_allowed', reason: `${c.req.method} is not allowed here; use ${methods.join(', ')}` }, 405, { Allow: methods.join(', ') }),
    }),
  );
  app.use('*', etag({ weak: true }));

  publicRoutes(app, ctx);
  subscriptionRoutes(app, ctx);
  reviewRoutes(app, ctx);

  app.notFound((c) => c.json({ error: 'not_found', reason: `no such resource: ${c.req.method} ${c.req.path.slice(0, 200)}` }, 404));

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof HTTPException) {
      const status = err.status >= 400 && err.status < 500 ? err.status : 500;
      return errorResponse(c, new ApiError(status, status === 500 ? 'internal' : 'bad_request', status === 500 ? 'something went wrong on our side' : err.message || 'bad request'));
    }
    // Message and route only: no body, no address, no stack in the answer.
    log.error('api error', { method: c.req.method, path: c.req.routePath, error: err instanceof Error ? err.message : String(err) });
    return errorResponse(c, new ApiError(500, 'internal', 'something went wrong on our side; try again later'));
  });

  return app;
}

function errorResponse(c: Context<AppEnv>, e: ApiError): Response {
  for (const [k, v] of Object.entries(e.headers)) c.header(k, v);
  if (c.get('page') && wantsHtml(c)) return c.html(messagePage(e.status === 410 ? 'Link expired' : 'Something is wrong', e.reason), e.status);
  return c.json(errorBody(e), e.status);
}
