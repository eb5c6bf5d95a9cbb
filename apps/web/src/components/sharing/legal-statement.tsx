import { SOURCES, type LegalStatement } from "@kk/legal";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.magIkDelenPaar;

/** The sources of a statement in a closed <details>: title, date and section, and the literal quote. */
export function StatementSources({ statement }: { statement: LegalStatement }) {
  return (
    <details className="mt-1 text-base">
      <summary className="cursor-pointer text-link underline">{statement.sources.length > 1 ? t.sources : t.source}</summary>
      <ul className="mt-2 space-y-2 border-l-4 border-line pl-3">
        {statement.sources.map((ref) => {
          const source = SOURCES[ref.source];
          return (
            <li key={`${ref.source}-${ref.quote}`}>
              <p className="text-ink-muted">{format(t.sourceOf, { title: source.title, published: source.published, section: ref.section })}</p>
              <blockquote className="italic" lang="nl">
                “{ref.quote}”
              </blockquote>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** One legal statement: its text, then its sources. */
export function Statement({ statement, className = "" }: { statement: LegalStatement; className?: string }) {
  return (
    <div className={`max-w-3xl ${className}`} data-statement={statement.id}>
      <p>{statement.text}</p>
      <StatementSources statement={statement} />
    </div>
  );
}
