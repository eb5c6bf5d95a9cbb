import { publicDirectory } from "@kk/api";
import { getDb } from "@kk/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/public/v1/organisaties: the public part of the sociale kaart as Open Referral HSDS
 * 3.0 JSON, without signing in. Public, active organisations; organisation-level data only, no
 * contact persons (docs/adr/0010-import-export.md). Cached briefly by browsers and proxies.
 */
export async function GET(): Promise<Response> {
  const page = await publicDirectory(getDb());
  return new Response(JSON.stringify(page), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300, s-maxage=300, stale-while-revalidate=600",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
