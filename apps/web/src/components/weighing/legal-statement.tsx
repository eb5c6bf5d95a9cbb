import { SOURCES, type LegalStatement, type SourceRef } from "@kk/legal";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.afwegen;

/** One legal sentence with its source: seed title and section always visible, the literal quote in a disclosure. */
export function LegalStatementView({ statement, expanded = false }: { statement: LegalStatement; expanded?: boolean }) {
  if (expanded) return <ExpandedStatement statement={statement} />;
  return (
    <div className="mb-4" data-statement={statement.id}>
      <p>{statement.text}</p>
      {groupBySection(statement.sources).map((group) => (
        <details key={`${group.source}-${group.section}`} className="mt-1 text-base text-ink-muted">
          <summary>{format(t.sourceSummary, { title: SOURCES[group.source].title, section: group.section })}</summary>
          {group.quotes.map((quote) => (
            <blockquote key={quote} className="mt-1 border-l-4 border-line pl-3 italic" lang="nl">
              <span className="sr-only">{t.sourceQuote}: </span>“{quote}”
            </blockquote>
          ))}
        </details>
      ))}
    </div>
  );
}

/** Quotes from the same source and section under one disclosure, in the order given. */
function groupBySection(refs: readonly SourceRef[]): Array<{ source: SourceRef["source"]; section: string; quotes: string[] }> {
  const groups: Array<{ source: SourceRef["source"]; section: string; quotes: string[] }> = [];
  for (const ref of refs) {
    const group = groups.find((g) => g.source === ref.source && g.section === ref.section);
    if (group) group.quotes.push(ref.quote);
    else groups.push({ source: ref.source, section: ref.section, quotes: [ref.quote] });
  }
  return groups;
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
