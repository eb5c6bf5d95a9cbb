import { can } from "@kk/auth/policy";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgreementsBetweenSection } from "@/components/agreement-coverage/agreements-between-section";
import { EscalationRouteList } from "@/components/organisation/escalation-route-list";
import { OrganisationPairForm } from "@/components/organisation/organisation-pair-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import type { RouterOutputs } from "@/lib/trpc/types";
import * as messages from "@/messages/catalogue";

const t = messages.organisationRead.escalatie;
const labels = messages.socialeKaart;

export const metadata: Metadata = { title: t.title };

type Route = RouterOutputs["organisation"]["escalationRoute"];
type Between = RouterOutputs["agreementCoverage"]["between"];

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export default async function EscalatiePage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "area.escalatie")) forbidden();
  const params = await searchParams;
  const submitted = params.a !== undefined || params.b !== undefined;
  const first = single(params.a) || (submitted ? "" : (user.organisationId ?? ""));
  const second = single(params.b);
  const api = await serverApi();
  const options = (await api.organisation.options()).map((o) => ({ value: o.id, label: o.name }));

  let routes: [Route, Route] | null = null;
  let between: Between | null = null;
  let problem: string | null = null;
  if (first && second) {
    if (first === second) {
      problem = t.sameOrganisation;
    } else {
      const mayReadAgreements = can(user, "agreementCoverage.read");
      const answer = await Promise.all([
        api.organisation.escalationRoute({ organisationId: first }),
        api.organisation.escalationRoute({ organisationId: second }),
        mayReadAgreements ? api.agreementCoverage.between({ organisationA: first, organisationB: second }) : null,
      ]).catch((error: unknown) => {
        if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
        throw error;
      });
      if (answer) {
        routes = [answer[0], answer[1]];
        between = answer[2];
      } else {
        problem = t.unknownOrganisation;
      }
    }
  }

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      {problem ? (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      ) : null}
      <OrganisationPairForm
        action="/escalatie"
        heading={t.formHeading}
        fields={[
          { name: "a", label: t.first, value: first },
          { name: "b", label: t.second, value: second },
        ]}
        options={options}
        placeholder={t.choose}
        submitLabel={t.submit}
      />
      {routes ? (
        <>
          <section aria-labelledby="routes-kop">
            <h2 id="routes-kop" className="mb-4 text-2xl sm:text-3xl">
              {t.routesHeading}
            </h2>
            <div className="grid gap-8 md:grid-cols-2">
              {routes.map((route) => (
                <div key={route.organisation.id} className="min-w-0">
                  <h3 className="text-xl">
                    <Link href={`/sociale-kaart/${route.organisation.slug}`}>{route.organisation.name}</Link>
                  </h3>
                  <p className="mb-3 text-ink-muted">
                    {route.organisation.type} — {labels.legalFrames[route.organisation.legalFrame]}
                  </p>
                  <EscalationRouteList steps={route.escalationRoute} headingLevel={4} />
                </div>
              ))}
            </div>
          </section>
          {between ? <AgreementsBetweenSection between={between} names={{ a: routes[0].organisation.name, b: routes[1].organisation.name }} /> : null}
        </>
      ) : null}
    </>
  );
}
