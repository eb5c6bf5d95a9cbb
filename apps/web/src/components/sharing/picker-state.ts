import type { PickerChoice } from "./organisation-picker";

/** What one picker's URL parameters say: the chosen id, the text in its box, and what the radios were for. */
export interface PickerParams {
  id: string;
  text: string;
  searched: string;
}

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, 200);
}

export function readPickerParams(params: SearchParams, field: string): PickerParams {
  return { id: single(params[field]), text: single(params[`${field}zoek`]), searched: single(params[`${field}gezocht`]) };
}

export type PickerDecision =
  | { kind: "empty" }
  /** The id names no organisation the viewer may see. */
  | { kind: "unknown" }
  | { kind: "chosen"; choice: PickerChoice }
  /** Search for `text`; `keep` stays checked if it is among the results. */
  | { kind: "search"; text: string; keep: PickerChoice | null };

/**
 * How the GET form is read without JavaScript: a text that differs from the chosen name (and from
 * the search the radios were shown for) is a new search; otherwise the id is the choice. The
 * combobox sends the chosen name as the text, so it lands in "chosen" too.
 */
export function decidePicker(params: PickerParams, selected: PickerChoice | null): PickerDecision {
  if (params.text === "") {
    if (params.id === "") return { kind: "empty" };
    return selected ? { kind: "chosen", choice: selected } : { kind: "unknown" };
  }
  if (selected && (params.text === selected.name || params.text === params.searched)) return { kind: "chosen", choice: selected };
  return { kind: "search", text: params.text, keep: selected };
}
