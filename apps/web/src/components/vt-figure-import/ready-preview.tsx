"use client";

import { CheckboxField } from "@/components/ui/forms/fields";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { format } from "@/messages";
import { CONFIRM_ID, numberFormat, t, type Preview } from "./wizard-shared";

/** Step 3 for a file that can be imported: what will be stored, and the tick for a new version. */
interface ReadyPreviewProps {
  preview: Extract<Preview, { stage: "READY" }>;
  busy: boolean;
  confirmed: boolean;
  confirmError: string | undefined;
  onConfirm: (value: boolean) => void;
  onCommit: () => void;
  onChangeMapping: () => void;
  onOtherFile: () => void;
}

export function ReadyPreview({ preview, busy, confirmed, confirmError, onConfirm, onCommit, onChangeMapping, onOtherFile }: ReadyPreviewProps) {
  const newVersions = preview.deliveries.filter((d) => d.action === "NEW_VERSION");
  return (
    <>
      <p className="mb-2">
        {format(preview.deliveries.length === 1 ? t.preview.summaryOne : t.preview.summary, {
          values: numberFormat.format(preview.valueCount),
          deliveries: preview.deliveries.length,
        })}
      </p>
      <p className="mb-4">{t.preview.replaceRule}</p>
      <Table
        caption={t.preview.caption}
        head={
          <>
            <Th>{t.preview.period}</Th>
            <Th>{t.preview.scope}</Th>
            <Th>{t.preview.action}</Th>
            <Th className="text-right">{t.preview.values}</Th>
            <Th className="text-right">{t.preview.carriedOver}</Th>
            <Th>{t.preview.provisional}</Th>
          </>
        }
      >
        {preview.deliveries.map((d) => (
          <tr key={`${d.periodCode}-${d.scopeAreaId}`}>
            <Td>{d.periodLabel}</Td>
            <Td>{d.scopeName}</Td>
            <Td>{d.action === "NEW" ? t.preview.actions.NEW : <strong>{format(t.preview.actions.NEW_VERSION, { version: d.version })}</strong>}</Td>
            <Td className="text-right tabular-nums">{numberFormat.format(d.valueCount)}</Td>
            <Td className="text-right tabular-nums">{numberFormat.format(d.carriedOverCount)}</Td>
            <Td>{d.provisional ? t.preview.yes : t.preview.no}</Td>
          </tr>
        ))}
      </Table>
      {preview.skipped.length > 0 ? (
        <details className="mt-4 border-l-4 border-line-strong pl-4">
          <summary className="cursor-pointer font-semibold">{format(t.preview.skipped, { count: preview.skipped.length })}</summary>
          <ul className="mt-2 list-disc pl-5">
            {preview.skipped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {newVersions.length > 0 ? (
        <div className="mt-6">
          <Notice tone="warning" title={t.preview.newVersionTitle}>
            {newVersions.map((d) => (
              <p key={`${d.periodCode}-${d.scopeAreaId}`} className="mb-2">
                {d.notice}
              </p>
            ))}
          </Notice>
          <CheckboxField
            name={CONFIRM_ID}
            label={t.preview.confirmNewVersion}
            error={confirmError}
            checked={confirmed}
            aria-required="true"
            onChange={(event) => onConfirm(event.target.checked)}
          />
        </div>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="button" onClick={onCommit} disabled={busy}>
          {busy ? t.preview.importing : t.preview.submit}
        </Button>
        <Button type="button" variant="secondary" onClick={onChangeMapping} disabled={busy}>
          {t.mapping.change}
        </Button>
        <Button type="button" variant="quiet" onClick={onOtherFile} disabled={busy}>
          {t.preview.otherFile}
        </Button>
      </div>
    </>
  );
}

