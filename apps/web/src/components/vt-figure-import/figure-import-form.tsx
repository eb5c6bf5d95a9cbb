"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { DoneStep } from "./done-step";
import { FileStep } from "./file-step";
import { MappingStep } from "./mapping-step";
import { PreviewStep } from "./preview-step";
import { UploadProgress } from "./upload-progress";
import { useFigureImport } from "./use-figure-import";
import { t } from "./wizard-shared";

/**
 * Import of Veilig Thuis figures in four steps (GOV.UK style): choose the file → map the columns
 * (when the portal is not sure) → check the preview → import, all or nothing
 * (packages/api/src/vt-figure-import). The file is read and sent with visible progress. The state
 * and the actions live in `useFigureImport`; each step is its own component.
 */
export function FigureImportForm() {
  const wizard = useFigureImport();
  const { step, preview, committed, busy } = wizard;

  return (
    <div className="max-w-5xl">
      <ol aria-label={t.steps.label} className="mb-8 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {t.steps.names.map((name, index) => (
          <li key={name} aria-current={index + 1 === step ? "step" : undefined} className={index + 1 === step ? "font-bold" : "text-ink-muted"}>
            {index + 1}. {name}
          </li>
        ))}
      </ol>

      <ErrorSummary errors={wizard.errorItems} focusKey={wizard.attempt} />

      <FileStep
        register={wizard.register}
        errors={wizard.errors}
        fileRef={wizard.fileRef}
        fileError={wizard.fileError}
        busy={busy}
        checking={busy && step === 1}
        onCheck={wizard.onCheck}
        onFileChange={wizard.resetResult}
      />

      <UploadProgress progress={wizard.progress} />

      {preview && preview.stage !== "FILE_ERROR" && step === 2 ? (
        <MappingStep
          preview={preview}
          headingRef={wizard.stepHeadingRef}
          choices={wizard.choices}
          busy={busy}
          onChoose={wizard.chooseTarget}
          onUseMapping={wizard.onUseMapping}
        />
      ) : null}

      {preview && (preview.stage === "READY" || preview.stage === "INVALID") && step === 3 ? (
        <PreviewStep
          preview={preview}
          headingRef={wizard.stepHeadingRef}
          busy={busy}
          confirmed={wizard.confirmed}
          confirmError={wizard.confirmError}
          onConfirm={wizard.confirmNewVersion}
          onCommit={wizard.onCommit}
          onChangeMapping={wizard.openMapping}
          onOtherFile={wizard.startAgain}
        />
      ) : null}

      {committed ? <DoneStep committed={committed} headingRef={wizard.stepHeadingRef} onAnother={wizard.startAgain} /> : null}
    </div>
  );
}
