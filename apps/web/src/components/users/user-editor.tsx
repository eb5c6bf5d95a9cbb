"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import type { SelectOption } from "@/components/ui/select-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { TwoFactorResetPanel } from "./two-factor-reset-panel";
import { EditUserForm, type EditableUser } from "./user-form";
import { serverErrorMessage } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";

const t = messages.users;

interface UserDetails extends EditableUser {
  email: string;
  active: boolean;
  lastSignInAt: Date | null;
  totpEnabledAt: Date | null;
}

interface Props {
  user: UserDetails;
  organisations: SelectOption[];
  municipalities: SelectOption[];
  justCreated: boolean;
  isSelf: boolean;
}

const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/**
 * Edit form and access panel share one copy of the user, so the second action always sends
 * the `version` the first one returned (optimistic concurrency, see packages/api).
 */
export function UserEditor({ user: initial, organisations, municipalities, justCreated, isSelf }: Props) {
  const [user, setUser] = useState(initial);
  const router = useRouter();
  return (
    <>
      <h1 className="mb-2 text-3xl sm:text-4xl">{user.name}</h1>
      <p className="mb-6 text-lg break-all text-ink-muted">{user.email}</p>
      {justCreated ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{format(t.created, { name: initial.name })}</p>
        </Notice>
      ) : null}
      <h2 className="mb-4 text-2xl">{t.editTitle}</h2>
      <EditUserForm
        user={user}
        organisations={organisations}
        municipalities={municipalities}
        onSaved={(updated) => {
          setUser((current) => ({ ...current, ...updated }));
          router.refresh();
        }}
      />
      <ActivationPanel
        user={user}
        isSelf={isSelf}
        onChanged={(updated) => {
          setUser((current) => ({ ...current, ...updated }));
          router.refresh();
        }}
      />
      {isSelf ? null : <TwoFactorResetPanel user={user} />}
      <p className="mt-8 text-ink-muted">
        {t.lastSignIn}: {user.lastSignInAt ? dateTime.format(user.lastSignInAt) : t.neverSignedIn}
      </p>
    </>
  );
}

function ActivationPanel({
  user,
  isSelf,
  onChanged,
}: {
  user: UserDetails;
  isSelf: boolean;
  onChanged: (user: EditableUser & { active: boolean }) => void;
}) {
  const trpc = useTRPC();
  const setActive = useMutation(trpc.user.setActive.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = user.active ? t.deactivate : t.activate;

  async function apply() {
    setError(null);
    try {
      const updated = await setActive.mutateAsync({ id: user.id, version: user.version, active: !user.active });
      setConfirming(false);
      setDone(format(updated.active ? t.activated : t.deactivated, { name: updated.name }));
      onChanged(updated);
    } catch (cause) {
      setConfirming(false);
      setError(serverErrorMessage(cause));
    }
  }

  return (
    <section aria-labelledby="access-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="access-heading" className="mb-3 text-2xl">
        {t.statusHeading}
      </h2>
      {error ? (
        <Notice tone="error" role="alert">
          <p className="font-semibold">{error}</p>
        </Notice>
      ) : null}
      {done ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{done}</p>
        </Notice>
      ) : null}
      <p className="mb-4">{user.active ? t.statusActive : t.statusInactive}</p>
      {confirming ? (
        <ConfirmPanel
          question={format(user.active ? t.confirmDeactivate : t.confirmActivate, { name: user.name })}
          confirmLabel={format(t.confirmYes, { action: action.toLowerCase() })}
          cancelLabel={t.cancel}
          confirmVariant={user.active ? "danger" : "primary"}
          busy={setActive.isPending}
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        />
      ) : isSelf && user.active ? null : (
        <Button
          variant={user.active ? "danger" : "primary"}
          onClick={() => {
            setDone(null);
            setConfirming(true);
          }}
        >
          {action}
        </Button>
      )}
    </section>
  );
}
