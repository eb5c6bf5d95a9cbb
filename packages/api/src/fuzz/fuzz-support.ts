import type { Db } from "@kk/db";

const KEY_COLUMNS = ["id", "slug", "code", "key"];
const PER_COLUMN = 25;

/** Ids, slugs, codes and keys that exist, by table and column. */
export interface KnownValues {
  /** Everything, for any string. */
  all: string[];
  /** table name → column → values. */
  byTable: Map<string, Map<string, string[]>>;
}

/**
 * Ids, slugs, codes and keys that exist in the database (every table that has such a text
 * column), for the generator to mix into generated strings: a fuzzed call with an id that exists
 * gets past "not found" into the procedure.
 */
export async function knownValuesIn(db: Db): Promise<KnownValues> {
  const columns = await db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = ANY($1) AND data_type = 'text' AND table_name NOT LIKE '\\_%'
      ORDER BY table_name, column_name`,
    KEY_COLUMNS,
  );
  const all = new Set<string>();
  const byTable = new Map<string, Map<string, string[]>>();
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await db.$queryRawUnsafe<{ value: string }[]>(
      `SELECT DISTINCT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL ORDER BY 1 LIMIT ${PER_COLUMN}`,
    );
    if (rows.length === 0) continue;
    const values = rows.map((row) => row.value);
    for (const value of values) all.add(value);
    const byColumn = byTable.get(table) ?? new Map<string, string[]>();
    byColumn.set(column, values);
    byTable.set(table, byColumn);
  }
  return { all: [...all].sort(), byTable };
}

/** "meetingOutcome.setActionStatus" → ["meeting", "outcome", "set", "action", "status"]. */
function wordsOf(text: string): string[] {
  return text
    .split(/[^A-Za-z0-9]+|(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);
}

/**
 * The existing values most likely meant for `key` in procedure `path`: for `organisationId` the
 * ids of Organisation (and of tables ending in "Organisation"), for `id` the ids of the tables
 * named in the procedure's path (`meetingOutcome.setActionStatus`: Meeting, MeetingAction, …),
 * for `slug` and `code` those columns. Empty when nothing fits.
 */
export function knownValuesFor(known: KnownValues, path: string, key: string): string[] {
  const column = /slug/i.test(key) ? "slug" : /code/i.test(key) ? "code" : /key/i.test(key) ? "key" : "id";
  const keyWords = wordsOf(key.replace(/(Ids?|Slug|Code|Key)$/, "")).filter((word) => !["id", "ids", "slug", "code", "key"].includes(word));
  const wanted = new Set(keyWords.length > 0 ? keyWords.slice(-1) : wordsOf(path));
  const out: string[] = [];
  for (const [table, byColumn] of known.byTable) {
    const last = wordsOf(table).at(-1) ?? "";
    if (wanted.has(last) || wanted.has(table.toLowerCase())) out.push(...(byColumn.get(column) ?? []));
  }
  return out;
}

/** An input for a failure report: long strings shortened, everything else as JSON shows it. */
export function preview(input: unknown): string {
  const text = JSON.stringify(input, (_key, value: unknown) => {
    if (typeof value === "string" && value.length > 120) return `${value.slice(0, 40)}… (${value.length} characters)`;
    if (typeof value === "number" && !Number.isFinite(value)) return String(value);
    if (typeof value === "bigint") return `${value}n`;
    if (value instanceof Map || value instanceof Set) return { [value.constructor.name]: [...value] };
    return value;
  });
  if (input === undefined) return "undefined";
  return text.length > 2000 ? `${text.slice(0, 2000)}… (${text.length} characters)` : text;
}
