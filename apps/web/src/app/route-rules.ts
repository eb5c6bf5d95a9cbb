import type { Action } from "@kk/auth/policy";

/**
 * Every route handler (`route.ts` under app/) and every server action file ("use server") in the
 * web app, with the door it goes through (docs/architecture.md, "Route handlers and server
 * actions"). route-rules.test.ts walks the tree and fails for a file without an entry, and calls
 * every "policy" entry as every role (and signed out) against `can()`, as
 * packages/api/src/authorisation.test.ts does for tRPC procedures.
 *
 * - `policy`: a named action from packages/auth/src/policy.ts, checked by the tRPC procedure the
 *   handler calls through serverApi() (`via: "serverApi"`) or by authoriseRoute()/can() before a
 *   domain function (`via: "can"`).
 * - `trpc`: the tRPC endpoint itself; every procedure names its own action.
 * - `token`: no session; a secret token in the path or form is the only credential.
 * - `public`: no session and no secret (signing in, the public open-data API, asking for a reset link).
 */
export type RouteRule =
  | { door: "policy"; action: Action; via: "serverApi" | "can" }
  | { door: "trpc" }
  | { door: "token"; why: string }
  | { door: "public"; why: string };

/** Keyed by the path under apps/web/src. */
export const ROUTE_RULES = {
  // Route handlers
  "app/(portal)/beheer/cijfers/sjabloon/[format]/route.ts": { door: "policy", action: "figures.manage", via: "serverApi" },
  "app/(portal)/convenanten/[id]/documenten/[documentId]/route.ts": { door: "policy", action: "agreement.read", via: "can" },
  "app/(portal)/dashboard/export/[dataset]/route.ts": { door: "policy", action: "figures.read", via: "serverApi" },
  "app/(portal)/sociale-kaart/[slug]/vcard/[contactId]/route.ts": { door: "policy", action: "organisation.read", via: "serverApi" },
  "app/(portal)/werkateliers/[id]/deelnemers/export/route.ts": { door: "policy", action: "meeting.participants", via: "can" },
  "app/(portal)/werkateliers/[id]/ics/route.ts": { door: "policy", action: "meeting.read", via: "serverApi" },
  "app/api/agenda/[token]/route.ts": { door: "token", why: "calendar apps fetch the personal feed without a session; the token's SHA-256 is stored" },
  "app/api/auth/[...nextauth]/route.ts": { door: "public", why: "next-auth: signing in and out" },
  "app/api/health/route.ts": { door: "public", why: "liveness for a load balancer: answers \"ok\", reads no session and no data" },
  "app/api/public/v1/organisaties/route.ts": { door: "public", why: "open data: public organisations, no contact persons (ADR 0010)" },
  "app/api/sociale-kaart/export/route.ts": { door: "policy", action: "directory.export", via: "can" },
  "app/api/sociale-kaart/importsjabloon/route.ts": { door: "policy", action: "directory.import", via: "can" },
  "app/api/trpc/[trpc]/route.ts": { door: "trpc" },
  "app/hulp/[[...path]]/route.ts": { door: "public", why: "the residents' pages (issue 15): public organisations only, no contact persons, no session read" },

  // Server actions
  "app/bevestigen/[token]/actions.ts": { door: "token", why: "the confirmation link mailed to the organisation's contact" },
  "app/wachtwoord-herstellen/actions.ts": { door: "token", why: "the reset link mailed to the account's address" },
  "app/wachtwoord-vergeten/actions.ts": { door: "public", why: "asking for a reset link; the answer is the same whether or not an account exists" },
  "components/agreement-documents/actions.ts": { door: "policy", action: "agreementDocument.upload", via: "can" },
  "components/meeting-registration/attendance-actions.ts": { door: "policy", action: "meeting.participants", via: "serverApi" },
} as const satisfies Record<string, RouteRule>;
