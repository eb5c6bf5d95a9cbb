import { SOURCES, type LegalStatement } from "@kk/legal";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.informatieverzoek;

/**
 * A legal sentence with its source beside it (issue 13: "every legal sentence shows its
 * source"): the statement's text, then a <details> with the source's title, section, date and a
 * literal quote. Works without JavaScript (native <details>).
 */
export function LegalStatementText({ statement }: { statement: LegalStatement }) {
  return (
    <div data-statement={statement.id}>
      <p>{statement.text}</p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-link underline">{t.source}</summary>
        <ul className="mt-1 grid gap-2 border-l-4 border-line pl-3">
          {statement.sources.map((ref, index) => {
            const source = SOURCES[ref.source];
            return (
              <li key={`${ref.source}-${index}`}>
                <p>
                  {format(t.sourceOf, { title: source.title, section: ref.section })} ({format(t.published, { published: source.published })})
                </p>
                <blockquote className="mt-1 italic" lang="nl">
                  “{ref.quote}”
                </blockquote>
                {source.movedOn.length > 0 ? (
                  <p className="mt-1 text-ink-muted">
                    {t.movedOn} {source.movedOn.join(" ")}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
