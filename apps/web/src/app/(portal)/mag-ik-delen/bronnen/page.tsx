import { can } from "@kk/auth/policy";
import { statementsBySource, WORLD_MOVED_ON } from "@kk/legal";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { LegalReviewForm } from "@/components/legal/legal-review-form";
import { ReviewHistory } from "@/components/legal/review-history";
import { SourceSection } from "@/components/legal/source-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.bronnen;

export const metadata: Metadata = { title: t.title };

/**
 * "Bronnen en verantwoording" (issue 13, item 4): the five sources with their dates and where the
 * world moved on, every catalogue statement per source with section and quote, the review history,
 * and for the coordinator and administrator the form to record a review.
 */
export default async function BronnenPage() {
  const user = await requireUser();
  if (!can(user, "legalReview.read")) forbidden();
  const status = await (await serverApi()).legalReview.status();

  return (
    <>
      <p className="mb-4">
        <Link href="/mag-ik-delen">{t.back}</Link>
      </p>
      <PageHeader caption={t.caption} title={t.title} intro={<p>{t.intro}</p>} />

      <section aria-labelledby="veranderd" className="mb-12 max-w-3xl border-l-8 border-brand bg-info-bg p-4">
        <h2 id="veranderd" className="mb-2 text-2xl">
          {t.movedOnSummary.heading}
        </h2>
        <p className="mb-3">{t.movedOnSummary.intro}</p>
        <ul className="list-disc space-y-2 pl-6">
          {WORLD_MOVED_ON.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bronnen" className="mb-12">
        <h2 id="bronnen" className="mb-2 text-2xl">
          {t.sources.heading}
        </h2>
        <p className="mb-6 max-w-3xl">{t.statements.intro}</p>
        {statementsBySource().map((group) => (
          <SourceSection key={group.source} sourceId={group.source} statements={group.statements} />
        ))}
      </section>

      <ReviewHistory status={status} />
      {status.canRecord ? <LegalReviewForm catalogueVersion={status.currentVersion} /> : null}
    </>
  );
}
