import type { Sector } from "@kk/db";
import { Table, Td, Th } from "@/components/ui/table";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliers.detail;

interface Row {
  sector: Sector;
  target: number;
  registered: number;
  waitlist: number;
  shortfall: number;
}

const ROW_HEADER = "border-b border-line px-2 py-3 text-left align-top font-semibold";

/** Target against registrations per sector, for the coordinator (meeting.participants). */
export function SectorMixTable({ rows }: { rows: readonly Row[] }) {
  return (
    <section aria-labelledby="sectormix" className="mt-10 max-w-3xl">
      <h2 id="sectormix" className="mb-2 text-2xl">
        {t.sectorMixHeading}
      </h2>
      <p className="mb-3">{t.sectorMixIntro}</p>
      {rows.length === 0 ? (
        <p>{t.sectorMixEmpty}</p>
      ) : (
        <Table
          caption={t.sectorMixCaption}
          captionHidden
          head={
            <>
              <Th>{t.sectorMixColumns.sector}</Th>
              <Th className="text-right">{t.sectorMixColumns.target}</Th>
              <Th className="text-right">{t.sectorMixColumns.registered}</Th>
              <Th className="text-right">{t.sectorMixColumns.waitlist}</Th>
              <Th className="text-right">{t.sectorMixColumns.shortfall}</Th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.sector} data-testid={`sector-mix-${row.sector}`}>
              <th scope="row" className={ROW_HEADER}>
                {messages.areas.sectors[row.sector]}
              </th>
              <Td className="text-right">{row.target}</Td>
              <Td className="text-right">{row.registered}</Td>
              <Td className="text-right">{row.waitlist}</Td>
              <Td className={`text-right ${row.shortfall > 0 ? "font-semibold" : ""}`}>{row.shortfall > 0 ? row.shortfall : t.noShortfall}</Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
