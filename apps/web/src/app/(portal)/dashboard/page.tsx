import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgreementFigures } from "@/components/agreement-coverage/agreement-figures";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { messages } from "@/messages";

const text = messages.areas.dashboard;

export const metadata: Metadata = { title: text.title };

/** Figures only: the council (RAAD) and the coordinator. Veilig Thuis figures come with issue 6. */
export default async function DashboardPage() {
  const user = await requireUser();
  if (!can(user, "area.dashboard")) forbidden();
  const figures = can(user, "agreement.figures") ? await (await serverApi()).agreementCoverage.figures() : null;

  return (
    <>
      <PageHeader title={text.title} />
      {figures ? <AgreementFigures figures={figures} /> : null}
      {/* The coordinator may look behind the figures; the council sees counts only. */}
      {can(user, "agreementCoverage.read") || can(user, "networkGaps.read") ? (
        <ul className="mb-8 grid gap-2">
          {can(user, "agreementCoverage.read") ? (
            <li>
              <Link href="/convenanten/dekking">{messages.convenantenDekking.matrix.title}</Link>
            </li>
          ) : null}
          {can(user, "networkGaps.read") ? (
            <li>
              <Link href="/beheer/netwerk">{messages.convenantenDekking.gaps.title}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      <Notice>{messages.convenantenDekking.figures.veiligThuisNote}</Notice>
    </>
  );
}
