/*
 * The order of the weighing aid ("Afwegen"): which step follows which answers. Pure: the pages
 * at /mag-ik-delen/afwegen/<step> call these with the answers from the query string.
 * The order is Considerati's (000 §1.2): acute danger → a legal duty or right → consent (who
 * must give it: the four questions of 000 §5.3 over Tabel 1) → without consent the necessity
 * weighing (002's five questions, Leenen for medical professionals) → the decision (000 §5.3,
 * step 5 of the meldcode) → "doe het nooit alleen" (000 §1.2) → the record (002, "Vastleggen").
 */

/** The choice codes each question accepts. Only these travel in the URL: nothing typed, no identifiers. */
export const WEIGHING_OPTIONS = {
  acuut: ["ja", "nee"],
  grond: ["ots", "verzoek-vt", "verzoek-raad", "melden", "geen"],
  vragen: ["ja", "gevaar"],
  kinderen: ["ja", "nee"],
  leeftijd: ["onder-12", "12-16", "16-plus"],
  wilsonbekwaam: ["ja", "nee"],
  gezag: ["beide", "een", "voogd"],
  antwoord: ["gegeven", "geweigerd", "nog-niet"],
  medisch: ["ja", "nee"],
  leenen: ["toestemming", "schade", "conflict", "subsidiariteit", "doelmatigheid", "proportionaliteit"],
  besluit: ["alles", "deel", "niets"],
  overleg: ["collega", "aandachtsfunctionaris", "privacy", "veilig-thuis", "coordinator", "nog-niet"],
} as const;

export type WeighingParam = keyof typeof WEIGHING_OPTIONS;
type Code<P extends WeighingParam> = (typeof WEIGHING_OPTIONS)[P][number];

/** Parameters that take several codes (checkboxes); the rest take one (radios). */
export const MULTI_PARAMS = ["leenen", "overleg"] as const satisfies readonly WeighingParam[];
type MultiParam = (typeof MULTI_PARAMS)[number];

export function isMultiParam(param: WeighingParam): param is MultiParam {
  return (MULTI_PARAMS as readonly string[]).includes(param);
}

/**
 * The answers so far. A multi parameter is undefined until its step is answered; for Leenen an
 * empty list means "none of the six criteria is met".
 */
export type WeighingAnswers = { [P in Exclude<WeighingParam, MultiParam>]?: Code<P> } & {
  [P in MultiParam]?: ReadonlyArray<Code<P>>;
};

export const WEIGHING_STEPS = [
  "acuut-gevaar",
  "handel-nu",
  "wettelijke-grond",
  "toestemming",
  "kinderen",
  "leeftijd",
  "wilsonbekwaam",
  "gezag",
  "wie-geeft-toestemming",
  "vijf-vragen",
  "medisch",
  "leenen",
  "besluit",
  "overleg",
  "verslag",
] as const;

export type WeighingStep = (typeof WEIGHING_STEPS)[number];

export function isWeighingStep(value: string): value is WeighingStep {
  return (WEIGHING_STEPS as readonly string[]).includes(value);
}

/** The question a step asks (its URL parameter); info steps ask none. */
export const STEP_PARAM: Readonly<Record<WeighingStep, WeighingParam | null>> = {
  "acuut-gevaar": "acuut",
  "handel-nu": null,
  "wettelijke-grond": "grond",
  toestemming: "vragen",
  kinderen: "kinderen",
  leeftijd: "leeftijd",
  wilsonbekwaam: "wilsonbekwaam",
  gezag: "gezag",
  "wie-geeft-toestemming": "antwoord",
  "vijf-vragen": null,
  medisch: "medisch",
  leenen: "leenen",
  besluit: "besluit",
  overleg: "overleg",
  verslag: null,
};

/** The step after `step` for these answers; null when `step` asks a question not yet answered (or is the end). */
export function stepAfter(step: WeighingStep, a: WeighingAnswers): WeighingStep | null {
  switch (step) {
    case "acuut-gevaar":
      return a.acuut === undefined ? null : a.acuut === "ja" ? "handel-nu" : "wettelijke-grond";
    case "handel-nu":
      return "verslag";
    case "wettelijke-grond":
      if (a.grond === undefined) return null;
      // A duty (OTS) or a request from Veilig Thuis or the Raad: consent is not the question; what to share is.
      // Meldrecht: allowed without consent "zonodig", so the consent questions come first (002).
      return a.grond === "melden" || a.grond === "geen" ? "toestemming" : "besluit";
    case "toestemming":
      return a.vragen === undefined ? null : a.vragen === "ja" ? "kinderen" : "vijf-vragen";
    case "kinderen":
      return a.kinderen === undefined ? null : a.kinderen === "ja" ? "leeftijd" : "wie-geeft-toestemming";
    case "leeftijd":
      return a.leeftijd === undefined ? null : a.leeftijd === "16-plus" ? "wilsonbekwaam" : "gezag";
    case "wilsonbekwaam":
      // Gezag matters only when a legal representative must consent (000 Tabel 1).
      return a.wilsonbekwaam === undefined ? null : a.wilsonbekwaam === "ja" ? "gezag" : "wie-geeft-toestemming";
    case "gezag":
      return a.gezag === undefined ? null : "wie-geeft-toestemming";
    case "wie-geeft-toestemming":
      if (a.antwoord === undefined) return null;
      return a.antwoord === "gegeven" ? "besluit" : a.antwoord === "geweigerd" ? "vijf-vragen" : "overleg";
    case "vijf-vragen":
      return "medisch";
    case "medisch":
      return a.medisch === undefined ? null : a.medisch === "ja" ? "leenen" : "besluit";
    case "leenen":
      return a.leenen === undefined ? null : "besluit";
    case "besluit":
      return a.besluit === undefined ? null : "overleg";
    case "overleg":
      return a.overleg === undefined || a.overleg.length === 0 ? null : "verslag";
    case "verslag":
      return null;
  }
}

/**
 * The steps these answers lead through, in order, from the first question to the current step
 * (the first one not yet answered, or "verslag" when the weighing is complete). Answers of
 * steps off this path (an earlier branch) are ignored.
 */
export function weighingPath(a: WeighingAnswers): WeighingStep[] {
  const steps: WeighingStep[] = ["acuut-gevaar"];
  let current: WeighingStep = "acuut-gevaar";
  for (let next = stepAfter(current, a); next !== null; next = stepAfter(current, a)) {
    steps.push(next);
    current = next;
  }
  return steps;
}

/** The step the professional should be on: the last of the path. */
export function currentStep(a: WeighingAnswers): WeighingStep {
  return weighingPath(a).at(-1) ?? "acuut-gevaar";
}

/** The step before `step` on the path, for the back link; null on the first step or off the path. */
export function stepBefore(step: WeighingStep, a: WeighingAnswers): WeighingStep | null {
  const path = weighingPath(a);
  const index = path.indexOf(step);
  return index > 0 ? (path[index - 1] ?? null) : null;
}

/** Only the answers of the steps on the path: what the record shows and the links carry on. */
export function answersOnPath(a: WeighingAnswers): WeighingAnswers {
  const kept: Record<string, unknown> = {};
  for (const step of weighingPath(a)) {
    const param = STEP_PARAM[step];
    if (param && a[param] !== undefined) kept[param] = a[param];
  }
  return kept as WeighingAnswers;
}

/** The answers as query-string pairs (repeated keys for multi parameters, "geen" for an empty Leenen list). */
export function answersToQuery(a: WeighingAnswers): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const param of Object.keys(WEIGHING_OPTIONS) as WeighingParam[]) {
    const value = a[param];
    if (value === undefined) continue;
    if (typeof value === "string") pairs.push([param, value]);
    else if (value.length === 0) pairs.push([param, "geen"]);
    else for (const code of value) pairs.push([param, code]);
  }
  return pairs;
}
