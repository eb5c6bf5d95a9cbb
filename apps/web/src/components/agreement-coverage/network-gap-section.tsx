import Link from "next/link";
import { formatDutchDate } from "@/components/organisation/format-date";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { sectorLabel } from "./sector-label";

const t = messages.convenantenDekking.gaps;

type GapRow = RouterOutputs["networkGaps"]["list"]["rows"][number];

interface Props {
  id: string;
  heading: string;
  intro: string;
  total: number;
  rows: readonly GapRow[];
  /** Show when the organisation was last confirmed (the "not verified recently" list). */
  showVerified?: boolean;
  /** Organisation ids the viewer may edit: those get a "Wijzigen" link. */
  canEdit: (row: GapRow) => boolean;
}

/** One kind of gap: heading with the count, then the organisations as a list that reads on a phone. */
export function NetworkGapSection({ id, heading, intro, total, rows, showVerified = false, canEdit }: Props) {
  // The API orders by number of gaps; within one kind of gap, by name is easier to scan.
  const sorted = [...rows].sort((x, y) => x.name.localeCompare(y.name, "nl"));
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-1 text-2xl">
        {heading} <span className="text-ink-muted">({total === 1 ? t.countOne : format(t.count, { count: total })})</span>
      </h2>
      <p className="mb-4 max-w-3xl">{intro}</p>
      {total === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <ul className="grid gap-2 md:grid-cols-2">
            {sorted.map((row) => (
              <li key={row.id} className="border-2 border-line p-3">
                <p>
                  <Link href={`/sociale-kaart/${row.slug}`} className="font-semibold">
                    {row.name}
                  </Link>
                </p>
                <p className="text-ink-muted">
                  {row.type} · {sectorLabel(row.sector)}
                  {showVerified ? (
                    <>
                      {" · "}
                      {row.verifiedAt ? format(t.lastVerified, { date: formatDutchDate(row.verifiedAt) }) : t.neverVerified}
                    </>
                  ) : null}
                </p>
                {canEdit(row) ? (
                  <p>
                    <Link href={`/sociale-kaart/${row.slug}/bewerken`}>
                      {t.edit}
                      <span className="sr-only"> {format(t.editLabel, { name: row.name })}</span>
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {rows.length < total ? <p className="mt-2 text-ink-muted">{format(t.moreRows, { shown: rows.length, total })}</p> : null}
        </>
      )}
    </section>
  );
}
