import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { CheckboxField, CheckboxGroup } from "@/components/ui/forms/fields";
import { errorAt } from "@/components/ui/forms/server-error";

/** The install's municipalities and region (issue 18), for working-area and scope fields. */
export interface RegionChoices {
  regionName: string | null;
  municipalities: ReadonlyArray<{ code: string; name: string }>;
}

interface ScopeFieldsProps<T extends FieldValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  region: RegionChoices;
  texts: { legend: string; hint: string; regionWide: string; municipalitiesLegend: string; municipalitiesHint: string };
  /** The heading level of the legend: a section heading (text-2xl) or a field label. */
  legendClassName?: string;
}

/**
 * "Hele regio" or a set of municipalities (issue 18): the fields `regionWide` and
 * `municipalityCodes`. The first municipality checkbox carries the group's id, so the error
 * summary can link to it.
 */
export function ScopeFields<T extends FieldValues>({ register, errors, region, texts, legendClassName = "mb-2 text-2xl font-bold" }: ScopeFieldsProps<T>) {
  return (
    <fieldset className="mb-8">
      <legend className={legendClassName}>{texts.legend}</legend>
      <p className="mb-4 max-w-3xl text-ink-muted">{texts.hint}</p>
      <CheckboxField
        id="regionWide"
        label={region.regionName ? `${texts.regionWide} (${region.regionName})` : texts.regionWide}
        error={errorAt(errors, "regionWide")}
        {...register("regionWide" as Path<T>)}
      />
      <CheckboxGroup id="municipalityCodes" legend={texts.municipalitiesLegend} hint={texts.municipalitiesHint} error={errorAt(errors, "municipalityCodes")}>
        {region.municipalities.map((municipality, index) => (
          <CheckboxField
            key={municipality.code}
            id={index === 0 ? "municipalityCodes" : `municipalityCodes-${municipality.code}`}
            label={municipality.name}
            value={municipality.code}
            {...register("municipalityCodes" as Path<T>)}
          />
        ))}
      </CheckboxGroup>
    </fieldset>
  );
}
