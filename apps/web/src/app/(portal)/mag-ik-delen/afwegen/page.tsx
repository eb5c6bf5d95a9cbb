import { can } from "@kk/auth/policy";
import { weighingStatement } from "@kk/legal";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { WEIGHING_BASE } from "@/components/weighing/answers-query";
import { LegalStatementView } from "@/components/weighing/legal-statement";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.afwegen;

export const metadata: Metadata = { title: t.title };

/** "Afwegen": the start of the guided weighing aid (issue 13, part A; docs/mag-ik-delen.md). */
export default async function AfwegenStartPage() {
  const user = await requireUser();
  if (!can(user, "sharing.read")) forbidden();
  return (
    <>
      <PageHeader caption={t.caption} title={t.title} intro={<p>{t.intro}</p>} />
      <Notice tone="warning" title={t.privacyTitle}>
        <p>{t.privacyBody}</p>
      </Notice>
      <section aria-labelledby="steps-heading" className="mb-8 max-w-3xl">
        <h2 id="steps-heading" className="mb-3 text-2xl">
          {t.stepsHeading}
        </h2>
        <ol className="mb-6 list-decimal space-y-1 pl-6">
          {t.stepList.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <LegalStatementView statement={weighingStatement("weighing.order")} />
      </section>
      <ButtonLink variant="primary" href={`${WEIGHING_BASE}/acuut-gevaar`}>
        {t.start}
      </ButtonLink>
    </>
  );
}
