import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { cellText } from "./format";

const t = messages.cijfersBeheer.delivery;

interface Cell {
  status: string;
  value: number | null;
  changed: boolean;
  previous: { status: string; value: number | null } | null;
}

/** One stored figure; a changed one says so in words (and with a thick border), with its earlier value. */
export function DeliveryCell({ cell }: { cell: Cell }) {
  const text = cellText(cell);
  const unknown = cell.status !== "VALUE";
  if (!cell.changed) {
    return <td className={`border-b border-line px-2 py-3 text-right tabular-nums ${unknown ? "text-ink-muted italic" : ""}`}>{text}</td>;
  }
  return (
    <td className="border-2 border-ink bg-focus/30 px-2 py-3 text-right tabular-nums" data-changed="true">
      <strong>{text}</strong>
      <span className="block text-sm">
        {t.changed}, {format(t.was, { value: cell.previous ? cellText(cell.previous) : messages.cijfersBeheer.labels.missing })}
      </span>
    </td>
  );
}
