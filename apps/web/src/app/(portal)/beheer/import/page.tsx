import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { DirectoryExportLinks } from "@/components/directory-import/directory-export-links";
import { DirectoryImportForm } from "@/components/directory-import/directory-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.directoryImport;

export const metadata: Metadata = { title: t.title };

export default async function DirectoryImportPage() {
  const user = await requireUser();
  if (!can(user, "directory.import")) forbidden();

  return (
    <>
      <PageHeader caption={t.caption} title={t.title} intro={t.intro} />
      {can(user, "freshness.read") ? (
        <p className="mb-8">
          <Link href="/beheer/sociale-kaart">{t.backToOverview}</Link>
        </p>
      ) : null}

      <section aria-labelledby="sjabloon" className="mb-10 max-w-3xl">
        <h2 id="sjabloon" className="mb-2 text-2xl">
          {t.templateHeading}
        </h2>
        <p className="mb-3">{t.templateIntro}</p>
        <ul className="mb-4 list-disc space-y-1 pl-6">
          <li>
            <a href="/api/sociale-kaart/importsjabloon?format=xlsx" download>
              {t.templateXlsx}
            </a>
          </li>
          <li>
            <a href="/api/sociale-kaart/importsjabloon?format=csv" download>
              {t.templateCsv}
            </a>
          </li>
        </ul>
        <details className="border-l-4 border-line-strong pl-4">
          <summary className="cursor-pointer font-semibold">{t.howHeading}</summary>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {t.how.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </section>

      <DirectoryImportForm />

      <section aria-labelledby="exporteren" className="mt-12 max-w-3xl border-t-2 border-line pt-8">
        <h2 id="exporteren" className="mb-2 text-2xl">
          {t.exportHeading}
        </h2>
        <p className="mb-3">{t.exportIntro}</p>
        <DirectoryExportLinks />
      </section>
    </>
  );
}
