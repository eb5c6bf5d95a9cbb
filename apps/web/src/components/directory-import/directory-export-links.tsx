import * as messages from "@/messages/catalogue";

const t = messages.directoryImport;

/** Download links for the sociale kaart export (route handler /api/sociale-kaart/export). */
export function DirectoryExportLinks() {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2" aria-label={t.exportHeading}>
      <li>
        <a href="/api/sociale-kaart/export?format=csv" download>
          {t.exportCsv}
        </a>
      </li>
      <li>
        <a href="/api/sociale-kaart/export?format=xlsx" download>
          {t.exportXlsx}
        </a>
      </li>
      <li>
        <a href="/api/sociale-kaart/export?format=json" download>
          {t.exportJson}
        </a>
      </li>
    </ul>
  );
}
