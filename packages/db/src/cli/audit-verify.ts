// `npm run audit:verify`: walk the audit log's hash chain on DATABASE_URL (or the embedded dev
// database) and report the first broken link; exit code 1 when the chain does not verify.
import { verifyAuditChain } from "../audit-chain.ts";
import { openAppDatabase } from "../dev-database.ts";

const database = await openAppDatabase();
try {
  const report = await verifyAuditChain(database.url);
  if (report.firstBreak) {
    console.error(`Audit log chain BROKEN after ${report.events} verified event(s): ${report.firstBreak.detail}.`);
    process.exitCode = 1;
  } else {
    console.log(`Audit log chain verified: ${report.events} event(s), no broken link.`);
  }
} finally {
  await database.stop();
}
