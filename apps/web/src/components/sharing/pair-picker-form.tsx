import { Button } from "@/components/ui/button";
import * as messages from "@/messages/catalogue";
import { OrganisationPicker, type PickerProps } from "./organisation-picker";

const t = messages.magIkDelenPaar;

/**
 * The two organisation pickers in one GET form: the answer lives in the URL, so it can be shared
 * and works without JavaScript (each picker's search is a submit of this same form).
 */
export function PairPickerForm({ action, pickers }: { action: string; pickers: readonly [PickerProps, PickerProps] }) {
  return (
    <form method="get" action={action} className="mb-10 border-2 border-line p-4 sm:p-6 print:hidden" aria-labelledby="keuze-kop" role="search">
      <h2 id="keuze-kop" className="mb-4 text-xl">
        {t.formHeading}
      </h2>
      <div className="grid gap-x-6 md:grid-cols-2">
        {pickers.map((picker) => (
          <OrganisationPicker key={picker.field} {...picker} />
        ))}
      </div>
      <Button type="submit" variant="primary">
        {t.submit}
      </Button>
    </form>
  );
}
