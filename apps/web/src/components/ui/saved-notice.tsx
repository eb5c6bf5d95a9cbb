import { Notice } from "@/components/ui/notice";

/**
 * The confirmation after a create or edit form redirects back to the detail page with
 * `?opgeslagen=nieuw` (created) or `?opgeslagen=1` (saved); nothing for any other value.
 */
export function SavedNotice({ opgeslagen, created, saved }: { opgeslagen: string | undefined; created: string; saved: string }) {
  if (opgeslagen !== "nieuw" && opgeslagen !== "1") return null;
  return (
    <Notice tone="success" role="status">
      <p className="font-semibold">{opgeslagen === "nieuw" ? created : saved}</p>
    </Notice>
  );
}
