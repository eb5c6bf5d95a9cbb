import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "../root.ts";
import { MAX_BATCH_SIZE, type TRPCContext } from "../trpc.ts";
import { checkJsonBody, checkSameOrigin, isStateChanging, ownHosts, readCappedBody, type EdgeRefusal } from "./request-guard.ts";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "./database-unavailable.ts";
import { logUnexpectedError } from "./unexpected-error.ts";

/** The largest request body /api/trpc accepts for ordinary calls. */
export const MAX_TRPC_BODY_BYTES = 1024 * 1024;

/**
 * The imports send their file base64-encoded in the tRPC call (docs/adr/0010): up to 10 MB
 * (FIGURE_IMPORT_MAX_BYTES) is 13.4 MB of base64, so a request naming one of them may be 15 MB.
 * Every other upload (agreement PDFs) goes through a server action with its own limit.
 */
export const MAX_TRPC_FILE_BODY_BYTES = 15 * 1024 * 1024;
export const FILE_CARRYING_PROCEDURES: ReadonlySet<string> = new Set([
  "directoryImport.preview",
  "directoryImport.commit",
  "figureImport.preview",
  "figureImport.commit",
]);

/** The body cap for a request to /api/trpc/<path>[,<path>…]. */
export function bodyLimitFor(url: string): number {
  const pathname = new URL(url).pathname;
  const paths = decodeURIComponent(pathname.replace(/^.*\/api\/trpc\/?/, "")).split(",");
  return paths.some((path) => FILE_CARRYING_PROCEDURES.has(path)) ? MAX_TRPC_FILE_BODY_BYTES : MAX_TRPC_BODY_BYTES;
}

const JSON_RPC_CODES: Record<EdgeRefusal["code"], number> = { FORBIDDEN: -32003, PAYLOAD_TOO_LARGE: -32413, UNSUPPORTED_MEDIA_TYPE: -32415 };

export interface TrpcEndpointOptions {
  createContext: () => Promise<TRPCContext>;
  /** Public URLs of the portal whose host counts as our own (NEXTAUTH_URL, the base URL). */
  publicUrls?: (string | undefined)[];
  log?: (line: string, error: unknown) => void;
}

/**
 * The /api/trpc endpoint with the web edge's checks (issue 14, 6b and 9b) before tRPC sees the
 * request: a state-changing request must come from our own origin and be JSON, its body is capped
 * at 1 MB (15 MB for the imports), a batch at MAX_BATCH_SIZE calls, and unexpected errors are logged with an id and
 * answered generically (9a, see trpc.ts's errorFormatter).
 */
export async function handleTrpcRequest(request: Request, options: TrpcEndpointOptions): Promise<Response> {
  let forwarded = request;
  if (isStateChanging(request.method)) {
    const refusal =
      checkSameOrigin(request.headers, ownHosts(request.headers, options.publicUrls ?? [])) ?? checkJsonBody(request.headers);
    if (refusal) return refusalResponse(refusal);
    const body = await readCappedBody(request, safeBodyLimitFor(request.url));
    if (!(body instanceof Uint8Array)) return refusalResponse(body);
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    forwarded = new Request(request.url, { method: request.method, headers, body: body.byteLength > 0 ? new Blob([body]) : null, signal: request.signal });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: forwarded,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: options.createContext,
    onError({ error, path }) {
      if (isDatabaseUnavailable(error)) {
        // Expected during an outage: one short line, not a stack per call.
        const line = `[database] unavailable: tRPC ${path ?? "?"} answered 503`;
        if (options.log) options.log(line, null);
        else console.warn(line);
      } else if (error.code === "INTERNAL_SERVER_ERROR") {
        logUnexpectedError(error, `tRPC ${path ?? "?"}`, options.log);
      }
    },
    // No answer is cached by the browser or a proxy (ASVS V8.2.1), and none is ever rendered as a
    // page if opened directly (V14.4.2). During an outage the answer is 503 (trpc.ts's
    // errorFormatter); Retry-After says when to try again.
    responseMeta({ errors }) {
      const headers = new Headers({ "Cache-Control": "no-store", "Content-Disposition": 'attachment; filename="api.json"' });
      if (errors.some((error) => isDatabaseUnavailable(error))) headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
      return { headers };
    },
  });
}

/** A refusal in tRPC's error shape (superjson-wrapped), so the web client shows its Dutch message. */
function refusalResponse(refusal: EdgeRefusal): Response {
  const error = { message: refusal.message, code: JSON_RPC_CODES[refusal.code], data: { code: refusal.code, httpStatus: refusal.status, fieldErrors: null, errorId: null } };
  return new Response(JSON.stringify({ error: { json: error } }), { status: refusal.status, headers: { "content-type": "application/json" } });
}

function safeBodyLimitFor(url: string): number {
  try {
    return bodyLimitFor(url);
  } catch {
    return MAX_TRPC_BODY_BYTES;
  }
}
