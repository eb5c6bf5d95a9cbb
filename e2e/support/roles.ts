/** The portal's roles (packages/auth/src/roles.ts), repeated here so the tests state their own expectations. */
export type Role = "BEHEERDER" | "COORDINATOR" | "PARTNER" | "PROFESSIONAL" | "RAAD" | "REGIO_COORDINATOR";

export const ROLES: readonly Role[] = ["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD", "REGIO_COORDINATOR"];
