"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { EditOrganisationForm, type EditableOrganisation } from "./organisation-form";
import type { RegionOptions } from "./organisation-fields";
import { serverErrorMessage } from "@/components/ui/forms/server-error";

const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

const t = messages.socialeKaartBeheer;
const statusLabels = messages.socialeKaart.organisationStatus;

type Status = keyof typeof statusLabels;

export interface EditorOrganisation extends EditableOrganisation {
  status: Status;
  verifiedAt: Date | null;
  verifiedByName: string | null;
}

interface Props {
  organisation: EditorOrganisation;
  region: RegionOptions;
  canEditIdentity: boolean;
  canArchive: boolean;
  actorName: string;
  /** Server-rendered sections (contacts, escalation route) between the form and the confirmation. */
  children?: ReactNode;
}

/**
 * The form, the confirmation and the status share one copy of the organisation, so each action
 * sends the `version` the previous one returned (optimistic concurrency, see packages/api).
 */
export function OrganisationEditor({ organisation: initial, region, canEditIdentity, canArchive, actorName, children }: Props) {
  const [organisation, setOrganisation] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const router = useRouter();
  const onSaved = useCallback(
    (updated: EditableOrganisation) => {
      setOrganisation((current) => ({ ...current, ...updated }));
      router.refresh();
    },
    [router],
  );
  return (
    <>
      <EditOrganisationForm organisation={organisation} region={region} canEditIdentity={canEditIdentity} onSaved={onSaved} onDirtyChange={setDirty} />
      {children}
      <VerificationPanel
        organisation={organisation}
        unsaved={dirty}
        onConfirmed={(verifiedAt) => setOrganisation((current) => ({ ...current, verifiedAt, verifiedByName: actorName }))}
      />
      {canArchive ? (
        <ArchivePanel
          organisation={organisation}
          onChanged={(status, version) => {
            setOrganisation((current) => ({ ...current, status, version }));
            router.refresh();
          }}
        />
      ) : null}
    </>
  );
}

function VerificationPanel({
  organisation,
  unsaved,
  onConfirmed,
}: {
  organisation: EditorOrganisation;
  unsaved: boolean;
  onConfirmed: (verifiedAt: Date) => void;
}) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.organisation.confirm.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function apply() {
    setError(null);
    setDone(false);
    try {
      const confirmed = await confirm.mutateAsync({ id: organisation.id, version: organisation.version });
      setDone(true);
      onConfirmed(confirmed.verifiedAt ?? new Date());
    } catch (cause) {
      setError(serverErrorMessage(cause));
    }
  }

  const status = organisation.verifiedAt
    ? organisation.verifiedByName
      ? format(t.confirm.verifiedBy, { date: dateFormat.format(organisation.verifiedAt), name: organisation.verifiedByName })
      : format(t.confirm.verifiedOn, { date: dateFormat.format(organisation.verifiedAt) })
    : t.confirm.never;

  return (
    <section aria-labelledby="confirm-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="confirm-heading" className="mb-3 text-2xl">
        {t.confirm.heading}
      </h2>
      <p className="mb-4 text-lg font-semibold" data-testid="verified-status">
        {status}
      </p>
      <p className="mb-4 max-w-3xl">{t.confirm.intro}</p>
      {error ? (
        <Notice tone="error" role="alert">
          <p className="font-semibold">{error}</p>
        </Notice>
      ) : null}
      <div role="status">
        {done ? (
          <Notice tone="success">
            <p className="font-semibold">{t.confirm.done}</p>
          </Notice>
        ) : null}
        {unsaved ? <p className="mb-4 border-l-8 border-ink bg-focus/30 p-4">{t.confirm.unsavedHint}</p> : null}
      </div>
      <Button disabled={confirm.isPending} onClick={() => void apply()}>
        {t.confirm.button}
      </Button>
    </section>
  );
}

function ArchivePanel({
  organisation,
  onChanged,
}: {
  organisation: EditorOrganisation;
  onChanged: (status: Status, version: number) => void;
}) {
  const trpc = useTRPC();
  const archive = useMutation(trpc.organisation.archive.mutationOptions());
  const [target, setTarget] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function apply(status: Status) {
    setError(null);
    try {
      const updated = await archive.mutateAsync({ id: organisation.id, version: organisation.version, status });
      setTarget(null);
      setDone(format(t.archive.changed, { status: statusLabels[updated.status] }));
      onChanged(updated.status, updated.version);
    } catch (cause) {
      setTarget(null);
      setError(serverErrorMessage(cause));
    }
  }

  const choices: Array<[Status, string]> =
    organisation.status === "ACTIVE"
      ? [
          ["INACTIVE", t.archive.deactivate],
          ["CLOSED", t.archive.close],
        ]
      : [["ACTIVE", t.archive.reactivate]];

  return (
    <section aria-labelledby="archive-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="archive-heading" className="mb-3 text-2xl">
        {t.archive.heading}
      </h2>
      <p className="mb-2 max-w-3xl">{t.archive.intro}</p>
      <p className="mb-4 font-semibold">{format(t.archive.current, { status: statusLabels[organisation.status] })}</p>
      {error ? (
        <Notice tone="error" role="alert">
          <p className="font-semibold">{error}</p>
        </Notice>
      ) : null}
      <div role="status">
        {done ? (
          <Notice tone="success">
            <p className="font-semibold">{done}</p>
          </Notice>
        ) : null}
      </div>
      {target ? (
        <ConfirmPanel
          question={format(t.archive.confirmQuestion, { name: organisation.name, status: statusLabels[target] })}
          confirmLabel={t.archive.confirmYes}
          cancelLabel={t.archive.cancel}
          confirmVariant={target === "ACTIVE" ? "primary" : "danger"}
          busy={archive.isPending}
          onConfirm={() => void apply(target)}
          onCancel={() => setTarget(null)}
        />
      ) : (
        <div className="flex flex-wrap gap-3">
          {choices.map(([status, label]) => (
            <Button
              key={status}
              variant={status === "ACTIVE" ? "primary" : "secondary"}
              onClick={() => {
                setDone(null);
                setTarget(status);
              }}
            >
              {label}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
