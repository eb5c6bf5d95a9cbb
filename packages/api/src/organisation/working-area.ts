import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma, Tx } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { FieldErrorsCause } from "../field-errors.ts";
import { WORKING_AREA_MISSING } from "./working-area-schemas.ts";

/*
 * The working area (werkgebied) of an organisation (issue 18, docs/sociale-kaart.md): the whole
 * region, or a set of the install's municipalities. One entry per organisation for the region; the
 * working area decides in which municipality's search it shows. Agreements use the same shape for
 * their scope.
 */

/** What is stored: region-wide, or the municipalities (sorted, without duplicates). */
export interface WorkingArea {
  regionWide: boolean;
  municipalityCodes: string[];
}

/** Normalises a working area: region-wide keeps no municipalities; codes sorted and unique. */
export function normaliseWorkingArea(area: WorkingArea): WorkingArea {
  if (area.regionWide) return { regionWide: true, municipalityCodes: [] };
  return { regionWide: false, municipalityCodes: [...new Set(area.municipalityCodes)].sort() };
}

/**
 * The working area of a new organisation when the caller names none (an API caller from before
 * issue 18): the actor's own municipality, else the whole region. The forms always send one.
 */
export function defaultWorkingArea(actor: SessionUser): WorkingArea {
  return actor.municipalityCode ? { regionWide: false, municipalityCodes: [actor.municipalityCode] } : { regionWide: true, municipalityCodes: [] };
}

function badWorkingArea(message: string, field = "municipalityCodes"): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldErrorsCause(message, { [field]: [message] }) });
}

/** Refuses an empty set (unless region-wide) and codes that are not municipalities of this install. */
export async function assertWorkingArea(db: Db | Tx, area: WorkingArea, field = "municipalityCodes", missing = WORKING_AREA_MISSING): Promise<void> {
  if (area.regionWide) return;
  if (area.municipalityCodes.length === 0) throw badWorkingArea(missing, field);
  const known = await db.municipality.findMany({ where: { code: { in: area.municipalityCodes } }, select: { code: true } });
  const knownCodes = new Set(known.map((m) => m.code));
  const unknown = area.municipalityCodes.filter((code) => !knownCodes.has(code));
  if (unknown.length > 0) {
    throw badWorkingArea(`Onbekende gemeente: ${unknown.join(", ")}. Kies een gemeente van deze regio.`, field);
  }
}

/** Replaces an organisation's municipalities by the working area's (inside the caller's transaction). */
export async function writeOrganisationWorkingArea(tx: Tx, organisationId: string, area: WorkingArea): Promise<void> {
  await tx.organisationMunicipality.deleteMany({ where: { organisationId } });
  if (!area.regionWide && area.municipalityCodes.length > 0) {
    await tx.organisationMunicipality.createMany({
      data: area.municipalityCodes.map((municipalityCode) => ({ organisationId, municipalityCode })),
    });
  }
}

export interface InstallRegion {
  /** The Veilig Thuis region the municipalities lie in ("Veilig Thuis Zuid-Holland Zuid"), null when none is known. */
  regionName: string | null;
  municipalities: Array<{ code: string; name: string }>;
}

/** Organisations that work in the municipality `code`: region-wide ones, or linked to it; null = everywhere. */
export function organisationsWorkingIn(code: string | null | undefined): Prisma.OrganisationWhereInput {
  return code ? { OR: [{ regionWide: true }, { municipalities: { some: { municipalityCode: code } } }] } : {};
}

/** Agreements that apply in the municipality `code`: region-wide ones, or scoped to it; null = everywhere. */
export function agreementsApplyingIn(code: string | null | undefined): Prisma.AgreementWhereInput {
  return code ? { OR: [{ regionWide: true }, { municipalities: { some: { municipalityCode: code } } }] } : {};
}

/** Replaces an agreement's municipalities (its scope) by `scope`'s (inside the caller's transaction). */
export async function writeAgreementScope(tx: Tx, agreementId: string, scope: WorkingArea): Promise<void> {
  await tx.agreementMunicipality.deleteMany({ where: { agreementId } });
  if (!scope.regionWide && scope.municipalityCodes.length > 0) {
    await tx.agreementMunicipality.createMany({ data: scope.municipalityCodes.map((municipalityCode) => ({ agreementId, municipalityCode })) });
  }
}

/** The install's municipalities and their region: the working-area checkboxes, the Gemeente filter, "hele regio". */
export async function readInstallRegion(db: Db): Promise<InstallRegion> {
  const rows = await db.municipality.findMany({
    select: { code: true, name: true, area: { select: { parent: { select: { name: true } } } } },
    orderBy: { name: "asc" },
  });
  return {
    regionName: rows.find((row) => row.area.parent)?.area.parent?.name ?? null,
    municipalities: rows.map(({ code, name }) => ({ code, name })),
  };
}
