/**
 * The few HTML pages of the API: the review queue and its login, and the subscriber's confirm
 * and unsubscribe pages. Every value is escaped; no inline script or style (the CSP forbids
 * them): the review page's script is /review.js and the style /pw.css.
 */
import { countryName, escapeHtml, eventBodyHtml, eventHeadline, langAttr, languageName, LEVEL_NAMES, LEVELS, safeHttpUrl, type EventView, type Level, type SiteLinks } from '@pw/core';

/** The Content-Security-Policy of every response: own script, style and fetches only; no framing. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const h = escapeHtml;

export function layout(title: string, body: string, opts: { script?: boolean } = {}): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${h(title)} · Partnership Watch</title>`,
    '<link rel="stylesheet" href="/pw.css">',
    opts.script ? '<script src="/review.js" defer></script>' : '',
    '</head>',
    '<body>',
    '<header><a href="/feed.json">Partnership Watch</a></header>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** A page that says one thing (a confirmation, an error). */
export function messagePage(title: string, message: string, extra = ''): string {
  return layout(title, `<h1>${h(title)}</h1>\n<p>${h(message)}</p>${extra ? `\n${extra}` : ''}`);
}

export function loginPage(problem?: string): string {
  return layout(
    'Review login',
    [
      '<h1>Review queue</h1>',
      problem ? `<p class="problem" role="alert">${h(problem)}</p>` : '',
      '<form method="post" action="/review/login" class="login">',
      '<label>Review token <input type="password" name="token" autocomplete="current-password" required maxlength="512"></label>',
      '<button type="submit">Sign in</button>',
      '</form>',
    ].join('\n'),
  );
}

export function unsubscribePage(actionUrl: string): string {
  return layout(
    'Unsubscribe',
    [
      '<h1>Unsubscribe from Partnership Watch alerts</h1>',
      '<p>Press the button to stop every alert to this address. Nothing else is needed.</p>',
      `<form method="post" action="${h(actionUrl)}">`,
      '<input type="hidden" name="List-Unsubscribe" value="One-Click">',
      '<button type="submit">Unsubscribe</button>',
      '</form>',
    ].join('\n'),
  );
}

export interface ReviewItem {
  event: EventView;
  /** The partner's tier in the registry now. */
  current: Level | null;
  since: string | null;
}

export function reviewPage(items: ReviewItem[], more: boolean): string {
  const body = [
    '<h1>Review queue</h1>',
    `<p>${items.length ? `${items.length} flagged event${items.length === 1 ? '' : 's'}${more ? ' (the oldest are on the next page)' : ''}.` : 'Nothing waits for review.'}</p>`,
    '<form method="post" action="/review/logout" class="logout"><button type="submit">Sign out</button></form>',
    ...items.map(reviewArticle),
  ].join('\n');
  return layout('Review queue', body, { script: true });
}

function reviewArticle({ event: e, current, since }: ReviewItem): string {
  const id = h(e.id);
  const levelOptions = LEVELS.map((l) => `<option value="${l}"${l === e.level ? ' selected' : ''}>${l} — ${h(LEVEL_NAMES[l])}</option>`).join('');
  return [
    `<article class="event" id="event-${id}">`,
    `<h2>${h(e.partnerName)} (${h(e.partner)}) → ${h(e.level)} <small>${h(LEVEL_NAMES[e.level])}</small></h2>`,
    '<dl>',
    `<dt>Registry now</dt><dd>${current ? `${h(current)} — ${h(LEVEL_NAMES[current])}${since ? ` since ${h(since)}` : ''}` : 'no partnership on record'}</dd>`,
    `<dt>Why flagged</dt><dd>${h(e.reason)}</dd>`,
    `<dt>Date</dt><dd>${h(e.date ?? 'unknown')}</dd>`,
    `<dt>Confidence</dt><dd>${h(e.confidence.toFixed(2))}</dd>`,
    `<dt>Flagged at</dt><dd><time>${h(e.decidedAt)}</time></dd>`,
    '</dl>',
    `<h3>Evidence (${e.sources.length} source${e.sources.length === 1 ? '' : 's'})</h3>`,
    '<ol class="sources">',
    ...e.sources.map((s) => {
      const url = safeHttpUrl(s.url);
      const lang = langAttr(s.lang);
      const title = url ? `<a href="${h(url)}" rel="noopener noreferrer nofollow" target="_blank">${h(s.title || s.url)}</a>` : h(s.title || s.url);
      return [
        '<li>',
        `<p class="meta">${h(s.outlet)} · ${h(languageName(s.lang))} (${h(s.lang)}) · ${h(s.status)} · confidence ${h(s.confidence.toFixed(2))}${s.published ? ` · <time>${h(s.published)}</time>` : ''}</p>`,
        `<p class="title"${lang ? ` lang="${h(lang)}"` : ''}>${title}</p>`,
        `<blockquote${lang ? ` lang="${h(lang)}"` : ''}><mark>${highlight(s.evidence, partnerTerms(e.partner, s.lang))}</mark></blockquote>`,
        '</li>',
      ].join('\n');
    }),
    '</ol>',
    `<form class="decide" data-event="${id}">`,
    '<fieldset><legend>Decision</legend>',
    '<label><input type="radio" name="decision" value="approve" required> Approve</label>',
    '<label><input type="radio" name="decision" value="reject"> Reject</label>',
    '<label><input type="radio" name="decision" value="correct"> Correct to</label>',
    `<label>tier <select name="level">${levelOptions}</select></label>`,
    `<label>partner <input name="partner" value="${h(e.partner)}" size="3" maxlength="2" pattern="[A-Z]{2}"></label>`,
    '</fieldset>',
    '<label>Reason <textarea name="reason" required maxlength="500" rows="2"></textarea></label>',
    '<label>Reviewer <input name="reviewer" required maxlength="100" autocomplete="name"></label>',
    '<button type="submit">Record decision</button>',
    '<output class="result" aria-live="polite"></output>',
    '</form>',
    '</article>',
  ].join('\n');
}

/** The partner's names a sentence may use: in the article's language and in English. */
function partnerTerms(code: string, lang: string): string[] {
  const names = new Set<string>([countryName(code, 'en'), code]);
  if (['vi', 'en', 'zh', 'fr', 'ru', 'es', 'ko', 'ja'].includes(lang)) names.add(countryName(code, lang as 'en'));
  return [...names].filter((n) => n.length >= 2);
}

/** The sentence escaped, with each occurrence of a term in <strong>. */
export function highlight(sentence: string, terms: string[]): string {
  const lower = sentence.toLowerCase();
  const marks: [number, number][] = [];
  for (const term of terms) {
    const t = term.toLowerCase();
    for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length)) marks.push([i, i + t.length]);
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    out += h(sentence.slice(at, start)) + `<strong>${h(sentence.slice(start, end))}</strong>`;
    at = end;
  }
  return out + h(sentence.slice(at));
}

/** The review page's script: posts each decision form to /api/review/:id with the bearer token. */
export const REVIEW_JS = `'use strict';
(function () {
  function token() {
    var parts = document.cookie.split('; ');
    for (var i = 0; i < parts.length; i++) if (parts[i].indexOf('pw_review=') === 0) return decodeURIComponent(parts[i].slice(10));
    return '';
  }
  var reviewer = window.localStorage ? localStorage.getItem('pw-reviewer') || '' : '';
  document.querySelectorAll('form.decide').forEach(function (form) {
    if (reviewer && !form.elements.reviewer.value) form.elements.reviewer.value = reviewer;
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var data = new FormData(form);
      var body = { decision: data.get('decision'), reason: data.get('reason'), reviewer: data.get('reviewer') };
      if (body.decision === 'correct') {
        body.level = data.get('level');
        body.partner = String(data.get('partner') || '').trim().toUpperCase();
      }
      if (window.localStorage) localStorage.setItem('pw-reviewer', String(body.reviewer || ''));
      var out = form.querySelector('.result');
      out.textContent = 'Saving…';
      fetch('/api/review/' + encodeURIComponent(form.getAttribute('data-event')), {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token() },
        body: JSON.stringify(body)
      }).then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (json) {
          if (!res.ok) { out.textContent = 'Not saved: ' + (json.reason || res.status); return; }
          out.textContent = 'Saved: ' + json.id + ' is now ' + json.status + (json.corrected ? ' (re-filed as ' + json.corrected.id + ', ' + json.corrected.status + ')' : '');
          form.closest('article').classList.add('done');
          form.querySelectorAll('input, select, textarea, button').forEach(function (el) { el.disabled = true; });
        });
      }).catch(function (err) { out.textContent = 'Not saved: ' + err.message; });
    });
  });
})();
`;

export const PAGE_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#18181b;background:#fafafa}
header{padding:8px 16px;background:#18181b}header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:16px}
article.event{background:#fff;border:1px solid #d4d4d8;border-radius:6px;padding:12px 16px;margin:16px 0}
article.done{opacity:.6}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{color:#52525b}dd{margin:0}
blockquote{margin:4px 0;padding:4px 12px;border-left:3px solid #a1a1aa}
mark{background:#fef9c3}mark strong{background:#fde047}
.meta{color:#52525b;font-size:14px;margin:0}.title{margin:2px 0}
form.decide label,form.login label{display:block;margin:6px 0}
fieldset label{display:inline-block;margin-right:12px}
textarea,input,select,button{font:inherit}textarea{width:100%}.problem{color:#b91c1c}
output{display:block;margin-top:6px;font-weight:600}
`;

/** One event for people: the same body as its alert email, then its review decisions. */
export function eventPage(e: EventView, links: SiteLinks, decisions: { at: unknown; decision: unknown; reviewer: unknown; reason: unknown }[]): string {
  const history = decisions.length
    ? `<h2>Review decisions</h2><ul>${decisions.map((d) => `<li>${h(String(d.at))}: ${h(String(d.decision))} by ${h(String(d.reviewer ?? 'a reviewer'))} — ${h(String(d.reason ?? ''))}</li>`).join('')}</ul>`
    : '';
  return layout(eventHeadline(e), `<h1>${h(eventHeadline(e))}</h1>${eventBodyHtml(e, links)}${history}<p><a href="${h(links.feedAtomUrl)}">Atom feed</a> · <a href="${h(links.feedJsonUrl)}">JSON Feed</a></p>`);
}
