import type { SelectOption } from "@/components/ui/select-field";
import { SelectField } from "@/components/ui/select-field";
import { Button } from "@/components/ui/button";

interface PairField {
  name: string;
  label: string;
  value: string;
}

interface OrganisationPairFormProps {
  action: string;
  heading: string;
  fields: readonly [PairField, PairField];
  options: readonly SelectOption[];
  placeholder: string;
  submitLabel: string;
}

/**
 * Two organisation pickers in a GET form: the answer lives in the URL, so it can be shared and
 * works without JavaScript. Nothing about a client is asked.
 */
export function OrganisationPairForm({ action, heading, fields, options, placeholder, submitLabel }: OrganisationPairFormProps) {
  return (
    <form method="get" action={action} className="mb-10 border-2 border-line p-4 sm:p-6 print:hidden" aria-labelledby="keuze-kop">
      <h2 id="keuze-kop" className="mb-4 text-xl">
        {heading}
      </h2>
      <div className="grid gap-x-6 md:grid-cols-2">
        {fields.map((field) => (
          <SelectField
            key={field.name}
            name={field.name}
            label={field.label}
            options={options}
            placeholder={placeholder}
            defaultValue={field.value}
          />
        ))}
      </div>
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
    </form>
  );
}
