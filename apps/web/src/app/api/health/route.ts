export const dynamic = "force-dynamic";

/**
 * GET /api/health: "the process answers" for a load balancer's liveness check (docs/operations.md),
 * and the floor of a Next.js route handler in `npm run bench -- floor` (issue 17): no session, no
 * database, no work.
 */
export function GET(): Response {
  return new Response("ok\n", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
