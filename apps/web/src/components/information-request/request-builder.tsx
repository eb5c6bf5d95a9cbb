"use client";

import { findIdentifiers, type IdentifierKind } from "@kk/api/schemas";
import {
  buildRequestText,
  CONSENT_STATUSES,
  EMPTY_DRAFT,
  REQUEST_REASONS,
  requestFileName,
  type AnswerDate,
  type ConsentStatus,
  type RequestDraft,
} from "@kk/legal";
import { useEffect, useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { controlClassName, fieldIds, FieldFrame } from "@/components/ui/forms/field-parts";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.informatieverzoek;

type TextKey = "severity" | "seriousHarm" | "onlySource" | "preventsHarm" | "specific" | "whyWithoutConsent" | "questions";

interface Props {
  answerDate: AnswerDate;
  /** "YYYY-MM-DD" (Amsterdam), for the download's file name. */
  today: string;
  /** Rendered under each consent choice: the legal statements with their sources (server-rendered). */
  consentRules: Record<ConsentStatus, ReactNode>;
}

function identifierWarning(text: string): string | null {
  const found: IdentifierKind[] = findIdentifiers(text);
  if (found.length === 0) return null;
  return format(t.identifierWarning, { what: found.map((kind) => t.identifierKinds[kind]).join(", ") });
}

/**
 * The request builder. Privacy by construction (issue 13, "Free text never leaves the browser"):
 * there is no <form>, no field has a name that could be submitted, no tRPC call or fetch carries
 * what is typed; the text is composed here and leaves only through the clipboard or a download
 * made in the browser. Without JavaScript the server-rendered template with placeholders shows.
 */
export function RequestBuilder({ answerDate, today, consentRules }: Props) {
  const [draft, setDraft] = useState<RequestDraft>(EMPTY_DRAFT);
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const radioName = useId();
  useEffect(() => setHydrated(true), []);

  const text = buildRequestText(draft, answerDate);
  const set = <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setStatus(null);
  };

  const textArea = (key: TextKey, label: string, hint?: string, rows = 3) => {
    const id = `verzoek-${key}`;
    const warning = identifierWarning(draft[key]);
    const ids = fieldIds(id);
    return (
      <FieldFrame id={id} label={label} hint={hint}>
        <textarea
          id={id}
          rows={rows}
          value={draft[key]}
          onChange={(event) => set(key, event.target.value)}
          autoComplete="off"
          spellCheck
          aria-describedby={[hint ? ids.hint : null, warning ? `${id}-warning` : null].filter(Boolean).join(" ") || undefined}
          className={controlClassName(undefined)}
        />
        {warning ? (
          <p id={`${id}-warning`} className="mt-1 border-l-4 border-ink bg-focus/30 p-2 font-semibold" role="status">
            {warning}
          </p>
        ) : null}
      </FieldFrame>
    );
  };

  const radios = <V extends string>(legend: string, key: "reason" | "consent", values: readonly V[], labels: Record<V, string>, below?: (value: V) => ReactNode) => (
    <fieldset className="mb-6 min-w-0" data-testid={`verzoek-${key}`}>
      <legend className="text-lg font-semibold">{legend}</legend>
      <div className="mt-2 flex flex-col gap-3">
        {values.map((value) => {
          const id = `verzoek-${key}-${value}`;
          const checked = draft[key] === value;
          return (
            <div key={value}>
              <div className="flex items-start gap-2">
                <input
                  id={id}
                  type="radio"
                  name={`${radioName}-${key}`}
                  value={value}
                  checked={checked}
                  onChange={() => set(key, value as RequestDraft[typeof key])}
                  className="mt-0.5 size-6 shrink-0 accent-action"
                />
                <label htmlFor={id}>{labels[value]}</label>
              </div>
              {(checked || !hydrated) && below ? <div className="mt-3 ml-3 border-l-4 border-line pl-4">{below(value)}</div> : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = requestFileName(today);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(t.downloaded);
  };

  return (
    <div data-testid="request-builder">
      <section aria-labelledby="uw-verzoek" className="mb-8">
        <h2 id="uw-verzoek" className="mb-4 text-2xl">
          {t.builderHeading}
        </h2>
        {radios(t.reasonLegend, "reason", REQUEST_REASONS, t.reasons)}
        {textArea("severity", t.severity, t.severityHint)}
        {radios(t.consentLegend, "consent", CONSENT_STATUSES, t.consents, (value) => (
          <>
            <div className="mb-4">{consentRules[value]}</div>
            {value === "REFUSED" ? (
              <>
                {textArea("seriousHarm", t.seriousHarm)}
                {textArea("onlySource", t.onlySource)}
                {textArea("preventsHarm", t.preventsHarm)}
                {textArea("specific", t.specific)}
              </>
            ) : null}
            {value !== "GIVEN" ? textArea("whyWithoutConsent", t.whyWithoutConsent) : null}
          </>
        ))}
        {textArea("questions", t.questions, t.questionsHint, 5)}
      </section>

      <section aria-labelledby="tekst-verzoek" className="mb-8">
        <h2 id="tekst-verzoek" className="mb-2 text-2xl">
          {t.textHeading}
        </h2>
        <p className="mb-2">{hydrated ? t.textHint : t.textNoScript}</p>
        <pre
          className="max-w-full border-2 border-line-strong bg-surface p-4 font-sans text-base break-words whitespace-pre-wrap"
          data-testid="request-text"
          tabIndex={0}
          aria-labelledby="tekst-verzoek"
        >
          {text}
        </pre>
        {hydrated ? (
          <div className="mt-4 flex flex-wrap gap-4">
            <Button variant="primary" onClick={() => void copy()}>
              {t.copy}
            </Button>
            <Button variant="secondary" onClick={download}>
              {t.download}
            </Button>
          </div>
        ) : null}
        <p role="status" className="mt-2 font-semibold" data-testid="request-status">
          {status}
        </p>
      </section>
    </div>
  );
}
