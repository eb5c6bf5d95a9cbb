import type { WeighingAnswers } from "./flow.ts";
import type { WeighingStatementId } from "./statements.ts";

/*
 * Who must consent: the four questions of 000 §5.3 ("zijn er kinderen in het gezinssysteem, hoe
 * oud zijn de kinderen, wie heeft het gezag …? Is er sprake van wilsonbekwaamheid bij de kinderen
 * ouder dan 16 jaar?") answered over Tabel 1 of 000 §1.2 (under 12 / 12–16 / 16+ / wilsonbekwaam)
 * and the note below it (both parents with gezag must both consent, 92% after divorce).
 */

export type ConsentGiver = "client" | "young-person" | "legal-representative" | "both-parents" | "one-parent" | "guardian";

export interface ConsentVerdict {
  /** Who must give consent, in the order to ask them. */
  givers: ConsentGiver[];
  /** The statements that carry this verdict, Tabel 1's row first. */
  statements: WeighingStatementId[];
}

function representative(a: WeighingAnswers): { giver: ConsentGiver; statement: WeighingStatementId } {
  switch (a.gezag) {
    case "beide":
      return { giver: "both-parents", statement: "weighing.consent.both-parents" };
    case "een":
      return { giver: "one-parent", statement: "weighing.consent.one-parent" };
    case "voogd":
      return { giver: "guardian", statement: "weighing.consent.guardian" };
    default:
      // Gezag not yet known: Tabel 1 says "wettelijke vertegenwoordiger", ask who that is.
      return { giver: "legal-representative", statement: "weighing.consent.under-12" };
  }
}

/** The consent tree; null while its questions are not answered far enough to say. */
export function consentVerdict(a: WeighingAnswers): ConsentVerdict | null {
  if (a.kinderen === undefined) return null;
  if (a.kinderen === "nee") return { givers: ["client"], statements: ["weighing.consent.no-children", "weighing.consent.how"] };
  if (a.leeftijd === undefined) return null;
  if (a.leeftijd === "16-plus") {
    if (a.wilsonbekwaam === undefined) return null;
    if (a.wilsonbekwaam === "nee") return { givers: ["young-person"], statements: ["weighing.consent.16-plus", "weighing.consent.how"] };
    if (a.gezag === undefined) return null;
    const rep = representative(a);
    return { givers: ["young-person", rep.giver], statements: ["weighing.consent.incompetent", rep.statement, "weighing.consent.how"] };
  }
  if (a.gezag === undefined) return null;
  const rep = representative(a);
  if (a.leeftijd === "onder-12") {
    const statements: WeighingStatementId[] = ["weighing.consent.under-12"];
    if (rep.statement !== "weighing.consent.under-12") statements.push(rep.statement);
    return { givers: [rep.giver], statements: [...statements, "weighing.consent.how"] };
  }
  return { givers: ["young-person", rep.giver], statements: ["weighing.consent.12-to-16", rep.statement, "weighing.consent.how"] };
}

/** Leenen's criteria are cumulative (000 §1.2): all six must be met. */
export function leenenAllMet(met: readonly string[] | undefined): boolean {
  const all = ["toestemming", "schade", "conflict", "subsidiariteit", "doelmatigheid", "proportionaliteit"];
  return met !== undefined && all.every((criterion) => met.includes(criterion));
}
