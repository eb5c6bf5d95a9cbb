import pg from "pg";

/*
 * The audit log's hash chain (docs/adr/0016-append-only-audit-log.md). The database computes
 * every hash itself: the trigger "AuditEvent_chain" (migration audit_log_append_only) takes an
 * advisory lock, reads the last event's hash and stores prevHash and hash on the new row, with
 * the SQL function audit_event_hash. The verifier recomputes each hash with that same function
 * and checks each link, in id order (ids are assigned under the same lock, so id order is chain
 * order).
 */

export type AuditChainProblem = "hash-mismatch" | "broken-link" | "missing-hash";

export interface AuditChainBreak {
  /** The first event that does not verify. */
  id: bigint;
  problem: AuditChainProblem;
  /** Human-readable explanation, for the CLI. */
  detail: string;
}

export interface AuditChainReport {
  events: number;
  /** The first broken link, or null when the whole chain verifies. */
  firstBreak: AuditChainBreak | null;
}

interface Row {
  id: string;
  prevHash: string | null;
  hash: string | null;
  expected: string;
}

const PAGE = 5000;

/** Walks the whole chain on `url` and reports the first event that does not verify. */
export async function verifyAuditChain(url: string): Promise<AuditChainReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let events = 0;
    let previousHash: string | null = null;
    let afterId = "-1";
    for (;;) {
      const { rows }: { rows: Row[] } = await client.query(
        `select e.id::text as id, e."prevHash", e.hash,
                audit_event_hash(e."prevHash", e.at, e."actorEmail", e.action, e."entityType", e."entityId", e.before, e.after) as expected
           from "AuditEvent" e where e.id > $1::bigint order by e.id limit ${PAGE}`,
        [afterId],
      );
      for (const row of rows) {
        const id = BigInt(row.id);
        if (row.hash === null) {
          return { events, firstBreak: { id, problem: "missing-hash", detail: `event ${row.id} has no hash` } };
        }
        if (row.prevHash !== previousHash) {
          return {
            events,
            firstBreak: {
              id,
              problem: "broken-link",
              detail: `event ${row.id} points to previous hash ${row.prevHash ?? "(none)"}, but the event before it has ${previousHash ?? "(none)"}: an event was removed or inserted`,
            },
          };
        }
        if (row.hash !== row.expected) {
          return {
            events,
            firstBreak: { id, problem: "hash-mismatch", detail: `event ${row.id} does not match its hash: its content was changed after it was written` },
          };
        }
        previousHash = row.hash;
        events += 1;
      }
      if (rows.length < PAGE) return { events, firstBreak: null };
      afterId = rows[rows.length - 1]!.id;
    }
  } finally {
    await client.end();
  }
}
