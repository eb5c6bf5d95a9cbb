"use client";

import { PlainSiteFrame } from "@/components/shell/site-frame";
import { Button } from "@/components/ui/button";
import * as messages from "@/messages/catalogue";

/**
 * The public shell as components/shell/site-header.tsx draws it, with a plain link home: this
 * component's code loads with every page, and next/link would add ~2.5 kB gzip to each (issue 17,
 * item 8). After an error a full page load is the safer way home anyway.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PlainSiteFrame>
      <h1 className="mb-4 text-3xl sm:text-4xl">{messages.errors.errorTitle}</h1>
      <p className="mb-6 max-w-3xl text-lg">{messages.errors.errorBody}</p>
      <Button onClick={() => reset()}>{messages.errors.retry}</Button>
    </PlainSiteFrame>
  );
}
