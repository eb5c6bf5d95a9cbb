"use client";

import { PublicShell } from "@/components/shell/site-header";
import { Button } from "@/components/ui/button";
import * as messages from "@/messages/catalogue";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PublicShell demo={false}>
      <h1 className="mb-4 text-3xl sm:text-4xl">{messages.errors.errorTitle}</h1>
      <p className="mb-6 max-w-3xl text-lg">{messages.errors.errorBody}</p>
      <Button onClick={() => reset()}>{messages.errors.retry}</Button>
    </PublicShell>
  );
}
