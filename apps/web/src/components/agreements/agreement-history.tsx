import type { AgreementStatus } from "@kk/db";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenRegistry.detail;
const labels = messages.convenanten;
const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export interface AgreementHistoryEntry {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  fromStatus: AgreementStatus | null;
  toStatus: AgreementStatus | null;
}

/** Who changed what and when, newest first (the audit log of this agreement). */
export function AgreementHistory({ entries }: { entries: readonly AgreementHistoryEntry[] }) {
  return (
    <section aria-labelledby="geschiedenis" className="mt-10 max-w-3xl">
      <h2 id="geschiedenis" className="mb-2 text-2xl">
        {t.historyHeading}
      </h2>
      {entries.length === 0 ? (
        <p className="text-ink-muted">{t.historyNone}</p>
      ) : (
        <ol className="border-l-4 border-line pl-4" data-testid="agreement-history">
          {entries.map((entry) => {
            const statusChange =
              entry.action !== "agreement.create" && entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus
                ? ` ${format(t.historyStatus, { from: labels.statuses[entry.fromStatus].toLowerCase(), to: labels.statuses[entry.toStatus].toLowerCase() })}`
                : "";
            return (
              <li key={entry.id} className="py-2">
                <p className="font-semibold">
                  {t.historyActions[entry.action] ?? t.historyOther}
                  {statusChange}
                </p>
                <p className="text-ink-muted">
                  {format(t.historyBy, { actor: entry.actorName ?? t.historyUnknownActor })}{" "}
                  <time dateTime={entry.at.toISOString()}>{dateTime.format(entry.at)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
