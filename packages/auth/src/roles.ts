import type { Role } from "@kk/db";

export const ROLES = ["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD"] as const satisfies readonly Role[];

/** Roles that must use a second factor when they sign in with a password (docs/adr/0018). */
export const MFA_REQUIRED_ROLES: readonly Role[] = ["BEHEERDER", "COORDINATOR"];

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
