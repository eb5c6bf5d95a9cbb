import { createAvailabilityGate, createPostgresProbe, type AvailabilityGate } from "@kk/db/availability";
import * as messages from "../messages/catalogue";

/*
 * Pages while the database is down or restarting (issue 14, fault test; docs/security.md,
 * "O — Database outage"). A page that meets a database error mid-render can only show the error
 * boundary, with status 500 (or 200 once streaming started). So the proxy asks first: a cached
 * health probe (one `select 1` per second at most while the database is up, every 250 ms while it
 * is down) and, when the database is down, this page with status 503 and Retry-After. Recovery
 * needs no restart: the next probe after the database is back lets pages through again.
 */

/** Seconds a browser (or a load balancer) is asked to wait; the same as tRPC's (RETRY_AFTER_SECONDS). */
export const PAGE_RETRY_AFTER_SECONDS = 30;

const globalForGate = globalThis as unknown as { kkAvailabilityGate?: AvailabilityGate | null };

/** The process-wide gate on DATABASE_URL; null without one (the portal then fails elsewhere, loudly). */
function gate(): AvailabilityGate | null {
  if (globalForGate.kkAvailabilityGate === undefined) {
    const url = process.env.DATABASE_URL;
    globalForGate.kkAvailabilityGate = url ? createAvailabilityGate(createPostgresProbe(url)) : null;
  }
  return globalForGate.kkAvailabilityGate;
}

/** Puts another gate in place (tests); `undefined` makes the next request build the real one again. */
export function replaceAvailabilityGate(replacement: AvailabilityGate | null | undefined): void {
  globalForGate.kkAvailabilityGate = replacement;
}

/** True when the database is known to be down right now (probing when the last answer is too old). */
export async function isDatabaseDown(): Promise<boolean> {
  const current = gate();
  return current ? !(await current.isUp()) : false;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The 503 page: Dutch, no scripts or styles (so no nonce and a CSP of 'none'), no error details,
 * not cached, with Retry-After. `path` is the page asked for, offered again as "Opnieuw proberen".
 */
export function databaseUnavailableResponse(path = "/"): Response {
  const text = messages.databaseUnavailable;
  const retry = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)} - ${escapeHtml(messages.app.name)}</title></head>
<body>
<main>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.body)}</p>
<p>${escapeHtml(text.saved)}</p>
<p><a href="${escapeHtml(retry)}">${escapeHtml(text.retry)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(PAGE_RETRY_AFTER_SECONDS),
      "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}
