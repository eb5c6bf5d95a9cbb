/**
 * `attachment` with an ASCII fallback name and the real name in RFC 5987 `filename*`, so
 * "Convenant Zorg & Veiligheid – versie 2.pdf" arrives intact and nothing in the name can break
 * out of the header (quotes, semicolons, line breaks).
 */
export function contentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._ -]/g, "_")
      .replace(/\s+/g, " ")
      .trim() || "document.pdf";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
