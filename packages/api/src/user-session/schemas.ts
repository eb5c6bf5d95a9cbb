import { IDLE_TIMEOUT_MINUTES_RANGE as RANGE } from "@kk/auth/user-sessions";
import { z } from "../zod-dutch.ts";

export const endSessionInput = z.object({ id: z.string().min(1).max(64) });

const idleMessage = `Vul een heel aantal minuten in van ${RANGE.min} tot en met ${RANGE.max}.`;

/** The administrator's idle timeout (docs/adr/0017); the read updatedAt is the version. */
export const setIdleTimeoutInput = z.object({
  idleTimeoutMinutes: z.coerce.number(idleMessage).int(idleMessage).min(RANGE.min, idleMessage).max(RANGE.max, idleMessage),
  expectedUpdatedAt: z.coerce.date().nullable(),
});
export type SetIdleTimeoutInput = z.input<typeof setIdleTimeoutInput>;
