import { SOURCES, type LegalStatement } from "@kk/legal";
import { format, messages } from "@/messages";

const t = messages.afwegen;

/** One legal sentence with its source: seed title and section always visible, the literal quote in a disclosure. */
export function LegalStatementView({ statement, expanded = false }: { statement: LegalStatement; expanded?: boolean }) {
  if (expanded) return <ExpandedStatement statement={statement} />;
  return (
    <div className="mb-4" data-statement={statement.id}>
      <p>{statement.text}</p>
      {statement.sources.map((ref, index) => (
        <details key={`${ref.source}-${index}`} className="mt-1 text-base text-ink-muted">
          <summary>{format(t.sourceSummary, { title: SOURCES[ref.source].title, section: ref.section })}</summary>
          <blockquote className="mt-1 border-l-4 border-line pl-3 italic" lang="nl">
            <span className="sr-only">{t.sourceQuote}: </span>“{ref.quote}”
          </blockquote>
        </details>
      ))}
    </div>
  );
}

/** On the record (paper): the quotes written out, since a closed disclosure does not print. */
function ExpandedStatement({ statement }: { statement: LegalStatement }) {
  return (
    <div className="mb-3 break-inside-avoid" data-statement={statement.id}>
      <p>{statement.text}</p>
      <ul className="mt-1 list-none text-base text-ink-muted">
        {statement.sources.map((ref, index) => (
          <li key={`${ref.source}-${index}`}>
            {format(t.sourceSummary, { title: SOURCES[ref.source].title, section: ref.section })}: <q lang="nl">{ref.quote}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LegalStatementList({ statements, expanded = false }: { statements: readonly LegalStatement[]; expanded?: boolean }) {
  return (
    <>
      {statements.map((statement) => (
        <LegalStatementView key={statement.id} statement={statement} expanded={expanded} />
      ))}
    </>
  );
}
