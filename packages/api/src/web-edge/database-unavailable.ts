import { isDatabaseUnavailable } from "@kk/db/availability";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

/**
 * The database is down or restarting (issue 14, "Fault test"): tRPC answers 503 with this Dutch
 * message and a Retry-After header instead of a masked 500, so a client (and a load balancer)
 * knows to try again. The pages say the same through the proxy (apps/web/src/proxy.ts).
 */
export const DATABASE_UNAVAILABLE_MESSAGE = "De portal is even niet beschikbaar. Probeer het over een paar minuten opnieuw.";

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

export { isDatabaseUnavailable };

/** The error shape's fields for an outage: tRPC derives the HTTP status (503) from data.httpStatus. */
export function databaseUnavailableShape<Data extends object>(data: Data) {
  return {
    code: TRPC_ERROR_CODES_BY_KEY.SERVICE_UNAVAILABLE,
    message: DATABASE_UNAVAILABLE_MESSAGE,
    data: { ...data, code: "SERVICE_UNAVAILABLE" as const, httpStatus: 503, stack: undefined, fieldErrors: null, errorId: null },
  };
}
