import { Table, Td, Th } from "@/components/ui/table";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { AgreementDocumentUploadForm } from "./agreement-document-upload-form";
import { fileSize } from "./file-size";

const t = messages.convenantenDocumenten;
const calendarDate = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });

interface AgreementDocumentsProps {
  agreementId: string;
  /** Whether to show the upload form; the server checks the policy again on upload. */
  canUpload: boolean;
}

/**
 * "Documenten" on an agreement's page: every version of the agreement text, newest first, each
 * downloadable (a plain link to the route handler under /convenanten/[id]/documenten/[documentId]), and for the
 * coordinator a form to add a version.
 */
export async function AgreementDocuments({ agreementId, canUpload }: AgreementDocumentsProps) {
  const documents = await (await serverApi()).agreementDocument.list({ agreementId });
  return (
    <section aria-labelledby="documenten" className="mt-10">
      <h2 id="documenten" className="mb-2 text-2xl">
        {t.heading}
      </h2>
      <p className="mb-4 max-w-3xl">{t.intro}</p>
      {documents.length === 0 ? (
        <p className="mb-4 text-ink-muted">{t.none}</p>
      ) : (
        <Table
          caption={t.caption}
          head={
            <>
              <Th>{t.columns.version}</Th>
              <Th>{t.columns.date}</Th>
              <Th>{t.columns.fileName}</Th>
              <Th>{t.columns.size}</Th>
              <Th>{t.columns.uploadedBy}</Th>
              <Th>{t.columns.note}</Th>
              <Th>{t.columns.checksum}</Th>
              <Th>{t.columns.download}</Th>
            </>
          }
        >
          {documents.map((document) => (
            <tr key={document.id} data-testid={`document-versie-${document.versionNumber}`}>
              <Th scope="row" className="font-semibold">
                {format(t.versionLabel, { n: document.versionNumber })}
              </Th>
              <Td>
                {document.documentDate ? calendarDate.format(document.documentDate) : t.noDate}
                <br />
                <span className="text-sm text-ink-muted">{format(t.uploadedOn, { date: dateTime.format(document.createdAt) })}</span>
              </Td>
              <Td className="break-all">{document.fileName}</Td>
              <Td className="whitespace-nowrap" data-testid="document-grootte">
                {fileSize(document.sizeBytes, { kb: t.sizeKb, mb: t.sizeMb })}
              </Td>
              <Td>{document.uploadedBy?.name ?? t.unknownUploader}</Td>
              <Td className="max-w-xs whitespace-pre-line">{document.note}</Td>
              <Td>
                <details>
                  <summary className="cursor-pointer font-mono">
                    <span className="sr-only">{format(t.checksumFull, { n: document.versionNumber })}: </span>
                    {format(t.checksumShow, { short: document.sha256.slice(0, 12) })}
                  </summary>
                  <code className="block max-w-48 break-all text-sm" data-testid="document-sha256">
                    {document.sha256}
                  </code>
                </details>
              </Td>
              <Td className="whitespace-nowrap">
                <a href={`/convenanten/${agreementId}/documenten/${document.id}`} download>
                  {format(t.downloadLink, { n: document.versionNumber })}
                  <span className="sr-only">{format(t.downloadLinkHidden, { fileName: document.fileName })}</span>
                </a>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {canUpload ? <AgreementDocumentUploadForm agreementId={agreementId} /> : null}
    </section>
  );
}
