import { newPasswordProblem } from "@kk/auth/password-policy";
import type { SessionUser } from "@kk/auth/roles";
import { hashPassword, Prisma, type Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict, notFound, staleVersion } from "../errors.ts";
import { accessEndReason, endUserAccess } from "./end-access.ts";
import type { createUserInput, listUsersInput, setUserActiveInput, updateUserInput } from "./schemas.ts";

const publicUserFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  organisationId: true,
  organisation: { select: { id: true, name: true } },
  municipalityCode: true,
  municipality: { select: { code: true, name: true } },
  lastSignInAt: true,
  totpEnabledAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof publicUserFields }>;

/** All users, or one municipality's (`municipalityCode`), or those without one ("none"; issue 18). */
export function listUsers(db: Db, filter: z.output<typeof listUsersInput> = {}): Promise<UserRow[]> {
  const municipalityCode = filter?.municipalityCode;
  return db.user.findMany({
    where: municipalityCode === undefined ? {} : { municipalityCode: municipalityCode === "none" ? null : municipalityCode },
    select: publicUserFields,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}

export async function getUser(db: Db, id: string): Promise<UserRow> {
  const user = await db.user.findUnique({ where: { id }, select: publicUserFields });
  if (!user) throw notFound("De gebruiker");
  return user;
}

function emailTaken(): TRPCError {
  const message = "Er bestaat al een gebruiker met dit e-mailadres.";
  return fieldConflict(message, { email: [message] });
}

async function assertOrganisationExists(db: Db, organisationId: string | null): Promise<void> {
  if (organisationId === null) return;
  const found = await db.organisation.count({ where: { id: organisationId } });
  if (found === 0) throw notFound("De organisatie");
}

/** The municipality must be one of the install's (issue 18); a field error for the form otherwise. */
async function assertMunicipalityExists(db: Db, municipalityCode: string | null): Promise<void> {
  if (municipalityCode === null) return;
  const found = await db.municipality.count({ where: { code: municipalityCode } });
  if (found === 0) {
    const message = "Deze gemeente hoort niet bij deze installatie: kies een gemeente uit de lijst.";
    throw fieldConflict(message, { municipalityCode: [message] });
  }
}

export async function createUser(db: Db, actor: SessionUser, input: z.output<typeof createUserInput>): Promise<UserRow> {
  await assertOrganisationExists(db, input.organisationId);
  await assertMunicipalityExists(db, input.municipalityCode);
  // The initial password passes the same server-side check as a change (issue 14, part L).
  const problem = input.password ? newPasswordProblem(input.password, { email: input.email, name: input.name }) : null;
  if (problem) throw fieldConflict(problem, { password: [problem] });
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          organisationId: input.organisationId,
          municipalityCode: input.municipalityCode,
          passwordHash,
        },
        select: publicUserFields,
      });
      await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id, after: user });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}

/**
 * Applies a change only if nobody saved since the caller read `version`
 * (optimistic concurrency: the second of two simultaneous saves is refused, not merged).
 * A change of role, organisation or municipality, or a deactivation, ends the user's sessions and calendar
 * feed in the same transaction (end-access.ts).
 */
async function updateVersioned(
  db: Db,
  actor: SessionUser,
  id: string,
  version: number,
  action: string,
  data: Prisma.UserUpdateManyMutationInput & { organisationId?: string | null; municipalityCode?: string | null },
  now: Date,
): Promise<UserRow> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: publicUserFields });
    if (!before) throw notFound("De gebruiker");
    const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw staleVersion();
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: publicUserFields });
    await recordAudit(tx, actor, { action, entityType: "User", entityId: id, before, after });
    const reason = accessEndReason(before, after);
    if (reason) await endUserAccess(tx, actor, id, now, reason);
    return after;
  });
}

export async function updateUser(db: Db, actor: SessionUser, input: z.output<typeof updateUserInput>, now: Date): Promise<UserRow> {
  await assertOrganisationExists(db, input.organisationId);
  await assertMunicipalityExists(db, input.municipalityCode);
  if (input.id === actor.id && input.role !== actor.role) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "U kunt uw eigen rol niet wijzigen; vraag een andere beheerder." });
  }
  return updateVersioned(db, actor, input.id, input.version, "user.update", {
    name: input.name,
    role: input.role,
    organisationId: input.organisationId,
    municipalityCode: input.municipalityCode,
  }, now);
}

export async function setUserActive(db: Db, actor: SessionUser, input: z.output<typeof setUserActiveInput>, now: Date): Promise<UserRow> {
  if (input.id === actor.id && !input.active) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "U kunt uw eigen account niet deactiveren." });
  }
  return updateVersioned(db, actor, input.id, input.version, input.active ? "user.activate" : "user.deactivate", {
    active: input.active,
  }, now);
}
