import Form from "next/form";
import { Button } from "@/components/ui/button";
import { controlClassName, fieldIds } from "@/components/ui/forms/field-parts";
import * as messages from "@/messages/catalogue";

const t = messages.regioGedeeld.coverage;

/** The URL value of "the whole region" in the Gemeente pickers of the coverage and network pages. */
export const WHOLE_REGION = "regio";

/**
 * The municipality a page shows (issue 18) from its `gemeente` parameter: absent → the user's own
 * municipality (when it is one of this install's), "regio" → the whole region (null), a known code → that one.
 */
export function municipalityFromParam(
  raw: string | string[] | undefined,
  own: string | null,
  municipalities: ReadonlyArray<{ code: string }>,
): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const known = (code: string | null | undefined) => (code && municipalities.some((m) => m.code === code) ? code : null);
  if (value === undefined) return known(own);
  if (value === WHOLE_REGION) return null;
  return known(value.trim().toUpperCase());
}

interface Props {
  action: string;
  municipalities: ReadonlyArray<{ code: string; name: string }>;
  selected: string | null;
  /** Other parameters of the page to keep (e.g. the chosen sectors). */
  keep?: ReadonlyArray<[string, string]>;
  /** Offer "the whole region" as well (default); without it one municipality must be chosen. */
  wholeRegion?: boolean;
  /** The label, hint and button text when the page asks something else than the coverage pages. */
  text?: { label: string; hint: string; show: string };
}

/** A GET form: one municipality (or the whole region). Shown only when the install has several municipalities. */
export function MunicipalityPicker({ action, municipalities, selected, keep = [], wholeRegion = true, text }: Props) {
  if (municipalities.length < 2) return null;
  const ids = fieldIds("gemeente");
  return (
    <Form action={action} className="mb-6 flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end">
      {keep.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="grow">
        <label htmlFor="gemeente" className="block font-semibold">
          {text?.label ?? t.municipalityLabel}
        </label>
        <p id={ids.hint} className="text-ink-muted">
          {text?.hint ?? t.municipalityHint}
        </p>
        <select id="gemeente" name="gemeente" defaultValue={selected ?? (wholeRegion ? WHOLE_REGION : undefined)} aria-describedby={ids.hint} className={controlClassName(undefined, "mt-1 min-h-11")}>
          {wholeRegion ? <option value={WHOLE_REGION}>{t.wholeRegion}</option> : null}
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {text?.show ?? t.show}
      </Button>
    </Form>
  );
}
