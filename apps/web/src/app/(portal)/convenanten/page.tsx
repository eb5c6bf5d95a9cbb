import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgreementFilterForm } from "@/components/agreements/agreement-filter-form";
import { AgreementList } from "@/components/agreements/agreement-list";
import { parseAgreementSearchParams } from "@/components/agreements/agreement-search-params";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenRegistry.list;

export const metadata: Metadata = { title: t.title };

/** The list takes at most this many rows (read-agreements.ts). */
const LIST_LIMIT = 500;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function countText(count: number): string {
  if (count === 0) return t.countNone;
  if (count === 1) return t.countOne;
  if (count >= LIST_LIMIT) return format(t.countCapped, { count: LIST_LIMIT });
  return format(t.countMany, { count: count.toLocaleString("nl-NL") });
}

export default async function ConvenantenPage({ searchParams }: Props) {
  const user = await requireUser();
  // The list is the menu's area (not the administrator's); a single agreement follows agreement.read,
  // so links to it from the sociale kaart work for everyone who may read it.
  if (!can(user, "area.convenanten") || !can(user, "agreement.read")) forbidden();
  const search = parseAgreementSearchParams(await searchParams, messages.convenantenRegistry.filters);
  const api = await serverApi();
  const [agreements, organisations, region] = await Promise.all([api.agreement.list(search.input), api.organisation.options(), api.directory.region()]);
  const canManage = can(user, "agreement.manage");

  return (
    // Long Dutch compounds in the title must wrap on a phone.
    <div className="[&_h1]:break-words [&_h1]:hyphens-auto">
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          canManage ? (
            <ButtonLink href="/convenanten/nieuw" variant="primary">
              {t.newAgreement}
            </ButtonLink>
          ) : null
        }
      />

      <nav aria-label={t.subPagesLabel} className="mb-8">
        <ul className="flex flex-col gap-2 sm:flex-row sm:gap-8">
          {can(user, "agreementCoverage.read") ? (
            <li>
              <Link href="/convenanten/dekking" className="font-semibold">
                {t.coverageLink}
              </Link>
              <span className="block text-ink-muted">{t.coverageLinkHint}</span>
            </li>
          ) : null}
          {canManage ? (
            <li>
              <Link href="/convenanten/verloopt-binnenkort" className="font-semibold">
                {t.lapsingLink}
              </Link>
              <span className="block text-ink-muted">{t.lapsingLinkHint}</span>
            </li>
          ) : null}
        </ul>
      </nav>

      {search.errors.length > 0 ? (
        <Notice tone="warning" role="status">
          <p className="font-semibold">{messages.convenantenRegistry.filters.invalid}</p>
          <ul className="list-disc pl-6">
            {search.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <AgreementFilterForm search={search} organisations={organisations} municipalities={region.municipalities} />

      <section aria-labelledby="afspraken-kop">
        <h2 id="afspraken-kop" className="sr-only">
          {t.resultsHeading}
        </h2>
        <p role="status" className="mb-4 text-xl font-semibold" data-testid="agreement-count">
          {countText(agreements.length)}
        </p>
        {agreements.length > 0 ? (
          <AgreementList agreements={agreements} />
        ) : search.filtered ? (
          <div className="max-w-3xl">
            <h3 className="mb-2 text-xl">{t.emptyTitle}</h3>
            <ul className="list-disc pl-6">
              {t.emptyHelp.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href="/convenanten">{messages.convenantenRegistry.filters.clear}</Link>
            </p>
          </div>
        ) : (
          <p className="max-w-3xl">{t.emptyNone}</p>
        )}
      </section>
    </div>
  );
}
