import { TRPCError } from "@trpc/server";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/lib/trpc/server";

/**
 * The organisation behind /sociale-kaart/<slug>/bewerken/…, through the API (which checks that
 * the user may edit it): a 403 page for a partner of another organisation, 404 for an unknown slug.
 * Cached per request, so the page and its metadata share one query.
 */
export const loadOrganisationForEdit = cache(async (slug: string) => {
  const api = await serverApi();
  return api.organisation.forEdit({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED")) forbidden();
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
});

export type OrganisationForEditPage = Awaited<ReturnType<typeof loadOrganisationForEdit>>;
