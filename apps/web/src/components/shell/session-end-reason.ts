import type { SessionEndReason } from "@kk/auth";

/** Why a session ended, as the sign-in page's `reden` parameter (app/inloggen/page.tsx turns it into a sentence). */
export const REASON_PARAM: Record<SessionEndReason, string> = { idle: "inactief", expired: "verlopen", revoked: "beeindigd", missing: "beeindigd" };
