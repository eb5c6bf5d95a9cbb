import { CLAUSE_CATALOGUE } from "@kk/api/schemas";
import { pairStatement, type PairStatementId } from "@kk/legal";
import Link from "next/link";
import { AgreementSummaryList } from "@/components/agreement-coverage/agreement-summary-list";
import { Notice } from "@/components/ui/notice";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { Statement } from "./legal-statement";

const t = messages.magIkDelenPaar;

type Agreement = RouterOutputs["sharing"]["compare"]["agreement"];
type ClauseKey = NonNullable<Agreement["inForce"]>["clauses"][number]["key"];
type AnswerTerm = RouterOutputs["sharing"]["compare"]["answerTerm"];

/** What the Model (003) or the toolKID (001) says each of these clauses should settle. */
const MODEL_STATEMENT: Record<ClauseKey, PairStatementId> = {
  "4": "pair.agreement.clause-4",
  "5": "pair.agreement.clause-5",
  "6": "pair.agreement.clause-6",
  reactietermijn: "pair.agreement.response-term",
  escalatie: "pair.agreement.escalation",
};

function clauseTitle(key: string): string {
  const entry = CLAUSE_CATALOGUE.find((c) => c.key === key);
  return entry ? `${entry.code === entry.key ? `${entry.key}. ` : ""}${entry.title}` : key;
}

/** The agreement in force between the two, with the clauses that matter for sharing; or "geen afspraak". */
export function PairAgreement({ agreement, answerTerm, names }: { agreement: Agreement; answerTerm: AnswerTerm; names: { a: string; b: string } }) {
  const inForce = agreement.inForce;
  return (
    <section aria-labelledby="afspraak-kop" className="mt-10" data-testid="afspraak">
      <h2 id="afspraak-kop" className="mb-4 text-2xl">
        {t.agreementHeading}
      </h2>
      {inForce ? (
        <>
          <p className="mb-3 text-lg">
            <span className="font-semibold">{t.agreementInForce} </span>
            <Link href={`/convenanten/${inForce.id}`}>{inForce.title}</Link>
          </p>
          <h3 className="mb-2 text-xl">{t.agreementClausesCaption}</h3>
          <ul className="space-y-4">
            {inForce.clauses.map((clause) => (
              <li key={clause.key} className="border-2 border-line p-3">
                <p className="font-bold">{clauseTitle(clause.key)}</p>
                <p>
                  <span className="font-semibold">{t.agreementCoverage}: </span>
                  {t.coverage[clause.coverage ?? "NONE"]}
                  {clause.reference ? ` — ${clause.reference}` : null}
                </p>
                {clause.key === "reactietermijn" ? (
                  <p data-testid="reactietermijn">
                    {answerTerm.source === "AGREEMENT" && answerTerm.agreement
                      ? format(t.answerTermAgreed, { days: String(answerTerm.workingDays), agreement: answerTerm.agreement.title })
                      : format(t.answerTermDefault, { days: String(answerTerm.workingDays) })}
                  </p>
                ) : null}
                <p className="mt-1 font-semibold">{t.agreementModel}:</p>
                <Statement statement={pairStatement(MODEL_STATEMENT[clause.key])} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Notice tone="warning">
          <p className="font-semibold">{format(t.agreementNone, names)}</p>
          <p className="mt-2">
            {t.agreementNoneHint} <Link href="/convenanten/dekking">{t.agreementToMatrix}</Link>.
          </p>
        </Notice>
      )}
      {agreement.agreements.length > 0 ? (
        <div className="mt-6">
          <h3 className="mb-2 text-xl">{t.agreementOthers}</h3>
          <AgreementSummaryList agreements={agreement.agreements} headingLevel={4} showParties={false} />
        </div>
      ) : null}
    </section>
  );
}
