import type { ReactNode } from "react";

/** Digits and a leading + only, for tel: links ("078 - 123 45 67" → "0781234567"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={telHref(phone)} className="whitespace-nowrap">
      {phone}
    </a>
  );
}

export function EmailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`} className="break-all">
      {email}
    </a>
  );
}

/** A term/description pair; renders nothing for an empty value. */
export function DetailRow({ term, children, show = true }: { term: string; children: ReactNode; show?: boolean }) {
  if (!show) return null;
  return (
    <div className="grid gap-x-4 py-1 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
