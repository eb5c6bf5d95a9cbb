import type { Role } from "../generated/prisma/enums.ts";

/**
 * One demo account per role (the first of each role), plus two more partners. Printed by `npm run dev` and used by the e2e tests.
 * Demo data only: never load the demo seed into a production database.
 */
export const DEMO_PASSWORD = "Demo-Zwijndrecht-2026";

/**
 * The published TOTP secret (base32, RFC 6238) of the demo accounts whose role requires two-factor
 * sign-in (BEHEERDER, COORDINATOR, REGIO_COORDINATOR). Public on purpose, like the demo password: add it to an
 * authenticator app, or read the current code on the sign-in page of a demo portal (docs/adr/0018).
 */
export const DEMO_TOTP_SECRET = "KKDEMOZWIJNDRECHTTWEESTAPSVERIFI";

/** Roles whose demo accounts are seeded with TOTP enrolled on DEMO_TOTP_SECRET. */
export const DEMO_TOTP_ROLES: readonly Role[] = ["BEHEERDER", "COORDINATOR", "REGIO_COORDINATOR"];

/** The demo municipality of the accounts that act for one (issue 18): Zwijndrecht. */
const ZWIJNDRECHT = "GM0642";
const DORDRECHT = "GM0505";
const PAPENDRECHT = "GM0590";

/**
 * The municipalities of the demo region (Veilig Thuis Zuid-Holland Zuid) that the demo accounts act
 * for (CBS codes real, everything else fictitious). The figures seed registers them with their
 * wijken; the accounts seed adds any that are still missing (seed-demo-municipalities.ts), so the
 * accounts load either way.
 */
export const DEMO_ACCOUNT_MUNICIPALITIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: ZWIJNDRECHT, name: "Zwijndrecht" },
  { code: DORDRECHT, name: "Dordrecht" },
  { code: PAPENDRECHT, name: "Papendrecht" },
];

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; organisationSlug?: string; municipalityCode?: string }> = [
  { email: "beheerder@demo.zwijndrecht.nl", name: "Bea Beheer", role: "BEHEERDER" },
  { email: "coordinator@demo.zwijndrecht.nl", name: "Carla Coördinator", role: "COORDINATOR", organisationSlug: "gemeente-zwijndrecht", municipalityCode: ZWIJNDRECHT },
  { email: "partner@demo.zwijndrecht.nl", name: "Pieter Partner", role: "PARTNER", organisationSlug: "wijkteam-zwijndrecht", municipalityCode: ZWIJNDRECHT },
  { email: "professional@demo.zwijndrecht.nl", name: "Priya Professional", role: "PROFESSIONAL", organisationSlug: "cjg-zwijndrecht", municipalityCode: ZWIJNDRECHT },
  { email: "raad@demo.zwijndrecht.nl", name: "Ruud Raadslid", role: "RAAD", municipalityCode: ZWIJNDRECHT },
  // More partners, each keeping only its own entry current. The e2e journeys that change an
  // entry use their own partner, so journeys running side by side never share a record.
  { email: "school@demo.zwijndrecht.nl", name: "Bram Brinkman", role: "PARTNER", organisationSlug: "basisschool-de-regenboog", municipalityCode: ZWIJNDRECHT },
  { email: "ggz@demo.zwijndrecht.nl", name: "Gerda Groen", role: "PARTNER", organisationSlug: "ggz-jeugd-drechtsteden", municipalityCode: ZWIJNDRECHT },
  // The neighbours in the region (issue 18): each municipality's own coordinator and council, and
  // the regional coordinator who spans the region. After the Zwijndrecht accounts, so the first
  // account of each role stays the Zwijndrecht one (e2e `signInAs(role)`).
  { email: "coordinator@demo.dordrecht.nl", name: "Daan Dekker", role: "COORDINATOR", municipalityCode: DORDRECHT },
  { email: "raad@demo.dordrecht.nl", name: "Roos de Raad", role: "RAAD", municipalityCode: DORDRECHT },
  { email: "coordinator@demo.papendrecht.nl", name: "Petra Pols", role: "COORDINATOR", municipalityCode: PAPENDRECHT },
  { email: "regio@demo.zhz.nl", name: "Reza Regio", role: "REGIO_COORDINATOR" },
];
