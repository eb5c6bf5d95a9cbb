import type { Role } from "@kk/db";

export const ROLES = ["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD", "REGIO_COORDINATOR"] as const satisfies readonly Role[];

/** Roles that must use a second factor when they sign in with a password (docs/adr/0018). */
export const MFA_REQUIRED_ROLES: readonly Role[] = ["BEHEERDER", "COORDINATOR", "REGIO_COORDINATOR"];

/** Dutch labels shown in the UI (docs/glossary.md maps them to the code names). */
export const ROLE_LABELS: Record<Role, string> = {
  BEHEERDER: "Beheerder",
  COORDINATOR: "Aandachtsfunctionaris (coördinator)",
  PARTNER: "Partnerorganisatie",
  PROFESSIONAL: "Professional",
  RAAD: "Gemeenteraad",
  REGIO_COORDINATOR: "Regionaal coördinator",
};

/** The signed-in user as every layer above the database sees it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /**
   * The CBS gemeentecode of the municipality the user acts for (issue 18, docs/adr/0023); null for
   * BEHEERDER and REGIO_COORDINATOR, who span the region.
   */
  municipalityCode: string | null;
  /**
   * True for a BEHEERDER or COORDINATOR who signed in with a password and has not set up
   * two-factor sign-in yet: they may only enrol (policy.ts, docs/adr/0018).
   */
  mfaEnrolmentRequired?: boolean;
}
