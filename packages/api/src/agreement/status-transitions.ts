import type { AgreementStatus } from "@kk/db";

/**
 * The only status changes an agreement may make (issue 4):
 * concept → in bespreking → actief → verlopen | beëindigd, and back from in bespreking to concept.
 * Verlopen and beëindigd are final: a renewed agreement is a new record.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  CONCEPT: ["IN_BESPREKING"],
  IN_BESPREKING: ["ACTIEF", "CONCEPT"],
  ACTIEF: ["VERLOPEN", "BEEINDIGD"],
  VERLOPEN: [],
  BEEINDIGD: [],
};

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export function allowedTransitionsFrom(from: AgreementStatus): readonly AgreementStatus[] {
  return ALLOWED_TRANSITIONS[from];
}

/** Statuses in which an agreement is still being drafted (only coordinators and its parties see it). */
export const DRAFT_STATUSES = ["CONCEPT", "IN_BESPREKING"] as const satisfies readonly AgreementStatus[];

/** Statuses that professionals and every partner may read: in force, or readable history. */
export const PUBLISHED_STATUSES = ["ACTIEF", "VERLOPEN", "BEEINDIGD"] as const satisfies readonly AgreementStatus[];

/** Dutch names for messages from the API (the UI has its own in messages/nl/convenanten.ts). */
export const STATUS_NAMES: Readonly<Record<AgreementStatus, string>> = {
  CONCEPT: "concept",
  IN_BESPREKING: "in bespreking",
  ACTIEF: "actief",
  VERLOPEN: "verlopen",
  BEEINDIGD: "beëindigd",
};

/** Why a transition is refused, in Dutch; null when it is allowed. */
export function refusedTransitionMessage(from: AgreementStatus, to: AgreementStatus): string | null {
  if (canTransition(from, to)) return null;
  const allowed = ALLOWED_TRANSITIONS[from];
  const options =
    allowed.length === 0
      ? `Een afspraak met status ${STATUS_NAMES[from]} is afgesloten en verandert niet meer van status; leg een vernieuwde afspraak vast als nieuwe afspraak.`
      : `Vanuit ${STATUS_NAMES[from]} kan de afspraak alleen naar: ${allowed.map((s) => STATUS_NAMES[s]).join(" of ")}.`;
  return `Een afspraak kan niet van ${STATUS_NAMES[from]} naar ${STATUS_NAMES[to]}. ${options}`;
}
