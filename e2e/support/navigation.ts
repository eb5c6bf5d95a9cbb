import { expect, type Locator, type Page } from "@playwright/test";
import type { Role } from "./roles.ts";

export interface Area {
  label: string;
  href: string;
}

/** Every area link the portal has, in menu order (packages/auth/src/policy.ts, NAVIGATION). */
export const AREAS = {
  socialeKaart: { label: "Sociale kaart", href: "/sociale-kaart" },
  magIkDelen: { label: "Mag ik delen?", href: "/mag-ik-delen" },
  convenanten: { label: "Convenanten", href: "/convenanten" },
  escalatie: { label: "Escalatie", href: "/escalatie" },
  werkateliers: { label: "Werkateliers", href: "/werkateliers" },
  dashboard: { label: "Dashboard", href: "/dashboard" },
  gebruikers: { label: "Gebruikers", href: "/beheer/gebruikers" },
  gemeenten: { label: "Gemeenten", href: "/beheer/gemeenten" },
  audit: { label: "Auditlog", href: "/beheer/audit" },
  beheerSocialeKaart: { label: "Actualiteit sociale kaart", href: "/beheer/sociale-kaart" },
  beheerNetwerk: { label: "Hiaten in het netwerk", href: "/beheer/netwerk" },
  outbox: { label: "Verzonden e-mail", href: "/beheer/outbox" },
  beheerCijfers: { label: "Cijfers Veilig Thuis", href: "/beheer/cijfers" },
  publiekePagina: { label: "Publieke pagina", href: "/beheer/publieke-pagina" },
} as const satisfies Record<string, Area>;

const ALL_AREAS: readonly Area[] = Object.values(AREAS);

const CONTENT_AREAS = [AREAS.socialeKaart, AREAS.magIkDelen, AREAS.convenanten, AREAS.escalatie, AREAS.werkateliers];

/**
 * What each role should see in the menu. Written out by hand on purpose (not computed from
 * navigationFor()), so a change in the policy has to be confirmed here as well.
 */
export const NAVIGATION_BY_ROLE: Record<Role, readonly Area[]> = {
  BEHEERDER: [AREAS.socialeKaart, AREAS.magIkDelen, AREAS.gebruikers, AREAS.gemeenten, AREAS.audit, AREAS.beheerSocialeKaart, AREAS.beheerNetwerk, AREAS.outbox, AREAS.publiekePagina],
  COORDINATOR: [...CONTENT_AREAS, AREAS.dashboard, AREAS.audit, AREAS.beheerSocialeKaart, AREAS.beheerNetwerk, AREAS.beheerCijfers, AREAS.publiekePagina],
  PARTNER: CONTENT_AREAS,
  PROFESSIONAL: CONTENT_AREAS,
  RAAD: [AREAS.dashboard],
  // Issue 18: the regional coordinator's rights come per part; the municipalities list is part D's.
  REGIO_COORDINATOR: [AREAS.socialeKaart, AREAS.convenanten, AREAS.escalatie, AREAS.werkateliers, AREAS.dashboard, AREAS.gemeenten, AREAS.beheerSocialeKaart, AREAS.beheerNetwerk],
};

/** The areas a role may not open. */
export function forbiddenAreas(role: Role): Area[] {
  const allowed = new Set(NAVIGATION_BY_ROLE[role].map((a) => a.href));
  return ALL_AREAS.filter((a) => !allowed.has(a.href));
}

export function mainNavigation(page: Page): Locator {
  return page.getByRole("navigation", { name: /^Hoofd(navigatie|menu)$/ });
}

/** The link texts in the main navigation, apart from a link to the start page. */
export async function areaLinkTexts(page: Page): Promise<string[]> {
  const texts = await mainNavigation(page).getByRole("link").allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t !== "Start");
}

/** The page for a role that may not open it: a "Geen toegang" page (or not found). */
export async function expectNoAccess(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(Geen toegang|Pagina niet gevonden)$/);
  await expect(page.getByRole("main")).not.toContainText(/Gebruiker toevoegen|Auditgebeurtenissen/);
}
