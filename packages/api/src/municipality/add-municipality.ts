import type { SessionUser } from "@kk/auth/roles";
import { addMunicipality as addMunicipalityRows, MunicipalityInputError, type AddedMunicipality, type Db } from "@kk/db";
import type { z } from "zod";
import { fieldConflict } from "../errors.ts";
import type { addMunicipalityInput } from "./schemas.ts";

/**
 * The administrator adds a municipality (/beheer/gemeenten): the same function as
 * `npm run region:add` (@kk/db, packages/db/src/municipality.ts), audited as "municipality.add" in
 * its transaction. A refusal comes back as a field error for the form's error summary.
 */
export async function addMunicipality(db: Db, actor: SessionUser, input: z.output<typeof addMunicipalityInput>, now: Date): Promise<AddedMunicipality> {
  try {
    return await addMunicipalityRows(db, { id: actor.id, email: actor.email }, { ...input, now });
  } catch (error) {
    if (error instanceof MunicipalityInputError) throw fieldConflict(error.message, { [error.field]: [error.message] });
    throw error;
  }
}
