import { can } from "@kk/auth/policy";
import {
  answerLabels,
  answersOnPath,
  currentStep,
  STEP_CONTENT,
  STEP_PARAM,
  stepBefore,
  verdictFor,
  weighingPath,
  weighingStatement,
} from "@kk/legal";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { MISSING_PARAM, parseWeighingQuery, WEIGHING_BASE, weighingHref } from "@/components/weighing/answers-query";
import { BackLink } from "@/components/weighing/back-link";
import { LegalStatementList } from "@/components/weighing/legal-statement";
import { RecordActions } from "@/components/weighing/record-actions";
import { RecordNote } from "@/components/weighing/record-note";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.afwegen.record;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

/**
 * The weighing record (002, "Vastleggen van uw afweging"): every step and answer, the sources
 * quoted, the professional's own motivations (filled in by the browser from sessionStorage, or
 * empty lines without JavaScript) and room for a signature. An A4 print view; the portal keeps
 * nothing of it.
 */
export default async function WeighingRecordPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "sharing.read")) forbidden();
  const query = parseWeighingQuery(await searchParams);
  const answers = answersOnPath(query.answers);
  if (currentStep(query.answers) !== "verslag") redirect(weighingHref(currentStep(query.answers), answers, [[MISSING_PARAM, "1"]]));
  const steps = weighingPath(query.answers).filter((step) => step !== "verslag");
  const previous = stepBefore("verslag", query.answers);
  // The date of the weighing, printed on the record; the edge of the app reads the clock here.
  const today = dateFormat.format(new Date());

  return (
    <article className="max-w-3xl">
      {previous ? <BackLink href={weighingHref(previous, answers)} /> : null}
      <h1 className="mb-3 text-3xl sm:text-4xl">{t.title}</h1>
      <p className="mb-4 text-lg">{t.intro}</p>
      <dl className="mb-6">
        <dt className="font-semibold">{t.date}</dt>
        <dd data-testid="record-date">{today}</dd>
      </dl>
      <RecordActions />
      {answers.acuut === "ja" ? <p className="mb-6 border-l-8 border-danger p-3 font-semibold">{t.acuteNote}</p> : null}

      <h2 className="mb-4 text-2xl">{t.stepsHeading}</h2>
      <ol className="list-none">
        {steps.map((step, index) => {
          const content = STEP_CONTENT[step];
          const param = STEP_PARAM[step];
          const labels = param ? answerLabels(step, answers[param]) : null;
          const verdict = verdictFor(step, query.answers);
          return (
            <li key={step} className="mb-6 border-t-2 border-line pt-4">
              <h3 className="mb-2 text-xl">
                {index + 1}. {content.title}
              </h3>
              {labels ? (
                <p className="mb-2">
                  <span className="font-semibold">{t.answer}:</span> {labels.length > 0 ? labels.join("; ") : t.noneTicked}
                </p>
              ) : null}
              {verdict.length > 0 ? <LegalStatementList statements={verdict.map(weighingStatement)} expanded /> : null}
              {content.notes?.map((note) => (
                <RecordNote key={note.key} noteKey={note.key} label={note.label} />
              ))}
            </li>
          );
        })}
      </ol>

      <section className="mb-8 break-inside-avoid border-t-2 border-line pt-4">
        <LegalStatementList statements={[weighingStatement("weighing.record.why")]} expanded />
      </section>

      <section aria-label={t.signature} className="break-inside-avoid">
        <div className="mb-8">
          <p className="font-semibold">{t.name}</p>
          <div className="mt-8 border-b border-ink" />
        </div>
        <div className="mb-8">
          <p className="font-semibold">{t.signature}</p>
          <div className="mt-12 border-b border-ink" />
        </div>
      </section>

      <p className="print:hidden">
        <Link href={WEIGHING_BASE}>{t.restart}</Link>
      </p>
    </article>
  );
}
