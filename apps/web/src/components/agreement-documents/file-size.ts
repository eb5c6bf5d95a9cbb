const oneDecimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 0 });

/** "0,7 kB", "412 kB", "3,4 MB": kB below one MB, never "0 kB" for a file that has content. */
export function fileSize(bytes: number, units: { kb: string; mb: string }): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return units.mb.replace("{n}", oneDecimal.format(bytes / mb));
  const kb = Math.max(bytes / 1024, 0.1);
  return units.kb.replace("{n}", oneDecimal.format(kb >= 10 ? Math.round(kb) : kb));
}
