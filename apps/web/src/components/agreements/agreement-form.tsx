"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  AGREEMENT_KINDS,
  CLAUSE_CATALOGUE,
  CLAUSE_COVERAGES,
  createAgreementInput,
  MUNICIPALITY_ROLES,
  type CreateAgreementInput,
  type CreateAgreementValues,
} from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { CheckboxField, TextareaField } from "@/components/ui/forms/fields";
import { FieldError } from "@/components/ui/forms/field-parts";
import { RadioGroup } from "@/components/ui/forms/radio-group";
import { applyServerError, errorAt } from "@/components/ui/forms/server-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ScopeFields, type RegionChoices } from "@/components/region/scope-fields";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenRegistry.form;
const labels = messages.convenanten;

/** The form's values: exactly what the API's schema takes as input (dates as "YYYY-MM-DD"). */
export type AgreementFormValues = Required<Omit<CreateAgreementInput, "clauses" | "parties">> & {
  parties: Array<{ organisationId: string; signatoryName: string; signatoryFunction: string; signedAt: string }>;
  clauses: Array<{ clauseKey: string; coverage: "" | (typeof CLAUSE_COVERAGES)[number]; reference: string }>;
};

export interface EditableAgreement extends AgreementFormValues {
  id: string;
  version: number;
}

interface Props {
  /** The install's municipalities (issue 18): the scope ("Geldt voor"). */
  region: RegionChoices;
  /** A new agreement starts with the coordinator's own municipality ticked. */
  defaultMunicipalityCode?: string | null;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  owners: ReadonlyArray<{ id: string; name: string }>;
  /** Absent: a new agreement. */
  agreement?: EditableAgreement;
}

const EMPTY_PARTY = { organisationId: "", signatoryName: "", signatoryFunction: "", signedAt: "" };

/** Every catalogue entry, in catalogue order, with what the agreement says about it. */
function clauseValues(stored: AgreementFormValues["clauses"] = []): AgreementFormValues["clauses"] {
  const byKey = new Map(stored.map((c) => [c.clauseKey, c]));
  return CLAUSE_CATALOGUE.map((entry) => ({
    clauseKey: entry.key,
    coverage: byKey.get(entry.key)?.coverage ?? "",
    reference: byKey.get(entry.key)?.reference ?? "",
  }));
}

function newAgreementValues(defaultMunicipalityCode: string | null): AgreementFormValues {
  return {
    title: "",
    kind: "" as never,
    purpose: "",
    scope: "",
    legalBasisNotes: "",
    startDate: "",
    endDate: "",
    reviewDate: "",
    municipalityRole: "FACILITATOR",
    coversInformationExchange: true,
    responseWorkingDays: "",
    ownerId: "",
    regionWide: false,
    municipalityCodes: defaultMunicipalityCode ? [defaultMunicipalityCode] : [],
    parties: [{ ...EMPTY_PARTY }, { ...EMPTY_PARTY }],
    clauses: clauseValues(),
  };
}

const TOP_FIELDS = [
  "title",
  "kind",
  "purpose",
  "scope",
  "legalBasisNotes",
  "startDate",
  "endDate",
  "reviewDate",
  "municipalityRole",
  "coversInformationExchange",
  "responseWorkingDays",
  "ownerId",
  "regionWide",
  "municipalityCodes",
] as const;
const PARTY_FIELDS = ["organisationId", "signatoryName", "signatoryFunction", "signedAt"] as const;
const CLAUSE_FIELDS = ["coverage", "reference", "clauseKey"] as const;

/** An error on the list of parties as a whole (none chosen, too few for an active agreement). */
function partiesError(errors: FieldErrors<CreateAgreementInput>): string | undefined {
  const node = errors.parties as { message?: string; root?: { message?: string } } | undefined;
  return node?.root?.message ?? node?.message;
}

/** The errors in screen order; each links to its field (ids are the field paths). */
function summaryOf(errors: FieldErrors<CreateAgreementInput>, partyCount: number, formError: string | null): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  const add = (path: string) => {
    const message = errorAt(errors, path);
    if (message) items.push({ fieldId: path, message });
  };
  TOP_FIELDS.forEach(add);
  const listMessage = partiesError(errors);
  if (listMessage) items.push({ fieldId: "partijen", message: listMessage });
  // "Kies een organisatie." twice would not say which party: the summary names it.
  for (let i = 0; i < partyCount; i += 1) {
    for (const field of PARTY_FIELDS) {
      const path = `parties.${i}.${field}`;
      const message = errorAt(errors, path);
      if (message) items.push({ fieldId: path, message: format(t.partyError, { n: i + 1, message }) });
    }
  }
  CLAUSE_CATALOGUE.forEach((_, i) => CLAUSE_FIELDS.forEach((field) => add(`clauses.${i}.${field}`)));
  if (formError) items.push({ message: formError });
  return items;
}

function isKnownField(field: string): boolean {
  const [head, index, leaf] = field.split(".");
  if ((TOP_FIELDS as readonly string[]).includes(field)) return true;
  if (head === "parties") return index === undefined || (/^\d+$/.test(index) && (PARTY_FIELDS as readonly string[]).includes(leaf ?? ""));
  if (head === "clauses") return /^\d+$/.test(index ?? "") && (CLAUSE_FIELDS as readonly string[]).includes(leaf ?? "");
  return false;
}

/**
 * Creating and changing an agreement: one form with the server's zod schema in the browser, the
 * same checks again on the server (a party chosen twice, the owner) shown inline and in the error
 * summary. On any error the form keeps everything typed.
 */
export function AgreementForm({ region, defaultMunicipalityCode = null, organisations, owners, agreement }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.agreement.create.mutationOptions());
  const update = useMutation(trpc.agreement.update.mutationOptions());

  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateAgreementInput, unknown, CreateAgreementValues>({
    // The browser runs the server's schema; its parsed output is not sent (the API parses again).
    resolver: zodResolver(createAgreementInput),
    shouldFocusError: false,
    defaultValues: agreement ? { ...agreement, clauses: clauseValues(agreement.clauses) } : newAgreementValues(defaultMunicipalityCode),
  });
  const parties = useFieldArray({ control, name: "parties" });

  const onSubmit = handleSubmit(
    async () => {
      setFormError(null);
      const values = getValues();
      try {
        if (agreement) {
          await update.mutateAsync({ ...values, id: agreement.id, version: agreement.version });
          router.push(`/convenanten/${agreement.id}?opgeslagen=1`);
        } else {
          const created = await create.mutateAsync(values);
          router.push(`/convenanten/${created.id}?opgeslagen=nieuw`);
        }
      } catch (error) {
        // Nothing is reset: on a conflict or a refused party the user's input stays in the form.
        setFormError(applyServerError(error, setError, isKnownField));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const field = (name: (typeof TOP_FIELDS)[number]) => ({ ...register(name), error: errorAt(errors, name) });
  const kindOptions = AGREEMENT_KINDS.map((value) => ({ value, label: labels.kinds[value] }));
  const roleOptions = MUNICIPALITY_ROLES.map((value) => ({ value, label: labels.municipalityRoles[value] }));
  const organisationOptions = organisations.map((o) => ({ value: o.id, label: o.name }));
  const ownerOptions = owners.map((o) => ({ value: o.id, label: o.name }));
  const coverageOptions = [
    ...CLAUSE_COVERAGES.map((value) => ({ value, label: labels.coverage[value] })),
    { value: "", label: labels.coverageNotAssessed },
  ];
  const listError = partiesError(errors);
  const cancelHref = agreement ? `/convenanten/${agreement.id}` : "/convenanten";

  return (
    <>
      <ErrorSummary errors={summaryOf(errors, parties.fields.length, formError)} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} className="max-w-3xl" data-testid="agreement-form">
        <section aria-labelledby="over-de-afspraak" className="mb-8">
          <h2 id="over-de-afspraak" className="mb-4 text-2xl">
            {t.aboutHeading}
          </h2>
          <TextField label={t.title} hint={t.titleHint} autoComplete="off" {...field("title")} />
          <SelectField label={t.kind} options={kindOptions} placeholder={t.kindPlaceholder} {...field("kind")} />
          <TextareaField label={t.purpose} hint={t.purposeHint} rows={3} {...field("purpose")} />
          <TextareaField label={t.scope} hint={t.scopeHint} rows={3} {...field("scope")} />
          <TextareaField label={t.legalBasisNotes} hint={t.legalBasisNotesHint} rows={3} {...field("legalBasisNotes")} />
          <RadioGroup
            id="municipalityRole"
            legend={t.municipalityRole}
            options={roleOptions}
            error={errorAt(errors, "municipalityRole")}
            registration={register("municipalityRole")}
          />
          <CheckboxField label={t.coversInformationExchange} {...field("coversInformationExchange")} />
          <TextField
            label={t.responseWorkingDays}
            hint={t.responseWorkingDaysHint}
            inputMode="numeric"
            autoComplete="off"
            className="max-w-[8rem]"
            {...field("responseWorkingDays")}
          />
          <SelectField
            label={t.owner}
            hint={t.ownerHint}
            options={ownerOptions}
            placeholder={agreement ? undefined : t.ownerSelf}
            {...field("ownerId")}
          />
        </section>

        <ScopeFields register={register} errors={errors} region={region} texts={messages.regioGedeeld.agreementScope} />

        <section aria-labelledby="looptijd" className="mb-8">
          <h2 id="looptijd" className="mb-2 text-2xl">
            {t.datesHeading}
          </h2>
          <p className="mb-4">{t.datesIntro}</p>
          <TextField label={t.startDate} type="date" className="max-w-xs" {...field("startDate")} />
          <TextField label={t.endDate} hint={t.endDateHint} type="date" className="max-w-xs" {...field("endDate")} />
          <TextField label={t.reviewDate} hint={t.reviewDateHint} type="date" className="max-w-xs" {...field("reviewDate")} />
        </section>

        <section aria-labelledby="partijen-kop" className="mb-8">
          <h2 id="partijen-kop" className="mb-2 text-2xl">
            {t.partiesHeading}
          </h2>
          <div id="partijen" tabIndex={-1} className={listError ? "border-l-4 border-danger pl-4" : undefined}>
            <p className="mb-4">{t.partiesIntro}</p>
            <FieldError message={listError} className="mb-4" />
          </div>
          <ol className="grid gap-6">
            {parties.fields.map((item, index) => {
              const path = (leaf: (typeof PARTY_FIELDS)[number]) => `parties.${index}.${leaf}` as const;
              const n = index + 1;
              return (
                <li key={item.id}>
                  <fieldset className="border-2 border-line p-4" data-testid={`party-${n}`}>
                    <legend className="px-1 text-xl font-semibold">{format(t.partyLegend, { n })}</legend>
                    <SelectField
                      label={t.partyOrganisation}
                      options={organisationOptions}
                      placeholder={t.partyOrganisationPlaceholder}
                      error={errorAt(errors, path("organisationId"))}
                      {...register(path("organisationId"))}
                    />
                    <TextField label={t.signatoryName} autoComplete="off" error={errorAt(errors, path("signatoryName"))} {...register(path("signatoryName"))} />
                    <TextField
                      label={t.signatoryFunction}
                      autoComplete="off"
                      error={errorAt(errors, path("signatoryFunction"))}
                      {...register(path("signatoryFunction"))}
                    />
                    <TextField label={t.signedAt} type="date" className="max-w-xs" error={errorAt(errors, path("signedAt"))} {...register(path("signedAt"))} />
                    <Button variant="secondary" onClick={() => parties.remove(index)}>
                      {format(t.removeParty, { n })}
                    </Button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <Button variant="secondary" className="mt-4" onClick={() => parties.append({ ...EMPTY_PARTY })}>
            {t.addParty}
          </Button>
        </section>

        <section aria-labelledby="bepalingen-kop" className="mb-8">
          <h2 id="bepalingen-kop" className="mb-2 text-2xl">
            {t.clausesHeading}
          </h2>
          <p className="mb-4">{t.clausesIntro}</p>
          {CLAUSE_CATALOGUE.map((clause, index) => (
            <div key={clause.key} className="mb-4 border-2 border-line p-4" data-testid={`clause-field-${clause.key}`}>
              <input type="hidden" {...register(`clauses.${index}.clauseKey`)} />
              <RadioGroup
                id={`clauses.${index}.coverage`}
                legend={`${/^\d/.test(clause.code) ? `${clause.code}. ` : ""}${clause.title}`}
                legendClassName="text-lg font-semibold"
                hint={
                  <>
                    <p>{clause.description}</p>
                    <p className="text-sm">{format(t.clauseSource, { source: clause.source })}</p>
                  </>
                }
                options={coverageOptions}
                inline
                error={errorAt(errors, `clauses.${index}.coverage`) ?? errorAt(errors, `clauses.${index}.clauseKey`)}
                registration={register(`clauses.${index}.coverage`)}
              />
              <TextField
                label={t.clauseReference}
                autoComplete="off"
                error={errorAt(errors, `clauses.${index}.reference`)}
                {...register(`clauses.${index}.reference`)}
              />
            </div>
          ))}
        </section>

        <div className="flex flex-wrap items-center gap-6">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : agreement ? t.submitEdit : t.submitCreate}
          </Button>
          <Link href={cancelHref}>{t.cancel}</Link>
        </div>
      </form>
    </>
  );
}
