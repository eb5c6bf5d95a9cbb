import { PUBLIC_PAGE_LANGUAGES } from "@kk/api/schemas";
import { can } from "@kk/auth/policy";
import { messagesFor, municipalitySlug } from "@kk/public-site";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PublicPageForm } from "@/components/public-page/public-page-form";
import { MunicipalityPicker } from "@/components/region/municipality-picker";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.publiekePagina;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<{ gemeente?: string | string[] }>;
}

/** The public residents' page of a municipality: introduction and organisations shown first (issue 15, item 5). */
export default async function PublicPageAdminPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "publicPage.manage")) forbidden();
  const raw = (await searchParams).gemeente;
  const asked = (Array.isArray(raw) ? raw[0] : raw)?.trim().toUpperCase();
  const api = await serverApi();
  // A coordinator has their own municipality only; the administrator picks one (?gemeente=GM0642).
  const region = user.role === "BEHEERDER";
  const municipalityCode = region && asked && /^GM\d{4}$/.test(asked) ? asked : undefined;
  const settings = await api.publicPage.get({ municipalityCode }).catch((error: unknown) => {
    if ((error as { code?: string }).code === "NOT_FOUND") notFound();
    throw error;
  });
  const municipalities = region ? await api.municipality.options() : [];
  const publicPath = `/hulp/${municipalitySlug(settings.municipality.name)}`;

  return (
    <>
      <PageHeader caption={t.caption} title={t.title} intro={<p>{t.intro}</p>} />
      {/* The administrator's choice (a coordinator has only their own): `?gemeente=GM0642`. */}
      <MunicipalityPicker
        action="/beheer/publieke-pagina"
        municipalities={municipalities}
        selected={settings.municipality.code}
        wholeRegion={false}
        text={t.municipalityPicker}
      />
      <h2 className="mb-2 text-2xl">{format(t.forMunicipality, { name: settings.municipality.name })}</h2>
      <p className="mb-8">
        <Link href={publicPath}>{t.viewPublicPage}</Link> <span className="text-ink-muted">{t.viewPublicPageHint}</span>
      </p>
      <PublicPageForm
        key={settings.municipality.code}
        settings={{
          municipalityCode: settings.municipality.code,
          version: settings.version,
          intro: settings.intro,
          featuredOrganisationIds: settings.featuredOrganisationIds,
          candidates: settings.candidates,
          // What the page shows for an empty field: the public site's own default text.
          defaultIntro: Object.fromEntries(PUBLIC_PAGE_LANGUAGES.map((language) => [language, messagesFor(language).defaultIntro])) as Record<(typeof PUBLIC_PAGE_LANGUAGES)[number], string>,
        }}
      />
    </>
  );
}
