import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import * as messages from "@/messages/catalogue";

const t = messages.regioVergelijking.choose;

interface MunicipalityChoiceProps {
  /** The municipalities the caller may pick, by name; the form is left out when there is only one. */
  municipalities: readonly { code: string; name: string }[];
  current: string;
  action: string;
}

/** A region role's choice of municipality (issue 18): a GET form, so the view can be bookmarked. */
export function MunicipalityChoice({ municipalities, current, action }: MunicipalityChoiceProps) {
  if (municipalities.length < 2) return null;
  return (
    <form method="get" action={action} className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end" data-testid="municipality-choice">
      <SelectField name="gemeente" label={t.label} hint={t.hint} defaultValue={current} options={municipalities.map((m) => ({ value: m.code, label: m.name }))} />
      <div>
        <Button type="submit" variant="secondary">
          {t.submit}
        </Button>
      </div>
    </form>
  );
}

/** The municipality code in the URL (?gemeente=GM0505), when it has the form of one; the server has the last word. */
export function municipalityParam(params: Record<string, string | string[] | undefined>): string | undefined {
  const value = params.gemeente;
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text && /^GM\d{4}$/.test(text) ? text : undefined;
}
