import type { ExportFile } from "@kk/api";
import { can, type Action } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import * as messages from "@/messages/catalogue";
import { contentDisposition } from "./content-disposition";
import { currentUser } from "./session";

/**
 * The one place for what route handlers answer (docs/architecture.md, "Route handlers and server
 * actions"): downloads, plain-text refusals, tRPC errors as HTTP statuses, and the policy gate for
 * handlers that call a domain function directly. Which door each handler uses is listed in
 * app/route-rules.ts, and route-rules.test.ts calls every handler as every role.
 */

/** Personal data and documents between organisations: never kept by shared caches. */
const PRIVATE_NO_STORE = "private, no-store";

/** A download: the file name as attachment (RFC 5987, lib/content-disposition.ts), never cached. */
export function fileResponse(file: ExportFile, headers: Record<string, string> = {}): Response {
  const body = typeof file.body === "string" ? file.body : new Blob([file.body as Uint8Array<ArrayBuffer>]);
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.fileName),
      "Cache-Control": PRIVATE_NO_STORE,
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
  });
}

/** A refusal or error as plain text, never cached. */
export function plainError(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** To the sign-in page, back to `returnTo` afterwards (for links a signed-out user may follow from a mail or bookmark). */
export function signInRedirect(returnTo: string): Response {
  return new Response(null, { status: 303, headers: { Location: `/inloggen?callbackUrl=${encodeURIComponent(returnTo)}` } });
}

const DEFAULT_BODIES: Readonly<Partial<Record<number, string>>> = {
  401: messages.signIn.title,
  403: messages.errors.forbiddenTitle,
  404: messages.errors.notFoundTitle,
};

export interface TrpcErrorMapping {
  /** Statuses that differ from tRPC's own (e.g. BAD_REQUEST as 404: a malformed id is an unknown record). */
  status?: Partial<Record<TRPCError["code"], number>>;
  /** Bodies per status that differ from the defaults (401 "Inloggen", 403 "Geen toegang", 404 "Pagina niet gevonden"). */
  body?: Partial<Record<number, string | ((error: TRPCError) => string)>>;
}

/**
 * A TRPCError from a procedure or domain function as an HTTP answer, with tRPC's own status
 * mapping (getHTTPStatusCodeFromError). Anything else, and server errors, are thrown on, so
 * Next.js logs them and answers 500 without details.
 */
export function trpcErrorResponse(error: unknown, mapping: TrpcErrorMapping = {}): Response {
  if (!(error instanceof TRPCError)) throw error;
  const status = mapping.status?.[error.code] ?? getHTTPStatusCodeFromError(error);
  if (status >= 500) throw error;
  const body = mapping.body?.[status];
  return plainError(status, (typeof body === "function" ? body(error) : body) ?? DEFAULT_BODIES[status] ?? error.message);
}

/**
 * The policy gate for a handler that calls a domain function directly (not through serverApi()):
 * the signed-in user when `can(user, action)`, else the refusal to send (401 signed out, or
 * `signedOut` when given; 403 not allowed).
 */
export async function authoriseRoute(action: Action, options: { signedOut?: () => Response } = {}): Promise<SessionUser | Response> {
  const user = await currentUser();
  if (!user) return options.signedOut?.() ?? plainError(401, DEFAULT_BODIES[401] ?? "");
  if (!can(user, action)) return plainError(403, DEFAULT_BODIES[403] ?? "");
  return user;
}
