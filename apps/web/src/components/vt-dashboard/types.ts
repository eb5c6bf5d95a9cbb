import type { RouterOutputs } from "@/lib/trpc/types";

export type Overview = Extract<RouterOutputs["dashboard"]["overview"], { available: true }>;
