import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/lib/trpc/server";

function notFoundOn(error: unknown): never {
  if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
  throw error;
}

/** The meeting the case and outcome pages belong to (404 for an unknown id). */
export const loadMeetingForOutcomes = cache(async (id: string) => (await serverApi()).meeting.byId({ id }).catch(notFoundOn));

export const loadCase = cache(async (id: string) => (await serverApi()).meetingCase.byId({ id }).catch(notFoundOn));
