import type { SessionUser } from "@kk/auth/roles";
import type { ClauseCoverage, ContactRole, Db, LegalFrame } from "@kk/db";
import { CONSENT_BY_AGE, pairAdvice, type PairFrame } from "@kk/legal";
import type { z } from "zod";
import { agreementsBetween, type AgreementSummary } from "../agreement-coverage/agreements-between.ts";
import { answerTermBetween } from "../information-request/answer-term.ts";
import { canSeeRestrictedContacts, escalationContactsFor, findVisibleOrganisation, type ContactView } from "../organisation/read-organisation.ts";
import type { sharingCompareInput } from "./schemas.ts";

// The legal package keeps its own copy of the frames (it has no database); both must stay equal.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const framesAgree: Same<PairFrame, LegalFrame> = true;
void framesAgree;

/** Consultation in doubt (000 §1.2 "doe het nooit alleen"): the aandachtsfunctionaris and the privacy officer. */
const CONSULTATION_ROLES: readonly ContactRole[] = ["AANDACHTSFUNCTIONARIS", "PRIVACY_OFFICER"];

/**
 * The checklist clauses that matter when one of the two asks the other for information: Model
 * clauses 4 (feedback within ten days), 5 (requesting) and 6 (providing), the reactietermijn
 * and escalation (packages/api/src/agreement/clause-catalogue.ts).
 */
export const PAIR_CLAUSE_KEYS = ["4", "5", "6", "reactietermijn", "escalatie"] as const;
export type PairClauseKey = (typeof PAIR_CLAUSE_KEYS)[number];

export interface SharingParty {
  id: string;
  name: string;
  slug: string;
  type: string;
  legalFrame: LegalFrame;
  legalBasis: string;
  /** Whom to consult in doubt: aandachtsfunctionaris and privacy officer, as far as the viewer may see them. */
  consultationContacts: ContactView[];
  /** Who answers information requests (ContactRole INFORMATIEVERZOEKEN). */
  requestContacts: ContactView[];
  /** For two professionals who disagree: the first step of the route, then the escalatie-aanspreekpunten. */
  escalationContacts: ContactView[];
}

export interface PairAgreementClause {
  key: PairClauseKey;
  /** Null: the agreement has not been assessed on this clause. */
  coverage: ClauseCoverage | null;
  reference: string;
}

export interface PairAgreement {
  /** Every agreement between the two the viewer may read, in force first. */
  agreements: AgreementSummary[];
  /** An agreement in force covers information exchange between the two. */
  covered: boolean;
  /** The first agreement in force, with the clauses that matter for sharing between the two. */
  inForce: { id: string; title: string; clauses: PairAgreementClause[] } | null;
}

async function partyOf(db: Db, user: SessionUser, organisationId: string): Promise<SharingParty> {
  const organisation = await findVisibleOrganisation(db, user, { id: organisationId });
  const visible = canSeeRestrictedContacts(user, organisation.id) ? {} : { visibility: "SIGNED_IN" as const };
  const contactsWith = (roles: readonly ContactRole[]) =>
    db.contact.findMany({
      where: { organisationId: organisation.id, roles: { hasSome: [...roles] }, ...visible },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, organisationId: true, name: true, jobTitle: true, roles: true, phone: true, email: true, availability: true, visibility: true },
    });
  const [consultationContacts, requestContacts, escalationContacts] = await Promise.all([
    contactsWith(CONSULTATION_ROLES),
    contactsWith(["INFORMATIEVERZOEKEN"]),
    escalationContactsFor(db, user, organisation.id),
  ]);
  return {
    id: organisation.id,
    name: organisation.name,
    slug: organisation.slug,
    type: organisation.type,
    legalFrame: organisation.legalFrame,
    legalBasis: organisation.legalBasis,
    consultationContacts,
    requestContacts,
    escalationContacts,
  };
}

/** The agreements between the two and, for the first one in force, the clauses of PAIR_CLAUSE_KEYS. */
export async function agreementForPair(db: Db, user: SessionUser, a: string, b: string, now: Date): Promise<PairAgreement> {
  const between = await agreementsBetween(db, user, a, b, now);
  const first = between.agreements.find((agreement) => agreement.inForce) ?? null;
  if (!first) return { agreements: between.agreements, covered: between.covered, inForce: null };
  const rows = await db.agreementClause.findMany({
    where: { agreementId: first.id, clauseKey: { in: [...PAIR_CLAUSE_KEYS] } },
    select: { clauseKey: true, coverage: true, reference: true },
  });
  const clauses = PAIR_CLAUSE_KEYS.map((key) => {
    const row = rows.find((r) => r.clauseKey === key);
    return { key, coverage: row?.coverage ?? null, reference: row?.reference ?? "" };
  });
  return { agreements: between.agreements, covered: between.covered, inForce: { id: first.id, title: first.title, clauses } };
}

/**
 * "Mag ik delen met …?" for two organisations: both legal frames, the advice for the pair
 * (@kk/legal, pairAdvice), whom to call for what, and the agreement in force between them. Asks
 * for and stores nothing about clients.
 */
export async function compareOrganisationsForSharing(db: Db, user: SessionUser, input: z.output<typeof sharingCompareInput>, now: Date) {
  const [from, to] = await Promise.all([partyOf(db, user, input.fromOrganisationId), partyOf(db, user, input.toOrganisationId)]);
  return {
    from,
    to,
    advice: pairAdvice(from, to),
    consentByAge: CONSENT_BY_AGE,
    agreement: await agreementForPair(db, user, from.id, to.id, now),
    /** Within how many working days `to` answers an information request from `from` (the agreement's reactietermijn, else 001's five). */
    answerTerm: await answerTermBetween(db, user, from.id, to.id, now),
  };
}
