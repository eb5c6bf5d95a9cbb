import Link from "next/link";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { clauseNames, pairsLackingClauses, pairsWithoutAgreement } from "./coverage-view";

const t = messages.convenantenDekking.matrix;

type Matrix = RouterOutputs["agreementCoverage"]["matrix"];

/**
 * The matrix again as two lists, for screen readers and small screens: the pairs without an
 * agreement (grouped per organisation, each pair once) and the covered pairs that miss clauses.
 */
export function CoveragePairLists({ matrix }: { matrix: Matrix }) {
  const without = pairsWithoutAgreement(matrix.organisations, matrix.pairs);
  const withoutCount = without.reduce((sum, group) => sum + group.without.length, 0);
  const lacking = pairsLackingClauses(matrix.organisations, matrix.pairs);

  return (
    <div className="mt-10 grid gap-10">
      <section aria-labelledby="zonder-afspraak-kop">
        <h2 id="zonder-afspraak-kop" className="mb-2 text-2xl">
          {t.withoutHeading}
        </h2>
        {withoutCount === 0 ? (
          <p>{t.withoutNone}</p>
        ) : (
          <>
            <p className="mb-3">{format(t.withoutCount, { count: withoutCount })}</p>
            <details className="border-2 border-line">
              <summary className="cursor-pointer bg-surface px-4 py-3 font-semibold">{t.withoutShow}</summary>
              <ul className="grid gap-3 p-4">
                {without.map((group) => (
                  <li key={group.organisation.id}>
                    <Link href={`/sociale-kaart/${group.organisation.slug}`} className="font-semibold">
                      {group.organisation.name}
                    </Link>{" "}
                    — {t.withoutItem}: {group.without.map((other) => other.name).join(", ")}
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="ontbrekend-kop">
        <h2 id="ontbrekend-kop" className="mb-2 text-2xl">
          {t.lackingHeading}
        </h2>
        {lacking.length === 0 ? (
          <p>{t.lackingNone}</p>
        ) : (
          <>
            <p className="mb-3">{format(t.lackingCount, { count: lacking.length })}</p>
            <ul className="grid gap-4">
              {lacking.map(({ a, b, pair }) => (
                <li key={`${a.id}|${b.id}`} className="border-l-4 border-ink bg-surface p-3">
                  <p className="font-semibold">
                    <span aria-hidden="true">! </span>
                    {format(t.pair, { a: a.name, b: b.name })}
                  </p>
                  <p>
                    {t.agreements}:{" "}
                    {pair.agreements.map((agreement, index) => (
                      <span key={agreement.id}>
                        {index > 0 ? ", " : null}
                        <Link href={`/convenanten/${agreement.id}`}>{agreement.title}</Link>
                      </span>
                    ))}
                  </p>
                  <p>{t.missing}:</p>
                  <ul className="ml-6 list-disc">
                    {clauseNames(matrix.clauses, pair.lacks).map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
