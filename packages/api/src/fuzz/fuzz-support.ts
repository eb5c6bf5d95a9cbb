import type { Db } from "@kk/db";

const KEY_COLUMNS = ["id", "slug", "code", "key"];
const PER_COLUMN = 25;

/**
 * Ids, slugs, codes and keys that exist in the database (every table that has such a text
 * column), for the generator to mix into generated strings: a fuzzed call with an id that exists
 * gets past "not found" into the procedure.
 */
export async function knownStringsIn(db: Db): Promise<string[]> {
  const columns = await db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = ANY($1) AND data_type = 'text' AND table_name NOT LIKE '\\_%'
      ORDER BY table_name, column_name`,
    KEY_COLUMNS,
  );
  const found = new Set<string>();
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await db.$queryRawUnsafe<{ value: string }[]>(
      `SELECT DISTINCT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL ORDER BY 1 LIMIT ${PER_COLUMN}`,
    );
    for (const row of rows) found.add(row.value);
  }
  return [...found].sort();
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
