import type { LegalFrame } from "@kk/db";

/*
 * "Mag ik delen met …?": what the rules say about sharing information about a client, without
 * the client's consent, from one organisation to another. Source: domain.md, "Legal position of
 * organisations" (seed 000, VanMontfoort 2016, Tabel 2 and the text under it). Nothing here goes
 * beyond that source: where it is silent the answer says so and points to the privacy officer or
 * jurist. The web page words each verdict in plain Dutch (apps/web/src/messages/nl/mag-ik-delen.ts).
 *
 * Tabel 2 has two columns: organisations that must act with consent (vrijwillig kader:
 * CONSENT_REQUIRED) and organisations that may act without consent (WITHOUT_CONSENT). The
 * Gecertificeerde Instelling (WITHOUT_CONSENT_DURING_ORDER) is in the right-hand column only
 * "bij OTS", i.e. while a child-protection order is in force.
 */

export type SharingVerdict =
  /** Left → left: "Between two left-hand organisations exchange without consent is not possible." */
  | "NOT_WITHOUT_CONSENT"
  /**
   * Left → right: consent is the rule; on request and with a legitimate ground the organisation may
   * provide information without consent, after weighing, and records that weighing in the dossier.
   */
  | "ON_REQUEST_WITH_LEGITIMATE_GROUND"
  /** Left → Veilig Thuis: meldrecht (right to report), on top of ON_REQUEST_WITH_LEGITIMATE_GROUND. */
  | "MELDRECHT_VEILIG_THUIS"
  /** Left → Raad voor de Kinderbescherming: right to give information as far as the Raad's task needs it. */
  | "MAY_INFORM_RAAD"
  /** Right → right: "the right-hand organisations may exchange among themselves." */
  | "MAY_EXCHANGE"
  /** The source says nothing about this pair: ask consent or consult the privacy officer / jurist. */
  | "NOT_IN_SOURCE";

/** When a case applies: always, or (for a GI) only with / without a child-protection order in force. */
export type SharingCondition = "ALWAYS" | "ORDER_IN_FORCE" | "NO_ORDER";

export interface SharingCase {
  condition: SharingCondition;
  verdict: SharingVerdict;
  /** The weighing must be written down in the dossier (domain.md: "must record the weighing"). */
  recordWeighing: boolean;
}

export interface SharingAdvice {
  /** One case, or two (with and without an order) when a Gecertificeerde Instelling is involved. */
  cases: SharingCase[];
  /**
   * A voluntary-frame organisation always has a meldrecht at Veilig Thuis, whoever it asks
   * about; the page reminds it of that when the other organisation is not Veilig Thuis itself.
   */
  meldrechtVeiligThuis: boolean;
}

/** The two columns of Tabel 2, plus "neither" for a GI without an order (the source does not place it). */
type Column = "LEFT" | "RIGHT" | "UNPLACED";

function columnOf(frame: LegalFrame, orderInForce: boolean): Column {
  switch (frame) {
    case "CONSENT_REQUIRED":
      return "LEFT";
    case "WITHOUT_CONSENT":
      return "RIGHT";
    case "WITHOUT_CONSENT_DURING_ORDER":
      return orderInForce ? "RIGHT" : "UNPLACED";
  }
}

export function isVeiligThuis(type: string): boolean {
  return normaliseType(type) === "veilig thuis";
}

export function isRaadVoorDeKinderbescherming(type: string): boolean {
  const t = normaliseType(type);
  return t === "raad voor de kinderbescherming" || t === "raad voor kinderbescherming";
}

function normaliseType(type: string): string {
  return type.trim().toLowerCase().replace(/\s+/g, " ");
}

function caseFor(from: Column, to: Column, toType: string): Omit<SharingCase, "condition"> {
  if (from === "LEFT" && to === "LEFT") return { verdict: "NOT_WITHOUT_CONSENT", recordWeighing: false };
  if (from === "LEFT" && to === "RIGHT") {
    if (isVeiligThuis(toType)) return { verdict: "MELDRECHT_VEILIG_THUIS", recordWeighing: true };
    if (isRaadVoorDeKinderbescherming(toType)) return { verdict: "MAY_INFORM_RAAD", recordWeighing: true };
    return { verdict: "ON_REQUEST_WITH_LEGITIMATE_GROUND", recordWeighing: true };
  }
  if (from === "RIGHT" && to === "RIGHT") return { verdict: "MAY_EXCHANGE", recordWeighing: false };
  // Right → left, and anything with a GI that has no order: Tabel 2 does not say.
  return { verdict: "NOT_IN_SOURCE", recordWeighing: false };
}

/**
 * The advice for sharing from an organisation with frame `from` to one with frame `to` and type
 * `toType` (the type decides the Veilig Thuis and Raad special cases).
 */
export function sharingAdvice(from: LegalFrame, to: LegalFrame, toType: string): SharingAdvice {
  const involvesOrder = from === "WITHOUT_CONSENT_DURING_ORDER" || to === "WITHOUT_CONSENT_DURING_ORDER";
  const conditions: Array<{ condition: SharingCondition; orderInForce: boolean }> = involvesOrder
    ? [
        { condition: "ORDER_IN_FORCE", orderInForce: true },
        { condition: "NO_ORDER", orderInForce: false },
      ]
    : [{ condition: "ALWAYS", orderInForce: false }];
  const cases = conditions.map(({ condition, orderInForce }) => ({
    condition,
    ...caseFor(columnOf(from, orderInForce), columnOf(to, orderInForce), toType),
  }));
  return { cases, meldrechtVeiligThuis: from === "CONSENT_REQUIRED" };
}

/** Who must consent, by the child's age (domain.md, "Consent: who must give it", seed 000 Tabel 1). */
export type ConsentAgeGroup = "UNDER_12" | "FROM_12_TO_16" | "FROM_16" | "NOT_COMPETENT";
export type ConsentGiver = "LEGAL_REPRESENTATIVES" | "YOUNG_PERSON_AND_LEGAL_REPRESENTATIVES" | "YOUNG_PERSON" | "ALSO_LEGAL_REPRESENTATIVES";

export const CONSENT_BY_AGE: ReadonlyArray<{ ageGroup: ConsentAgeGroup; whoConsents: ConsentGiver }> = [
  { ageGroup: "UNDER_12", whoConsents: "LEGAL_REPRESENTATIVES" },
  { ageGroup: "FROM_12_TO_16", whoConsents: "YOUNG_PERSON_AND_LEGAL_REPRESENTATIVES" },
  { ageGroup: "FROM_16", whoConsents: "YOUNG_PERSON" },
  { ageGroup: "NOT_COMPETENT", whoConsents: "ALSO_LEGAL_REPRESENTATIVES" },
];
