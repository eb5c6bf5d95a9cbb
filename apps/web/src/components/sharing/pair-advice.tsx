import { PAIR_VERDICT_TITLES, pairStatement, type PairCase } from "@kk/legal";
import type { RouterOutputs } from "@/lib/trpc/types";
import * as messages from "@/messages/catalogue";
import { Statement } from "./legal-statement";

const t = messages.magIkDelenPaar;

type Advice = RouterOutputs["sharing"]["compare"]["advice"];

/**
 * Acute danger and the conflict of duties: always the first thing the page says, before any
 * verdict (000 §1.2, Considerati's order; 002 "melden, mits").
 */
export function AcuteDanger({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="acuut-kop" className="mb-8 border-l-8 border-danger bg-error-bg p-4 sm:p-6" data-testid="acuut-gevaar">
      <Heading id="acuut-kop" className="text-xl">
        {t.acuteHeading}
      </Heading>
      <Statement statement={pairStatement("pair.acute-danger")} className="mt-2" />
      <p className="mt-3 max-w-3xl text-lg font-bold">{t.acuteCall}</p>
      <p className="max-w-3xl text-ink-muted">{t.acuteNumbersNote}</p>
      <Statement statement={pairStatement("pair.conflict-of-duties")} className="mt-4" />
    </section>
  );
}

function conditionLabel(c: PairCase): string | null {
  const parts: string[] = [];
  if (c.order !== null) parts.push(c.order ? t.conditions.orderYes : t.conditions.orderNo);
  if (c.supervision !== null) parts.push(c.supervision ? t.conditions.supervisionYes : t.conditions.supervisionNo);
  return parts.length === 0 ? null : `${t.conditionPrefix}${parts.join(t.conditionJoin)}`;
}

/** The verdict for the pair: the conditions it is split on, each case, and the meldrecht reminder. */
export function PairVerdicts({ advice }: { advice: Advice }) {
  return (
    <section aria-labelledby="advies-kop" className="mt-8 border-l-8 border-brand bg-info-bg p-4 sm:p-6" data-testid="oordeel">
      <h3 id="advies-kop" className="text-xl">
        {t.adviceHeading}
      </h3>
      {advice.conditions.length > 0 ? (
        <div className="mt-2">
          <p className="font-semibold">{t.conditionsIntro}</p>
          {advice.conditions.map((id) => (
            <Statement key={id} statement={pairStatement(id)} className="mt-1" />
          ))}
        </div>
      ) : null}
      {advice.cases.map((c) => {
        const label = conditionLabel(c);
        return (
          <div key={`${String(c.order)}-${String(c.supervision)}`} className="mt-4 border-t-2 border-brand pt-3">
            {label ? <h4 className="text-lg font-bold">{label}</h4> : null}
            <p className="text-lg font-bold" data-verdict={c.verdict}>
              {PAIR_VERDICT_TITLES[c.verdict]}
            </p>
            {c.statements.map((id) => (
              <Statement key={id} statement={pairStatement(id)} className="mt-1" />
            ))}
            {c.recordWeighing ? <Statement statement={pairStatement("pair.record-weighing")} className="mt-2 font-semibold" /> : null}
          </div>
        );
      })}
      {advice.meldrechtReminder ? <Statement statement={pairStatement("pair.meldrecht-reminder")} className="mt-4 border-t-2 border-brand pt-3" /> : null}
    </section>
  );
}
