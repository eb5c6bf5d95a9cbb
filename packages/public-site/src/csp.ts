import { createHash } from "node:crypto";
import { QUICK_EXIT_SCRIPT } from "./quick-exit.ts";
import { PUBLIC_CSS } from "./styles.ts";

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The Content-Security-Policy of every public page: nothing may load from anywhere but this site,
 * and the only script and stylesheet are the two inline constants, allowed by their hashes rather
 * than a per-request nonce, so a page can be cached and served again unchanged (ADR 0028). The
 * JSON-LD block is data, not script, and is never executed.
 */
export const PUBLIC_CSP = [
  "default-src 'none'",
  `script-src ${sha256(QUICK_EXIT_SCRIPT)}`,
  `style-src ${sha256(PUBLIC_CSS)}`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");
