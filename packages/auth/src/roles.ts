import type { Role } from "@kk/db";

export const ROLES = ["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD"] as const satisfies readonly Role[];

/** Dutch labels shown in the UI (docs/glossary.md maps them to the code names). */
export const ROLE_LABELS: Record<Role, string> = {
  BEHEERDER: "Beheerder",
  COORDINATOR: "Aandachtsfunctionaris (coördinator)",
  PARTNER: "Partnerorganisatie",
  PROFESSIONAL: "Professional",
  RAAD: "Gemeenteraad",
};

/** The signed-in user as every layer above the database sees it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /**
   * True for a BEHEERDER or COORDINATOR who signed in with a password and has not set up
   * two-factor sign-in yet: they may only enrol (policy.ts, docs/adr/0018).
   */
  mfaEnrolmentRequired?: boolean;
}
