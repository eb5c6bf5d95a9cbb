import { messages } from "@/messages";

const t = messages.dashboardCijfers;

/** The CSV download of a section (a plain link: the route answers with an attachment). */
export function CsvLink({ href }: { href: string }) {
  return (
    <p className="mb-8">
      <a href={href} download>
        {t.csv}
      </a>
      <span className="block text-base text-ink-muted">{t.csvHint}</span>
    </p>
  );
}
