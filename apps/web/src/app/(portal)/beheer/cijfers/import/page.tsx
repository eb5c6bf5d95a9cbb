import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { FigureImportForm } from "@/components/vt-figure-import/figure-import-form";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

const t = messages.cijfersBeheer.import;
const template = messages.cijfersBeheer.template;

export const metadata: Metadata = { title: t.title };

/** Import of Veilig Thuis figures from our template or a CBS StatLine download (issue 6). */
export default async function FigureImportPage() {
  const user = await requireUser();
  if (!can(user, "figures.manage")) forbidden();

  return (
    <>
      <PageHeader caption={t.caption} title={t.title} intro={t.intro} />
      <p className="mb-8">
        <Link href="/beheer/cijfers">{t.backToFigures}</Link>
      </p>

      <section aria-labelledby="sjabloon" className="mb-10 max-w-3xl">
        <h2 id="sjabloon" className="mb-2 text-2xl">
          {template.heading}
        </h2>
        <p className="mb-3">{template.intro}</p>
        <ul className="mb-3 list-disc space-y-1 pl-6">
          <li>
            <a href="/beheer/cijfers/sjabloon/xlsx" download>
              {template.xlsx}
            </a>
          </li>
          <li>
            <a href="/beheer/cijfers/sjabloon/csv" download>
              {template.csv}
            </a>
          </li>
        </ul>
        <p>{template.cbs}</p>
      </section>

      <FigureImportForm />
    </>
  );
}
