import { hasDirectoryFilters, parseDirectorySearchParams, type DirectorySearch } from "@kk/api/schemas";
import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { DirectoryExportLinks } from "@/components/directory-import/directory-export-links";
import { DirectoryPagination } from "@/components/directory/directory-pagination";
import { DirectoryResultList } from "@/components/directory/directory-result-list";
import { resultCountText, resultPageText } from "@/components/directory/result-count";
import { DirectorySearchForm, type DirectoryFilterOptions } from "@/components/directory/directory-search-form";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaart.search;
const labels = messages.socialeKaart;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function activeFilterCount(search: DirectorySearch): number {
  return search.sector.length + search.legalFrame.length + search.type.length + search.area.length + search.service.length + search.contactRole.length;
}

export default async function SocialeKaartPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "directory.search")) forbidden();
  const api = await serverApi();
  const region = await api.directory.region();
  // Issue 18: the Gemeente filter starts at the user's own municipality (when it is one of this install's).
  const ownMunicipality = region.municipalities.some((m) => m.code === user.municipalityCode) ? user.municipalityCode : null;
  const search = parseDirectorySearchParams(await searchParams, ownMunicipality);
  const [result, facets] = await Promise.all([api.directory.search(search), api.directory.facets()]);

  const options: DirectoryFilterOptions = {
    sector: facets.sectors.map((f) => ({ value: f.value, label: labels.sectors[f.value], count: f.count })),
    legalFrame: facets.legalFrames.map((f) => ({ value: f.value, label: labels.legalFrames[f.value], count: f.count })),
    type: facets.types.map((f) => ({ value: f.value, label: f.value, count: f.count })),
    area: facets.areas.map((f) => ({ value: f.value, label: f.value, count: f.count })),
    service: facets.services.map((f) => ({ value: f.value, label: f.value, count: f.count })),
  };
  const searched = search.q !== "" || hasDirectoryFilters(search);
  const pageText = resultPageText(result);

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          can(user, "organisation.create") ? (
            <ButtonLink href="/sociale-kaart/nieuw" variant="primary">
              {t.newOrganisation}
            </ButtonLink>
          ) : null
        }
      />
      <DirectorySearchForm search={search} options={options} activeFilterCount={activeFilterCount(search)} municipalities={region.municipalities} />

      <section aria-labelledby="resultaten-kop">
        <h2 id="resultaten-kop" className="sr-only">
          {t.resultsHeading}
        </h2>
        {/* Announced after a client-side search; on a full page load it is simply the first thing read. */}
        <p role="status" className="mb-4 text-xl font-semibold">
          {resultCountText(result)}
          {search.q ? ` ${format(t.resultsFor, { q: search.q })}` : null}
          {pageText ? <span className="font-normal text-ink-muted">{`, ${pageText}`}</span> : null}
        </p>

        {result.approximate && result.total > 0 ? <p className="mb-4 max-w-3xl">{t.approximate}</p> : null}
        {result.windowed ? <p className="mb-4 max-w-3xl">{format(t.windowed, { count: result.total.toLocaleString("nl-NL") })}</p> : null}
        {result.results.length > 0 ? (
          <DirectoryResultList results={result.results} start={(result.page - 1) * result.pageSize + 1} />
        ) : (
          <div className="max-w-3xl">
            <h3 className="mb-2 text-xl">{t.noResultsTitle}</h3>
            <ul className="list-disc pl-6">
              {t.noResultsHelp.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {searched ? (
              <p className="mt-4">
                <Link href="/sociale-kaart">{t.filtersClear}</Link>
              </p>
            ) : null}
          </div>
        )}

        <DirectoryPagination search={search} page={result.page} pageCount={result.pageCount} morePages={result.morePages} />
      </section>

      {can(user, "directory.export") ? (
        <section aria-labelledby="downloaden" className="mt-12 max-w-3xl border-t-2 border-line pt-6">
          <h2 id="downloaden" className="mb-2 text-xl">
            {messages.directoryImport.exportHeading}
          </h2>
          <p className="mb-3">{messages.directoryImport.exportReaderIntro}</p>
          <DirectoryExportLinks />
        </section>
      ) : null}
    </>
  );
}
