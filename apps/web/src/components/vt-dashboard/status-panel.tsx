import * as messages from "@/messages/catalogue";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.status;

/**
 * "Op koers / Niet op koers" for the latest judged year, always with the rule that decides it, so
 * the reader can check the verdict instead of trusting a colour. Only the outcome (confirmed
 * abuse) has a verdict; reports and advice requests never do.
 */
export function StatusPanel({ overview }: { overview: Overview }) {
  const latest = overview.outcome.latest;
  const verdict = latest?.verdict === "ON_TRACK" ? t.onTrack : latest?.verdict === "OFF_TRACK" ? t.offTrack : t.unknown;
  const tone = latest?.verdict === "ON_TRACK" ? "border-action bg-success-bg" : latest?.verdict === "OFF_TRACK" ? "border-danger bg-error-bg" : "border-ink bg-surface";
  return (
    <section aria-labelledby="koers-titel" className={`mb-8 max-w-4xl border-l-8 p-4 sm:p-6 ${overview.target ? tone : "border-line bg-surface"}`}>
      <h3 id="koers-titel" className="mb-2 text-xl">
        {t.heading}
      </h3>
      {overview.target ? (
        <>
          <p className="mb-3 text-3xl font-bold" data-testid="koers-oordeel">
            {verdict}
            {latest?.provisional ? ` ${t.provisional}` : null}
          </p>
          {latest ? (
            <p className="mb-4">
              <span className="font-semibold">{t.latestLabel}: </span>
              {latest.explanation}
            </p>
          ) : (
            <p className="mb-4">{t.noYear}</p>
          )}
          <h4 className="mb-1 text-lg">{t.ruleLabel}</h4>
          <p className="max-w-3xl" data-testid="koers-regel">
            {overview.target.ruleText}
          </p>
        </>
      ) : (
        <p>{t.noTarget}</p>
      )}
    </section>
  );
}
