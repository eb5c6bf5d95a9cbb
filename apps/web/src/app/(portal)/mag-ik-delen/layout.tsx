import { can } from "@kk/auth/policy";
import type { ReactNode } from "react";
import { ReviewBand } from "@/components/legal/review-band";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";

/**
 * Every /mag-ik-delen page ends with the legal review status of the texts it shows: "juridisch
 * gecontroleerd door … op …" for the catalogue's current version, or "nog niet juridisch
 * gecontroleerd" (issue 13, item 4; docs/mag-ik-delen.md).
 */
export default async function MagIkDelenLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const status = can(user, "legalReview.read") ? await (await serverApi()).legalReview.status() : null;
  return (
    <>
      {children}
      {status ? <ReviewBand status={status} /> : null}
    </>
  );
}
