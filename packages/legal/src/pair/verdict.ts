import type { PairStatementId } from "./statements.ts";

/*
 * "Mag ik delen met …?" for a pair of organisations: the pure rules behind the pair view
 * (/mag-ik-delen). Source: seed 000 §1.2, Tabel 2 "Handelen met of zonder toestemming" and the text
 * under it; 001 "NB" and 003 footnote 4 for the OTS. Every sentence the page shows for a verdict is
 * a statement in ./statements.ts; this file only decides which ones apply.
 *
 * Tabel 2 has two columns: organisations that must act with consent (vrijwillig kader,
 * CONSENT_REQUIRED) and organisations that may act without consent (WITHOUT_CONSENT). Two are in
 * the right-hand column only under a condition: the Gecertificeerde Instelling "bij OTS"
 * (WITHOUT_CONSENT_DURING_ORDER) and the reclassering for "gedwongen toezicht & begeleiding"
 * (WITHOUT_CONSENT_DURING_SUPERVISION). Outside that condition the source does not place them.
 */

/** The legal frame of an organisation; the same values as the database's `LegalFrame` enum. */
export type PairFrame = "CONSENT_REQUIRED" | "WITHOUT_CONSENT" | "WITHOUT_CONSENT_DURING_ORDER" | "WITHOUT_CONSENT_DURING_SUPERVISION";

export const PAIR_FRAMES = ["CONSENT_REQUIRED", "WITHOUT_CONSENT", "WITHOUT_CONSENT_DURING_ORDER", "WITHOUT_CONSENT_DURING_SUPERVISION"] as const satisfies readonly PairFrame[];

export type PairVerdict =
  /** Left → left: exchange without consent is not possible (except acute danger / conflict of duties). */
  | "NOT_WITHOUT_CONSENT"
  /** Left → right: on request, with a legitimate ground, after a recorded weighing. */
  | "ON_REQUEST_WITH_LEGITIMATE_GROUND"
  /** Left → Veilig Thuis: meldrecht, and information on Veilig Thuis's request without consent. */
  | "MELDRECHT_VEILIG_THUIS"
  /** Left → Raad voor de Kinderbescherming: the right to inform the Raad as far as its task needs. */
  | "MAY_INFORM_RAAD"
  /** Left → GI with an OTS in force: a duty to inform the gezinsvoogd as far as the OTS needs (001 NB). */
  | "OTS_DUTY_TO_GEZINSVOOGD"
  /** Right → right: may exchange among themselves. */
  | "MAY_EXCHANGE"
  /** Tabel 2 is silent (right → left, or a GI / reclassering outside its condition). */
  | "NOT_IN_SOURCE";

export interface PairCase {
  /** True/false: the case holds with / without an order (OTS) in force; null: not a GI pair. */
  order: boolean | null;
  /** True/false: with / without compulsory supervision (reclassering); null: no reclassering. */
  supervision: boolean | null;
  verdict: PairVerdict;
  /** The statements that word the verdict, in order. */
  statements: readonly PairStatementId[];
  /** The weighing must be written down in the dossier. */
  recordWeighing: boolean;
}

export interface PairAdvice {
  /** Shown before any verdict, always: acute danger, then the conflict of duties. */
  first: readonly PairStatementId[];
  /** One case, two (GI or reclassering involved) or four (both). */
  cases: PairCase[];
  /** Statements explaining the conditions the cases are split on. */
  conditions: readonly PairStatementId[];
  /**
   * A voluntary-frame organisation always has a meldrecht at Veilig Thuis; the page reminds it
   * of that when no case already says so.
   */
  meldrechtReminder: boolean;
}

export interface PairParty {
  legalFrame: PairFrame;
  /** The organisation's type as typed in the sociale kaart; decides Veilig Thuis and the Raad. */
  type: string;
}

/** The heading of each verdict: a summary of the statements under it (which carry the sources). */
export const PAIR_VERDICT_TITLES: Record<PairVerdict, string> = {
  NOT_WITHOUT_CONSENT: "Niet zonder toestemming — behalve bij acuut gevaar of een conflict van plichten",
  ON_REQUEST_WITH_LEGITIMATE_GROUND: "Op verzoek en met een legitieme grondslag mag het zonder toestemming",
  MELDRECHT_VEILIG_THUIS: "U heeft meldrecht bij Veilig Thuis",
  MAY_INFORM_RAAD: "U mag informatie geven aan de Raad voor de Kinderbescherming",
  OTS_DUTY_TO_GEZINSVOOGD: "Verplicht: informatie aan de gezinsvoogd, voor zover de OTS dat nodig heeft",
  MAY_EXCHANGE: "Mogen onderling uitwisselen",
  NOT_IN_SOURCE: "De bron geeft hier geen regel: vraag toestemming",
};

const ALWAYS_FIRST: readonly PairStatementId[] = ["pair.acute-danger", "pair.conflict-of-duties"];

const VERDICT_STATEMENTS: Record<PairVerdict, readonly PairStatementId[]> = {
  NOT_WITHOUT_CONSENT: ["pair.left-left"],
  ON_REQUEST_WITH_LEGITIMATE_GROUND: ["pair.left-right.on-request"],
  MELDRECHT_VEILIG_THUIS: ["pair.meldrecht-veilig-thuis", "pair.veilig-thuis-request"],
  MAY_INFORM_RAAD: ["pair.inform-raad"],
  OTS_DUTY_TO_GEZINSVOOGD: ["pair.ots-duty"],
  MAY_EXCHANGE: ["pair.may-exchange"],
  NOT_IN_SOURCE: ["pair.not-in-source"],
};

/** Verdicts after which the professional writes the weighing down (000 §1.2 under Tabel 2; 003 art. 7). */
const RECORD_WEIGHING: ReadonlySet<PairVerdict> = new Set([
  "ON_REQUEST_WITH_LEGITIMATE_GROUND",
  "MELDRECHT_VEILIG_THUIS",
  "MAY_INFORM_RAAD",
  "OTS_DUTY_TO_GEZINSVOOGD",
]);

type Column = "LEFT" | "RIGHT" | "UNPLACED";

function columnOf(frame: PairFrame, order: boolean, supervision: boolean): Column {
  switch (frame) {
    case "CONSENT_REQUIRED":
      return "LEFT";
    case "WITHOUT_CONSENT":
      return "RIGHT";
    case "WITHOUT_CONSENT_DURING_ORDER":
      return order ? "RIGHT" : "UNPLACED";
    case "WITHOUT_CONSENT_DURING_SUPERVISION":
      return supervision ? "RIGHT" : "UNPLACED";
  }
}

function normaliseType(type: string): string {
  return type.trim().toLowerCase().replace(/\s+/g, " ");
}

export function isVeiligThuis(type: string): boolean {
  return normaliseType(type) === "veilig thuis";
}

export function isRaadVoorDeKinderbescherming(type: string): boolean {
  const t = normaliseType(type);
  return t === "raad voor de kinderbescherming" || t === "raad voor kinderbescherming";
}

function verdictFor(from: Column, to: PairParty & { column: Column }): PairVerdict {
  if (from === "LEFT" && to.column === "LEFT") return "NOT_WITHOUT_CONSENT";
  if (from === "LEFT" && to.column === "RIGHT") {
    // The GI is in the right-hand column only with an order, and then the duty of 001 "NB" applies.
    if (to.legalFrame === "WITHOUT_CONSENT_DURING_ORDER") return "OTS_DUTY_TO_GEZINSVOOGD";
    if (isVeiligThuis(to.type)) return "MELDRECHT_VEILIG_THUIS";
    if (isRaadVoorDeKinderbescherming(to.type)) return "MAY_INFORM_RAAD";
    return "ON_REQUEST_WITH_LEGITIMATE_GROUND";
  }
  if (from === "RIGHT" && to.column === "RIGHT") return "MAY_EXCHANGE";
  return "NOT_IN_SOURCE";
}

/** The advice for sharing information about a client from `from` to `to`. */
export function pairAdvice(from: PairParty, to: PairParty): PairAdvice {
  const frames = [from.legalFrame, to.legalFrame];
  const involvesOrder = frames.includes("WITHOUT_CONSENT_DURING_ORDER");
  const involvesSupervision = frames.includes("WITHOUT_CONSENT_DURING_SUPERVISION");
  const orders = involvesOrder ? [true, false] : [null];
  const supervisions = involvesSupervision ? [true, false] : [null];
  const cases: PairCase[] = [];
  for (const order of orders) {
    for (const supervision of supervisions) {
      const column = (frame: PairFrame) => columnOf(frame, order === true, supervision === true);
      const verdict = verdictFor(column(from.legalFrame), { ...to, column: column(to.legalFrame) });
      cases.push({ order, supervision, verdict, statements: VERDICT_STATEMENTS[verdict], recordWeighing: RECORD_WEIGHING.has(verdict) });
    }
  }
  const conditions: PairStatementId[] = [];
  if (involvesOrder) conditions.push("pair.condition.order");
  if (involvesSupervision) conditions.push("pair.condition.supervision");
  return {
    first: ALWAYS_FIRST,
    cases,
    conditions,
    meldrechtReminder: from.legalFrame === "CONSENT_REQUIRED" && !cases.some((c) => c.verdict === "MELDRECHT_VEILIG_THUIS"),
  };
}

/** Who must consent, by the child's age (000 §1.2, Tabel 1), with the statement that words each row. */
export type ConsentAgeGroup = "UNDER_12" | "FROM_12_TO_16" | "FROM_16" | "NOT_COMPETENT";

export const CONSENT_BY_AGE: ReadonlyArray<{ ageGroup: ConsentAgeGroup; statement: PairStatementId }> = [
  { ageGroup: "UNDER_12", statement: "pair.consent.under-12" },
  { ageGroup: "FROM_12_TO_16", statement: "pair.consent.12-to-16" },
  { ageGroup: "FROM_16", statement: "pair.consent.from-16" },
  { ageGroup: "NOT_COMPETENT", statement: "pair.consent.not-competent" },
];
