import { CLAUSE_CATALOGUE } from "@kk/api/schemas";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { AgreementSummaryList } from "./agreement-summary-list";
import { clauseNames } from "./coverage-view";

const t = messages.convenantenDekking.between;

type Between = RouterOutputs["agreementCoverage"]["between"];

interface Props {
  between: Between;
  names: { a: string; b: string };
}

/**
 * "Afspraken tussen deze organisaties" on the Escalatie page: whether an agreement in force
 * covers the pair, which model clauses it leaves out, and every agreement between the two the
 * reader may see (concepts only for coordinators and parties, agreement-access.ts).
 */
export function AgreementsBetweenSection({ between, names }: Props) {
  const missing = clauseNames(CLAUSE_CATALOGUE, between.lacks);
  return (
    <section aria-labelledby="afspraken-kop" className="mt-10">
      <h2 id="afspraken-kop" className="mb-4 text-2xl">
        {t.heading}
      </h2>
      {between.covered ? (
        <Notice tone="success">
          <p className="font-semibold">
            <span aria-hidden="true">✓ </span>
            {format(t.covered, names)}
          </p>
          {missing.length > 0 ? (
            <>
              <p className="mt-2">{t.coveredLacks}</p>
              <ul className="ml-6 list-disc">
                {missing.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-2">{t.coveredComplete}</p>
          )}
        </Notice>
      ) : (
        <Notice tone="warning">
          <p className="font-semibold">
            <span aria-hidden="true">✗ </span>
            {format(t.none, names)}
          </p>
          <p className="mt-2">
            {t.noneHint} <Link href="/convenanten/dekking">{t.toMatrix}</Link>
          </p>
        </Notice>
      )}
      {between.agreements.length > 0 ? <AgreementSummaryList agreements={between.agreements} /> : null}
    </section>
  );
}
