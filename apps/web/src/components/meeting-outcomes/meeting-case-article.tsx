import Link from "next/link";
import { formatDutchDate } from "@/components/organisation/format-date";
import { Notice } from "@/components/ui/notice";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.cases;

/** The warning above every case form: never anything that identifies a child or family. */
export function CaseWarning() {
  return (
    <Notice tone="warning" title={t.warningTitle}>
      <p>{t.warning}</p>
    </Notice>
  );
}

interface CaseItem {
  id: string;
  title: string;
  positions: string;
  facts: string;
  weighing: string;
  decision: string;
  authorName: string | null;
  createdAt: Date;
  canEdit: boolean;
}

const STEPS = ["positions", "facts", "weighing", "decision"] as const;

/** One case, read-only, in its four steps. */
export function MeetingCaseArticle({ meetingId, item }: { meetingId: string; item: CaseItem }) {
  const headingId = `casus-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="mb-8 border-l-4 border-line-strong pl-4" data-testid="meeting-case">
      <h3 id={headingId} className="text-xl break-words">
        {item.title}
      </h3>
      <p className="text-ink-muted">
        {item.authorName ? format(t.by, { name: item.authorName }) : t.byUnknown} ·{" "}
        <time dateTime={item.createdAt.toISOString()}>{formatDutchDate(item.createdAt)}</time>
      </p>
      <dl className="mt-2">
        {STEPS.filter((step) => item[step] !== "").map((step) => (
          <div key={step} className="mb-3">
            <dt className="font-semibold">{t.steps[step]}</dt>
            <dd className="ml-0 whitespace-pre-line break-words">{item[step]}</dd>
          </div>
        ))}
      </dl>
      {item.canEdit ? (
        <p>
          <Link href={`/werkateliers/${meetingId}/casus/${item.id}`}>
            {t.edit}
            <span className="sr-only">: {item.title}</span>
          </Link>
        </p>
      ) : null}
    </article>
  );
}
