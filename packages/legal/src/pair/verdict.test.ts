import { describe, expect, it } from "vitest";
import { pairAdvice, type PairFrame, type PairVerdict } from "./verdict.ts";

type Row = {
  from: [PairFrame, string];
  to: [PairFrame, string];
  /** [order, supervision, verdict] per case, in the order the page shows them. */
  cases: Array<[boolean | null, boolean | null, PairVerdict]>;
  meldrechtReminder: boolean;
  /** The source line the row rests on. */
  source: string;
};

const L = "CONSENT_REQUIRED" as const;
const R = "WITHOUT_CONSENT" as const;
const GI = "WITHOUT_CONSENT_DURING_ORDER" as const;
const RC = "WITHOUT_CONSENT_DURING_SUPERVISION" as const;

const rows: Row[] = [
  { source: "000 §1.2 under Tabel 2: \"tussen instanties uit de linker kolom is niet mogelijk\"", from: [L, "School"], to: [L, "Huisarts"], cases: [[null, null, "NOT_WITHOUT_CONSENT"]], meldrechtReminder: true },
  { source: "000 §1.2 under Tabel 2: \"op verzoek en wanneer hier een legitieme grondslag voor is\"", from: [L, "Huisarts"], to: [R, "Politie"], cases: [[null, null, "ON_REQUEST_WITH_LEGITIMATE_GROUND"]], meldrechtReminder: true },
  { source: "000 §1.2 under Tabel 2 (OM in the right-hand column)", from: [L, "GGZ"], to: [R, "Openbaar Ministerie"], cases: [[null, null, "ON_REQUEST_WITH_LEGITIMATE_GROUND"]], meldrechtReminder: true },
  { source: "000 §1.2 Ad a: meldrecht Veilig Thuis; 002 \"Wat gebeurt er met een melding?\"", from: [L, "Wijkteam"], to: [R, "Veilig Thuis"], cases: [[null, null, "MELDRECHT_VEILIG_THUIS"]], meldrechtReminder: false },
  { source: "000 §1.2 Ad a (type typed with odd spacing)", from: [L, "Wijkteam"], to: [R, "  veilig  THUIS "], cases: [[null, null, "MELDRECHT_VEILIG_THUIS"]], meldrechtReminder: false },
  { source: "000 §1.2 Ad b: \"het recht om informatie te verstrekken aan de Raad\"", from: [L, "School"], to: [R, "Raad voor de Kinderbescherming"], cases: [[null, null, "MAY_INFORM_RAAD"]], meldrechtReminder: true },
  { source: "000 §1.2 under Tabel 2: \"Instanties uit de rechter kolom kunnen wel onderling gegevens uitwisselen\"", from: [R, "Politie"], to: [R, "Veilig Thuis"], cases: [[null, null, "MAY_EXCHANGE"]], meldrechtReminder: false },
  { source: "000 Tabel 2 is silent on right → left", from: [R, "Veilig Thuis"], to: [L, "School"], cases: [[null, null, "NOT_IN_SOURCE"]], meldrechtReminder: false },
  // OTS: the correction of issue 13 (001 "NB"; 003 footnote 4).
  {
    source: "001 \"NB … verplicht informatie uit te wisselen met de gezinsvoogd\"; 000 Tabel 2 \"Gecertificeerde Instelling (bij OTS)\"",
    from: [L, "Huisarts"],
    to: [GI, "Gecertificeerde Instelling"],
    cases: [
      [true, null, "OTS_DUTY_TO_GEZINSVOOGD"],
      [false, null, "NOT_IN_SOURCE"],
    ],
    meldrechtReminder: true,
  },
  { source: "000 Tabel 2: GI (bij OTS) and the Raad both right-hand", from: [GI, "Gecertificeerde Instelling"], to: [R, "Raad voor de Kinderbescherming"], cases: [[true, null, "MAY_EXCHANGE"], [false, null, "NOT_IN_SOURCE"]], meldrechtReminder: false },
  { source: "000 Tabel 2: right-hand → GI (bij OTS)", from: [R, "Veilig Thuis"], to: [GI, "Gecertificeerde Instelling"], cases: [[true, null, "MAY_EXCHANGE"], [false, null, "NOT_IN_SOURCE"]], meldrechtReminder: false },
  { source: "000 Tabel 2 silent on GI → left-hand", from: [GI, "Gecertificeerde Instelling"], to: [L, "Wijkteam"], cases: [[true, null, "NOT_IN_SOURCE"], [false, null, "NOT_IN_SOURCE"]], meldrechtReminder: false },
  // Reclassering: the correction of issue 13 (000 Tabel 2 "Reclassering (gedwongen toezicht & begeleiding)").
  {
    source: "000 Tabel 2 \"Reclassering (gedwongen toezicht & begeleiding)\"; under Tabel 2 \"op verzoek … legitieme grondslag\"",
    from: [L, "GGZ"],
    to: [RC, "Reclassering"],
    cases: [
      [null, true, "ON_REQUEST_WITH_LEGITIMATE_GROUND"],
      [null, false, "NOT_IN_SOURCE"],
    ],
    meldrechtReminder: true,
  },
  { source: "000 Tabel 2: reclassering in toezicht and politie both right-hand", from: [RC, "Reclassering"], to: [R, "Politie"], cases: [[null, true, "MAY_EXCHANGE"], [null, false, "NOT_IN_SOURCE"]], meldrechtReminder: false },
  { source: "000 Tabel 2 silent on reclassering → left-hand", from: [RC, "Reclassering"], to: [L, "Huisarts"], cases: [[null, true, "NOT_IN_SOURCE"], [null, false, "NOT_IN_SOURCE"]], meldrechtReminder: false },
  {
    source: "000 Tabel 2: GI (bij OTS) and reclassering (gedwongen toezicht) exchange only when both conditions hold",
    from: [GI, "Gecertificeerde Instelling"],
    to: [RC, "Reclassering"],
    cases: [
      [true, true, "MAY_EXCHANGE"],
      [true, false, "NOT_IN_SOURCE"],
      [false, true, "NOT_IN_SOURCE"],
      [false, false, "NOT_IN_SOURCE"],
    ],
    meldrechtReminder: false,
  },
];

describe("pairAdvice (000 §1.2 Tabel 2; 001 NB; 003 footnote 4)", () => {
  it.each(rows)("$from → $to ($source)", ({ from, to, cases, meldrechtReminder }) => {
    const advice = pairAdvice({ legalFrame: from[0], type: from[1] }, { legalFrame: to[0], type: to[1] });
    expect(advice.cases.map((c) => [c.order, c.supervision, c.verdict])).toEqual(cases);
    expect(advice.meldrechtReminder).toBe(meldrechtReminder);
  });

  it("always puts acute danger first, then the conflict of duties (000 §1.2 Considerati; 002 \"melden, mits\")", () => {
    for (const { from, to } of rows) {
      const advice = pairAdvice({ legalFrame: from[0], type: from[1] }, { legalFrame: to[0], type: to[1] });
      expect(advice.first).toEqual(["pair.acute-danger", "pair.conflict-of-duties"]);
    }
  });

  it("never says OTS means \"consent is the rule\" (001 NB)", () => {
    const advice = pairAdvice({ legalFrame: L, type: "School" }, { legalFrame: GI, type: "Gecertificeerde Instelling" });
    const withOrder = advice.cases.find((c) => c.order === true);
    expect(withOrder?.statements).toEqual(["pair.ots-duty"]);
    expect(withOrder?.recordWeighing).toBe(true);
    expect(advice.conditions).toEqual(["pair.condition.order"]);
  });

  it("explains the reclassering condition (000 Tabel 2)", () => {
    const advice = pairAdvice({ legalFrame: L, type: "GGZ" }, { legalFrame: RC, type: "Reclassering" });
    expect(advice.conditions).toEqual(["pair.condition.supervision"]);
  });

  it("asks to record the weighing for every left → right verdict, not for left → left (000 §1.2 under Tabel 2)", () => {
    const record = (from: PairFrame, fromType: string, to: PairFrame, toType: string) =>
      pairAdvice({ legalFrame: from, type: fromType }, { legalFrame: to, type: toType }).cases.map((c) => c.recordWeighing);
    expect(record(L, "School", L, "Huisarts")).toEqual([false]);
    expect(record(L, "School", R, "Politie")).toEqual([true]);
    expect(record(L, "School", R, "Veilig Thuis")).toEqual([true]);
    expect(record(R, "Politie", R, "Veilig Thuis")).toEqual([false]);
  });
});
