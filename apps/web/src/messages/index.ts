import { nl, type Messages } from "./nl";

/**
 * The active catalogue. Only Dutch exists today; adding English means an `en.ts` typed as
 * `Messages` and choosing the catalogue per request here.
 */
export const messages: Messages = nl;

/** Fills {placeholders}; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const value = values[key];
    return value === undefined ? match : String(value);
  });
}
