"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  MAX_INTRO_LENGTH,
  PUBLIC_PAGE_LANGUAGES,
  updatePublicPageInput,
  type PublicPageLanguage,
  type UpdatePublicPageInput,
  type UpdatePublicPageValues,
} from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, errorAt, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { FeaturedOrganisations, type FeaturedCandidate } from "./featured-organisations";

const t = messages.publiekePagina;

const FEATURED = "featuredOrganisationIds";
const FIELDS = [...PUBLIC_PAGE_LANGUAGES.map((language) => `intro.${language}`), FEATURED];
/** The API names an entry of the list ("featuredOrganisationIds.2"); the form shows it on the list. */
const isKnown = (field: string) => FIELDS.includes(field) || field.startsWith(`${FEATURED}.`);

export interface PublicPageFormSettings {
  municipalityCode: string;
  version: number;
  intro: Record<PublicPageLanguage, string>;
  featuredOrganisationIds: string[];
  candidates: FeaturedCandidate[];
  /** The public site's default introduction per language, shown in the hint. */
  defaultIntro: Record<PublicPageLanguage, string>;
}

/**
 * The coordinator's form for the public residents' page: the introduction per language, the
 * organisations shown first, a preview of the unsaved draft and saving (issue 15, item 5).
 */
export function PublicPageForm({ settings }: { settings: PublicPageFormSettings }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [version, setVersion] = useState(settings.version);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [previewLocale, setPreviewLocale] = useState<PublicPageLanguage>("nl");
  const [previewHtml, setPreviewHtml] = useState<string | null>(null);
  /** Counts the previews shown, so each one moves focus to it (the same draft twice too). */
  const [previewCount, setPreviewCount] = useState(0);
  const previewHeading = useRef<HTMLHeadingElement | null>(null);
  const save = useMutation(trpc.publicPage.update.mutationOptions());
  const preview = useMutation(trpc.publicPage.preview.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<UpdatePublicPageInput, unknown, UpdatePublicPageValues>({
    resolver: zodResolver(updatePublicPageInput),
    shouldFocusError: false,
    defaultValues: { municipalityCode: settings.municipalityCode, version: settings.version, intro: settings.intro, featuredOrganisationIds: settings.featuredOrganisationIds },
  });
  const featured = watch(FEATURED) ?? [];

  // Move to the preview once it is on the page, so keyboard and screen-reader users know it appeared.
  useEffect(() => {
    if (previewCount > 0) previewHeading.current?.focus();
  }, [previewCount]);

  const failed = (error: unknown) => {
    setFormError(applyServerError(error, setError, isKnown));
    setAttempt((n) => n + 1);
  };
  const invalid = () => {
    setSaved(false);
    setAttempt((n) => n + 1);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const result = await save.mutateAsync({ ...values, municipalityCode: settings.municipalityCode, version });
      setVersion(result.version);
      setValue("version", result.version);
      setSaved(true);
      router.refresh();
    } catch (error) {
      failed(error);
    }
  }, invalid);

  const onPreview = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const result = await preview.mutateAsync({ municipalityCode: settings.municipalityCode, intro: values.intro, featuredOrganisationIds: values.featuredOrganisationIds, locale: previewLocale });
      setPreviewHtml(result.html);
      setPreviewCount((n) => n + 1);
    } catch (error) {
      failed(error);
    }
  }, invalid);

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, formError)} focusKey={attempt} />
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" role="status">
            <p className="font-semibold">{t.form.saved}</p>
          </Notice>
        ) : null}
      </div>
      <form noValidate onSubmit={onSubmit} className="max-w-3xl">
        {PUBLIC_PAGE_LANGUAGES.map((language) => (
          <TextareaField
            key={language}
            id={`intro.${language}`}
            label={t.form.introLabel[language]}
            hint={
              <>
                {format(t.form.introHint, { max: MAX_INTRO_LENGTH.toLocaleString("nl-NL") })}{" "}
                {t.form.defaultIs} <q lang={language}>{settings.defaultIntro[language]}</q>
              </>
            }
            lang={language}
            rows={8}
            error={errorAt(errors, `intro.${language}`)}
            {...register(`intro.${language}`)}
          />
        ))}
        <FeaturedOrganisations
          id={FEATURED}
          candidates={settings.candidates}
          value={featured}
          onChange={(ids) => setValue(FEATURED, ids, { shouldDirty: true, shouldValidate: errors.featuredOrganisationIds !== undefined })}
          error={errorAt(errors, FEATURED)}
        />
        <div className="mb-8 flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end">
          <SelectField
            name="previewLocale"
            id="previewLocale"
            label={t.form.previewLanguage}
            options={PUBLIC_PAGE_LANGUAGES.map((language) => ({ value: language, label: t.languageNames[language] }))}
            value={previewLocale}
            onChange={(event) => setPreviewLocale(event.target.value as PublicPageLanguage)}
            className="min-h-11"
          />
          <div className="mb-6">
            <Button variant="secondary" onClick={() => void onPreview()} disabled={preview.isPending}>
              {preview.isPending ? t.form.previewing : t.form.preview}
            </Button>
          </div>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.form.submit}
        </Button>
      </form>
      {previewHtml !== null ? (
        <section aria-labelledby="voorbeeld-kop" className="mt-10">
          <h2 id="voorbeeld-kop" ref={previewHeading} tabIndex={-1} className="mb-3 text-2xl">
            {t.form.previewHeading}
          </h2>
          {/* sandbox="": no scripts, no forms, no same origin: the draft is only looked at. */}
          <iframe sandbox="" srcDoc={previewHtml} title={t.form.previewFrameTitle} className="h-[36rem] w-full max-w-3xl border-2 border-line bg-paper" />
        </section>
      ) : null}
    </>
  );
}
