import Form from "next/form";
import { Button } from "@/components/ui/button";
import { controlClassName, fieldIds } from "@/components/ui/forms/field-parts";
import { messages } from "@/messages";

const t = messages.publiekePagina.municipalityPicker;

/** The administrator's choice of municipality (a GET form: `?gemeente=GM0642`); a coordinator has only their own. */
export function PublicPageMunicipalityPicker({ municipalities, selected }: { municipalities: ReadonlyArray<{ code: string; name: string }>; selected: string }) {
  const ids = fieldIds("gemeente");
  return (
    <Form action="/beheer/publieke-pagina" className="mb-8 flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end">
      <div className="grow">
        <label htmlFor="gemeente" className="block font-semibold">
          {t.label}
        </label>
        <p id={ids.hint} className="text-ink-muted">
          {t.hint}
        </p>
        <select id="gemeente" name="gemeente" defaultValue={selected} aria-describedby={ids.hint} className={controlClassName(undefined, "mt-1 min-h-11")}>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t.show}
      </Button>
    </Form>
  );
}
