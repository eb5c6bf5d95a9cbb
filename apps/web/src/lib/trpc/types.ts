import type { AppRouter } from "@kk/api";
import type { inferRouterOutputs } from "@trpc/server";

/** What each procedure returns, for typing components that render it. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
