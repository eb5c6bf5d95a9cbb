import { SOURCES, type LegalStatement, type SourceId } from "@kk/legal";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.bronnen;

/**
 * One source on "Bronnen en verantwoording": its details, where the world moved on, and every
 * catalogue statement that cites it with the section and the literal quote (open, not folded: this
 * is the page a reviewer reads).
 */
export function SourceSection({ sourceId, statements }: { sourceId: SourceId; statements: readonly LegalStatement[] }) {
  const source = SOURCES[sourceId];
  const headingId = `bron-${sourceId}`;
  return (
    <section aria-labelledby={headingId} className="mb-10 border-t-2 border-line pt-6" data-testid="source-section">
      <h3 id={headingId} className="mb-3 text-xl">
        {sourceId}. {source.title}
      </h3>
      <dl className="mb-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.sources.author}</dt>
        <dd className="mb-2 sm:mb-0">{source.author}</dd>
        <dt className="font-semibold">{t.sources.published}</dt>
        <dd className="mb-2 sm:mb-0">{source.published}</dd>
        <dt className="font-semibold">{t.sources.dating}</dt>
        <dd className="mb-2 sm:mb-0">{source.dating}</dd>
        <dt className="font-semibold">{t.sources.file}</dt>
        <dd className="mb-2 break-all sm:mb-0">
          <code>{source.file}</code>
        </dd>
      </dl>
      <h4 className="mb-2 text-lg">{t.sources.movedOn}</h4>
      {source.movedOn.length === 0 ? (
        <p className="mb-4">{t.sources.movedOnNone}</p>
      ) : (
        <ul className="mb-4 list-disc space-y-1 pl-6">
          {source.movedOn.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <h4 className="mb-2 text-lg">
        {t.statements.heading}: {format(t.statements.count, { count: statements.length })}
      </h4>
      {statements.length === 0 ? (
        <p>{t.statements.none}</p>
      ) : (
        <ul className="space-y-6">
          {statements.map((statement) => (
            <li key={statement.id} data-testid="catalogue-statement" className="max-w-3xl">
              <p>{statement.text}</p>
              <p className="mt-1 text-sm text-ink-muted">
                {t.statements.id}: <code>{statement.id}</code>
              </p>
              {statement.sources
                .filter((ref) => ref.source === sourceId)
                .map((ref, index) => (
                  <div key={index} className="mt-2 border-l-4 border-line pl-3">
                    <p className="text-sm">
                      <span className="font-semibold">{t.statements.section}:</span> {ref.section}
                    </p>
                    <blockquote className="italic" lang="nl">
                      “{ref.quote}”
                    </blockquote>
                  </div>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
