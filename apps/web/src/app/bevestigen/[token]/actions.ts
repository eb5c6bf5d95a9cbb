"use server";

import { confirmOrganisationByToken } from "@kk/api";
import { getDb } from "@kk/db";
import type { ConfirmState } from "@/components/freshness/confirm-form";

/**
 * The POST behind "Ja, de gegevens kloppen nog". A server action, so only a deliberate form
 * submit confirms: mail scanners and link previews that fetch the GET change nothing.
 */
export async function confirmByToken(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const token = formData.get("token");
  if (typeof token !== "string") return { status: "unknown" };
  const outcome = await confirmOrganisationByToken(getDb(), token, new Date());
  if (outcome.status !== "confirmed") return { status: outcome.status };
  const { organisation } = outcome;
  return {
    status: "confirmed",
    name: organisation.name,
    slug: organisation.slug,
    verifiedAt: (organisation.verifiedAt ?? new Date()).toISOString(),
  };
}
