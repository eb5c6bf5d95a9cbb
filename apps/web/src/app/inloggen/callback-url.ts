/** Only same-site paths: an absolute or protocol-relative URL would be an open redirect. */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value) return "/";
  let path = value;
  try {
    // next-auth passes absolute URLs of our own origin; keep only the path.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    }
  } catch {
    return "/";
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.startsWith("/inloggen")) return "/";
  return path;
}
