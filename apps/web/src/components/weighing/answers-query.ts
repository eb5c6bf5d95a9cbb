import {
  answersToQuery,
  isMultiParam,
  isWeighingStep,
  WEIGHING_OPTIONS,
  type WeighingAnswers,
  type WeighingParam,
  type WeighingStep,
} from "@kk/legal";
import { z } from "zod";

/*
 * The weighing aid's state lives in the query string: choice codes only (WEIGHING_OPTIONS),
 * never typed text, never an identifier. Unknown codes are dropped (the walk then stops at
 * that step and the page sends the professional back to it with an error summary).
 */

export const WEIGHING_BASE = "/mag-ik-delen/afwegen";
/** The hidden field that marks a submitted step (a back link carries the answers but not this). */
export const SUBMITTED_PARAM = "verzonden";
/** Set when the professional was sent back because an earlier answer was missing or invalid. */
export const MISSING_PARAM = "fout";

type RawParams = Record<string, string | string[] | undefined>;

const list = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));

function singleSchema(param: WeighingParam) {
  return list.transform((values) => {
    const parsed = z.enum(WEIGHING_OPTIONS[param] as unknown as [string, ...string[]]).safeParse(values[0]);
    return { value: parsed.success ? parsed.data : undefined, invalid: values.length > 0 && !parsed.success };
  });
}

function multiSchema(param: WeighingParam) {
  const codes = z.enum(WEIGHING_OPTIONS[param] as unknown as [string, ...string[]]);
  return list.transform((values) => {
    if (values.length === 0) return { value: undefined, invalid: false };
    // "geen": the step was answered with no box ticked (the Leenen form always sends it).
    const ticked = values.filter((v) => v !== "geen");
    if (ticked.length === 0) return { value: [] as string[], invalid: false };
    const parsed = z.array(codes).safeParse(ticked);
    // Duplicates collapse; order follows the options, so the URL and the record are stable.
    const value = parsed.success ? WEIGHING_OPTIONS[param].filter((code) => parsed.data.includes(code)) : undefined;
    return { value, invalid: !parsed.success };
  });
}

export interface ParsedWeighingQuery {
  answers: WeighingAnswers;
  /** The step whose form was submitted, if any. */
  submitted: WeighingStep | null;
  /** Sent back here because an answer was missing or invalid. */
  missing: boolean;
  /** Parameters that held an unknown code. */
  invalid: WeighingParam[];
}

export function parseWeighingQuery(params: RawParams): ParsedWeighingQuery {
  const answers: Record<string, unknown> = {};
  const invalid: WeighingParam[] = [];
  for (const param of Object.keys(WEIGHING_OPTIONS) as WeighingParam[]) {
    const schema = isMultiParam(param) ? multiSchema(param) : singleSchema(param);
    const result = schema.parse(params[param]);
    if (result.value !== undefined) answers[param] = result.value;
    if (result.invalid) invalid.push(param);
  }
  const submittedRaw = z.string().optional().catch(undefined).parse(Array.isArray(params[SUBMITTED_PARAM]) ? params[SUBMITTED_PARAM][0] : params[SUBMITTED_PARAM]);
  return {
    answers: answers as WeighingAnswers,
    submitted: submittedRaw && isWeighingStep(submittedRaw) ? submittedRaw : null,
    missing: params[MISSING_PARAM] !== undefined,
    invalid,
  };
}

/** The URL of a step with these answers (choice codes only). */
export function weighingHref(step: WeighingStep, answers: WeighingAnswers, extra: Array<[string, string]> = []): string {
  const query = new URLSearchParams([...answersToQuery(answers), ...extra]).toString();
  return `${WEIGHING_BASE}/${step}${query ? `?${query}` : ""}`;
}
