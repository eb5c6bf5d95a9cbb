import { Prisma } from "./generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import { MUNICIPALITY_CODE_PATTERN, MUNICIPALITY_MESSAGES } from "./municipality-code.ts";

export { MUNICIPALITY_CODE_PATTERN, MUNICIPALITY_MESSAGES } from "./municipality-code.ts";

/*
 * Adding a municipality to a region install (issue 18, docs/adr/0023, docs/operations.md "Een regio,
 * één installatie"). One function for both doors: `npm run region:add` (packages/db/src/cli/region-add.ts)
 * and the administrator's page /beheer/gemeenten (packages/api/src/municipality). It lives in @kk/db
 * because the command line cannot import @kk/api (which depends on this package); like
 * packages/auth/src/oidc.ts it therefore writes its audit event itself, in the same transaction.
 */

export type MunicipalityField = "code" | "name" | "vtRegionCode";

/** A refused addition, with the form field it belongs to and a Dutch message. */
export class MunicipalityInputError extends Error {
  constructor(
    readonly field: MunicipalityField,
    message: string,
  ) {
    super(message);
    this.name = "MunicipalityInputError";
  }
}

export interface AddMunicipalityInput {
  code: string;
  name: string;
  /** The Veilig Thuis region area's code (VT-ZHZ); created when missing. Default: the install's one region. */
  vtRegionCode?: string | null;
  now: Date;
}

/**
 * Who adds it, as the audit log records it: a signed-in administrator, or a command line
 * (`{ id: null, email: "npm run region:add" }`), which is shown as such on /beheer/audit.
 */
export interface MunicipalityActor {
  id: string | null;
  email: string | null;
}

export interface AddedMunicipality {
  code: string;
  name: string;
  areaId: string;
  vtRegionCode: string;
  vtRegionCreated: boolean;
}

/** Normalises and checks the input; throws MunicipalityInputError (field + Dutch message). */
export function checkMunicipalityInput(input: Omit<AddMunicipalityInput, "now">): { code: string; name: string; vtRegionCode: string | null } {
  const code = input.code.trim().toUpperCase();
  if (!MUNICIPALITY_CODE_PATTERN.test(code)) throw new MunicipalityInputError("code", MUNICIPALITY_MESSAGES.code);
  const name = input.name.trim().replace(/\s+/g, " ");
  if (name.length < 2 || name.length > 80) throw new MunicipalityInputError("name", MUNICIPALITY_MESSAGES.name);
  const region = input.vtRegionCode?.trim().toUpperCase() ?? "";
  if (region !== "" && !/^[A-Z0-9][A-Z0-9-]{1,19}$/.test(region)) throw new MunicipalityInputError("vtRegionCode", MUNICIPALITY_MESSAGES.vtRegion);
  return { code, name, vtRegionCode: region === "" ? null : region };
}

async function regionArea(tx: Tx, vtRegionCode: string | null): Promise<{ id: string; code: string; created: boolean }> {
  if (vtRegionCode === null) {
    const regions = await tx.area.findMany({ where: { kind: "VT_REGION" }, select: { id: true, code: true }, take: 2 });
    if (regions.length !== 1 || !regions[0]) throw new MunicipalityInputError("vtRegionCode", MUNICIPALITY_MESSAGES.vtRegionChoose);
    return { ...regions[0], created: false };
  }
  const existing = await tx.area.findUnique({ where: { code: vtRegionCode }, select: { id: true, code: true, kind: true } });
  if (existing) {
    if (existing.kind !== "VT_REGION") throw new MunicipalityInputError("vtRegionCode", MUNICIPALITY_MESSAGES.vtRegionKind);
    return { id: existing.id, code: existing.code, created: false };
  }
  const created = await tx.area.create({ data: { code: vtRegionCode, name: `Veilig Thuis ${vtRegionCode}`, kind: "VT_REGION" }, select: { id: true, code: true } });
  return { ...created, created: true };
}

/**
 * Writes the municipality's Area (kind MUNICIPALITY under the Veilig Thuis region, which is created
 * when missing) and its Municipality row, without an audit event: the caller audits (addMunicipality)
 * or is the demo seed. An existing MUNICIPALITY area with the code (an install from before issue 18)
 * is linked rather than duplicated.
 */
export async function writeMunicipality(
  tx: Tx,
  input: { code: string; name: string; vtRegionCode: string | null; isDemo?: boolean; now: Date },
): Promise<AddedMunicipality> {
  if (await tx.municipality.findUnique({ where: { code: input.code }, select: { code: true } })) {
    throw new MunicipalityInputError("code", MUNICIPALITY_MESSAGES.codeTaken);
  }
  const region = await regionArea(tx, input.vtRegionCode);
  const existingArea = await tx.area.findUnique({ where: { code: input.code }, select: { id: true, kind: true } });
  if (existingArea && existingArea.kind !== "MUNICIPALITY") throw new MunicipalityInputError("code", MUNICIPALITY_MESSAGES.areaTaken);
  const area = existingArea
    ? await tx.area.update({ where: { id: existingArea.id }, data: { parentId: region.id, active: true }, select: { id: true } })
    : await tx.area.create({ data: { code: input.code, name: input.name, kind: "MUNICIPALITY", parentId: region.id }, select: { id: true } });
  await tx.municipality.create({ data: { code: input.code, name: input.name, areaId: area.id, isDemo: input.isDemo ?? false, createdAt: input.now } });
  return { code: input.code, name: input.name, areaId: area.id, vtRegionCode: region.code, vtRegionCreated: region.created };
}

/**
 * Adds a municipality to the install, audited ("municipality.add") in the same transaction.
 * Throws MunicipalityInputError for an invalid code or name, a code already added, or an unclear
 * Veilig Thuis region. Two additions of the same code at once: one wins, the other gets "codeTaken".
 */
export async function addMunicipality(db: Db, actor: MunicipalityActor, input: AddMunicipalityInput): Promise<AddedMunicipality> {
  const checked = checkMunicipalityInput(input);
  try {
    return await db.$transaction(async (tx) => {
      const added = await writeMunicipality(tx, { ...checked, now: input.now });
      await tx.auditEvent.create({
        data: {
          at: input.now,
          actorId: actor.id,
          actorEmail: actor.email,
          action: "municipality.add",
          entityType: "Municipality",
          entityId: added.code,
          after: { ...added },
        },
      });
      return added;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new MunicipalityInputError("code", MUNICIPALITY_MESSAGES.codeTaken);
    }
    throw error;
  }
}
