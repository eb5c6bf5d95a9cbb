import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import * as messages from "@/messages/catalogue";

const t = messages.users.filter;

/**
 * The user list's municipality filter (issue 18): a GET form (?gemeente=GM0505, or `geen`), so it
 * works without JavaScript and the choice can be bookmarked.
 */
export function UserMunicipalityFilter({ municipalities, selected }: { municipalities: ReadonlyArray<{ code: string; name: string }>; selected: string }) {
  return (
    <form method="get" action="/beheer/gebruikers" className="mb-6 flex flex-wrap items-end gap-x-4" aria-label={t.label}>
      <SelectField
        name="gemeente"
        id="filter-gemeente"
        label={t.municipality}
        placeholder={t.all}
        options={[...municipalities.map((m) => ({ value: m.code, label: m.name })), { value: "geen", label: t.none }]}
        defaultValue={selected}
      />
      <Button type="submit" variant="secondary">
        {t.submit}
      </Button>
    </form>
  );
}
