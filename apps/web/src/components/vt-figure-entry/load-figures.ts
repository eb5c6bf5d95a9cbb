import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** NOT_FOUND / BAD_REQUEST from the API (an unknown period, version or area in the URL) → the 404 page. */
export function notFoundOnMissing(error: unknown): never {
  if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
  throw error;
}
