/**
 * The form POST next-auth's endpoints expect from a browser (the CSRF token from /api/auth/csrf,
 * then the fields with `json: true`), shared by ./auth-client.ts (signing in) and ./auth-sign-out.ts.
 */
const AUTH = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH}/csrf`, { headers: { "Content-Type": "application/json" } });
  const body = (await response.json()) as { csrfToken?: string };
  return body.csrfToken ?? "";
}

export async function postForm(path: string, fields: Record<string, string>, callbackUrl: string): Promise<{ response: Response; url: string }> {
  const response = await fetch(`${AUTH}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), callbackUrl, json: "true" }),
  });
  const body = (await response.json()) as { url?: string };
  return { response, url: body.url ?? callbackUrl };
}

export function go(url: string): void {
  window.location.href = url;
  // A URL with a hash does not reload the page by itself.
  if (url.includes("#")) window.location.reload();
}
