import { SHARED_DATA_COORDINATORS } from "@kk/auth/policy";
import type { Prisma, Role, Tx } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { notFound } from "../errors.ts";
import { FieldErrorsCause, type FieldErrors } from "../field-errors.ts";
import type { CreateAgreementValues } from "./schemas.ts";

/** What an agreement's audit snapshot and write paths load: fields, parties, checklist. */
export const agreementWriteFields = {
  id: true,
  title: true,
  kind: true,
  purpose: true,
  scope: true,
  legalBasisNotes: true,
  status: true,
  startDate: true,
  endDate: true,
  reviewDate: true,
  ownerId: true,
  municipalityRole: true,
  coversInformationExchange: true,
  responseWorkingDays: true,
  regionWide: true,
  municipalities: { select: { municipalityCode: true }, orderBy: { municipalityCode: "asc" } },
  version: true,
  parties: {
    select: { organisationId: true, signatoryName: true, signatoryFunction: true, signedAt: true },
    orderBy: { organisation: { name: "asc" } },
  },
  clauses: { select: { clauseKey: true, coverage: true, reference: true }, orderBy: { clauseKey: "asc" } },
} satisfies Prisma.AgreementSelect;

export type AgreementWriteRow = Prisma.AgreementGetPayload<{ select: typeof agreementWriteFields }>;

export async function loadAgreementForWrite(tx: Tx, id: string): Promise<AgreementWriteRow> {
  const row = await tx.agreement.findUnique({ where: { id }, select: agreementWriteFields });
  if (!row) throw notFound("De afspraak");
  return row;
}

export function badInput(message: string, fieldErrors: FieldErrors): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldErrorsCause(message, fieldErrors) });
}

/**
 * Checks what zod cannot: the owner is an active coordinator, every party exists, and no
 * organisation is a party twice (the error names it). Throws before anything is written.
 */
export async function assertPartiesAndOwner(tx: Tx, input: Pick<CreateAgreementValues, "parties">, ownerId: string): Promise<void> {
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { role: true, active: true } });
  if (!owner || !(SHARED_DATA_COORDINATORS as readonly Role[]).includes(owner.role) || !owner.active) {
    throw badInput("De eigenaar van een afspraak moet een actieve aandachtsfunctionaris (coördinator) zijn.", {
      ownerId: ["Kies een actieve aandachtsfunctionaris (coördinator) als eigenaar."],
    });
  }
  const ids = [...new Set(input.parties.map((p) => p.organisationId))];
  const organisations = await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const fieldErrors: FieldErrors = {};
  const seen = new Set<string>();
  let first: string | null = null;
  input.parties.forEach((party, index) => {
    const name = names.get(party.organisationId);
    let message: string | null = null;
    if (!name) message = "Deze organisatie bestaat niet (meer). Kies een andere organisatie.";
    else if (seen.has(party.organisationId)) message = `${name} staat twee keer als partij in de afspraak. Verwijder een van beide.`;
    seen.add(party.organisationId);
    if (message) {
      fieldErrors[`parties.${index}.organisationId`] = [message];
      first ??= message;
    }
  });
  if (first) throw badInput(first, fieldErrors);
}

export function partyRows(parties: CreateAgreementValues["parties"]) {
  return parties.map((p) => ({
    organisationId: p.organisationId,
    signatoryName: p.signatoryName,
    signatoryFunction: p.signatoryFunction,
    signedAt: p.signedAt,
  }));
}

/** Only assessed clauses are stored; a catalogue entry without a row is "niet beoordeeld". */
export function clauseRows(clauses: CreateAgreementValues["clauses"]) {
  return clauses.flatMap((c) => (c.coverage === null ? [] : [{ clauseKey: c.clauseKey, coverage: c.coverage, reference: c.reference }]));
}

/** An active agreement must keep at least two parties and a start date (docs/convenanten.md). */
export function activeRequirements(value: { startDate: Date | null; parties: readonly unknown[] }): FieldErrors {
  const errors: FieldErrors = {};
  if (value.parties.length < 2) errors.parties = ["Een actieve afspraak heeft ten minste twee partijen."];
  if (!value.startDate) errors.startDate = ["Een actieve afspraak heeft een ingangsdatum."];
  return errors;
}
