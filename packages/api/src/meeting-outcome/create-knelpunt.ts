import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db } from "@kk/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict } from "../errors.ts";
import type { KnelpuntCatalogueEntry } from "./knelpunt-catalogue.ts";
import type { createKnelpuntInput } from "./schemas.ts";

export async function createKnelpunt(db: Db, actor: SessionUser, input: z.output<typeof createKnelpuntInput>): Promise<KnelpuntCatalogueEntry> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.knelpunt.create({ data: input });
      await recordAudit(tx, actor, { action: "knelpunt.create", entityType: "Knelpunt", entityId: row.id, after: row });
      const { createdAt: _createdAt, ...rest } = row;
      return { ...rest, meetings: 0 };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw fieldConflict("Er is al een knelpunt met deze naam.", { title: ["Er is al een knelpunt met deze naam. Kies een andere naam of zet het bestaande knelpunt weer aan."] });
    }
    throw error;
  }
}
