import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/lib/trpc/server";

/** One meeting per request, shared by generateMetadata and the page (and sections on it). */
export const loadMeeting = cache(async (id: string) => {
  const api = await serverApi();
  return api.meeting.byId({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
});

export type LoadedMeeting = Awaited<ReturnType<typeof loadMeeting>>;
