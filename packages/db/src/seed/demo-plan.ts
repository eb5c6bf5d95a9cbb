import type { PlanActivityStatus, PlanTheme } from "../generated/prisma/enums.ts";

/**
 * The plan van aanpak "Geïntensiveerde aanpak kindermishandeling 2017-2018" of Zwijndrecht
 * (domain.md, "The plan the portal serves"; source: seeds/004): the activities of the four themes
 * with the plan's planning text, and the budget table ("Financiën") on the activities it names.
 * The plan budgets per line, not per activity: a line that covers more than one activity sits on
 * its main activity with the line's wording as label. Owners, statuses and realised spend are
 * demo values (as at the evaluation early 2019); the titles, planning and budgets are the plan's.
 */
export interface DemoPlanBudget {
  year: number;
  /** The plan's budget line, when it covers more than the activity's title. */
  label?: string;
  budgetedEuros: number;
  /** Demo realised spend; null when not known. */
  spentEuros: number | null;
}

export interface DemoPlanActivity {
  key: string;
  /** Null: all themes (the municipal coordinator). */
  theme: PlanTheme | null;
  title: string;
  planning: string;
  /** ISO date when the planning names a moment ("Eind 2017 gereed", "Q3 2017"). */
  dueDate?: string;
  owner: string;
  status: PlanActivityStatus;
  budgets?: DemoPlanBudget[];
}

const COORDINATOR = "Aandachtsfunctionaris kindermishandeling (gemeente)";

export const DEMO_PLAN_ACTIVITIES: readonly DemoPlanActivity[] = [
  {
    key: "aandachtsfunctionaris",
    theme: null,
    title: "Gemeentelijk aandachtsfunctionaris kindermishandeling (0,5 fte)",
    planning: "Per 1 september 2017",
    dueDate: "2017-09-01",
    owner: "Gemeente Zwijndrecht, team Sociaal Domein",
    status: "COMPLETED",
    budgets: [
      { year: 2017, budgetedEuros: 13_500, spentEuros: 12_850 },
      { year: 2018, budgetedEuros: 40_000, spentEuros: 39_200 },
    ],
  },
  // Thema 1: Preventie
  {
    key: "prezorg",
    theme: "PREVENTIE",
    title: "Het aanvullend inzetten van Prézorg",
    planning: "Vanaf 2018",
    owner: "CJG / jeugdgezondheidszorg",
    status: "IN_PROGRESS",
    budgets: [{ year: 2018, budgetedEuros: 28_000, spentEuros: 21_400 }],
  },
  {
    key: "anticonceptie",
    theme: "PREVENTIE",
    title: "Begeleiding bij het actief aanbieden van anticonceptie",
    planning: "Vanaf 2018",
    owner: "CJG / jeugdgezondheidszorg",
    status: "IN_PROGRESS",
    budgets: [{ year: 2018, label: "Training begeleiding anticonceptie", budgetedEuros: 7_000, spentEuros: 6_300 }],
  },
  { key: "risicogroepen", theme: "PREVENTIE", title: "Verbeteren situatie risicogroepen", planning: "Doorlopend", owner: COORDINATOR, status: "CONTINUOUS" },
  {
    key: "vechtscheidingen",
    theme: "PREVENTIE",
    title: "Samenwerken op het gebied van (v)echtscheidingen en de effecten op kinderen",
    planning: "Doorlopend",
    owner: COORDINATOR,
    status: "CONTINUOUS",
  },
  // Thema 2: Signaleren en handelen
  { key: "adviesfunctie-meldcode", theme: "SIGNALEREN_EN_HANDELEN", title: "Adviesfunctie meldcode instellen", planning: "Q3 2017", dueDate: "2017-09-30", owner: COORDINATOR, status: "COMPLETED" },
  {
    key: "e-learning",
    theme: "SIGNALEREN_EN_HANDELEN",
    title: "Faciliteren e-learningcursussen",
    planning: "Vanaf 2018",
    owner: COORDINATOR,
    status: "IN_PROGRESS",
    budgets: [{ year: 2018, label: "Cursussen meldcode, keurmerk meldcode en communicatie kindermishandeling", budgetedEuros: 15_000, spentEuros: 11_750 }],
  },
  { key: "keurmerk-meldcode", theme: "SIGNALEREN_EN_HANDELEN", title: "Stimuleren Keurmerk Meldcode", planning: "Doorlopend", owner: COORDINATOR, status: "CONTINUOUS" },
  { key: "bespreekbaar-maken", theme: "SIGNALEREN_EN_HANDELEN", title: "Bespreekbaar maken kindermishandeling", planning: "Doorlopend", owner: "Gemeente Zwijndrecht, communicatie", status: "CONTINUOUS" },
  { key: "nieuwe-groepen", theme: "SIGNALEREN_EN_HANDELEN", title: "Stimuleren signaleren door \"nieuwe\" groepen", planning: "Doorlopend", owner: COORDINATOR, status: "CONTINUOUS" },
  { key: "anoniem-melden", theme: "SIGNALEREN_EN_HANDELEN", title: "Mogelijkheden voor 'anoniem' melden onderzoeken", planning: "Q3 2017", dueDate: "2017-09-30", owner: "Veilig Thuis Zuid-Holland Zuid", status: "DELAYED" },
  // Thema 3: Samenwerken
  {
    key: "netwerkbijeenkomsten",
    theme: "SAMENWERKEN",
    title: "Organiseren van netwerkbijeenkomsten over thema's m.b.t. kindermishandeling",
    planning: "Vanaf 2018",
    owner: COORDINATOR,
    status: "IN_PROGRESS",
    budgets: [{ year: 2018, label: "Netwerkbijeenkomsten en sociale kaart", budgetedEuros: 15_000, spentEuros: 14_100 }],
  },
  { key: "sociale-kaart", theme: "SAMENWERKEN", title: "Ontwikkelen dynamische sociale kaart", planning: "Eind 2017 gereed", dueDate: "2017-12-31", owner: COORDINATOR, status: "COMPLETED" },
  { key: "samenwerkingsafspraken", theme: "SAMENWERKEN", title: "Vastleggen van samenwerkingsafspraken", planning: "Eind 2017 gereed", dueDate: "2017-12-31", owner: COORDINATOR, status: "COMPLETED" },
  // Thema 4: Informatie delen en privacy
  { key: "convenanten", theme: "INFORMATIE_DELEN_EN_PRIVACY", title: "Convenanten met samenwerkingsafspraken", planning: "Eind 2017 gereed", dueDate: "2017-12-31", owner: COORDINATOR, status: "IN_PROGRESS" },
  {
    key: "netwerkbijeenkomsten-privacy",
    theme: "INFORMATIE_DELEN_EN_PRIVACY",
    title: "Organiseren van netwerkbijeenkomsten over thema's m.b.t. kindermishandeling (informatie delen en privacy)",
    planning: "Vanaf Q3 2017",
    owner: COORDINATOR,
    status: "IN_PROGRESS",
  },
];
