import { SOURCES, statementById, type LegalStatement } from "@kk/legal";
import * as messages from "@/messages/catalogue";

const t = messages.bronnen.statements;

/**
 * The source of a legal statement, folded: seed title, section and the literal quote. A `<details>`
 * element, so it opens without JavaScript and prints closed (issue 13: every legal sentence shows
 * its source).
 */
export function SourceRefs({ statement, open = false }: { statement: LegalStatement; open?: boolean }) {
  return (
    <details className="mt-2 border-l-4 border-line pl-3" open={open}>
      <summary className="cursor-pointer font-semibold text-link underline">{t.showQuote}</summary>
      <ul className="mt-2 space-y-3">
        {statement.sources.map((ref, index) => (
          <li key={index}>
            <p className="text-sm text-ink-muted">
              {SOURCES[ref.source].title} ({ref.source}) — {t.section}: {ref.section}
            </p>
            <blockquote className="mt-1 italic" lang="nl">
              “{ref.quote}”
            </blockquote>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The source of the catalogue statement `id` (e.g. the Model's clause 1b in the agreement checklist); nothing for an unknown id. */
export function StatementSource({ id }: { id: string | undefined }) {
  const statement = id ? statementById(id) : undefined;
  return statement ? <SourceRefs statement={statement} /> : null;
}
