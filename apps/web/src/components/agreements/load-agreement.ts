import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/lib/trpc/server";

/**
 * One agreement per request, shared by generateMetadata and the page. An agreement the user may
 * not read is "not found" in the API too, so a draft's existence does not leak.
 */
export const loadAgreement = cache(async (id: string) => {
  const api = await serverApi();
  return api.agreement.byId({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
});
