import type { ReactNode } from "react";

/** The "Gegevens" block of a detail page: a heading and a definition list of DetailRows. */
export function FactsSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby="gegevens" className="max-w-3xl">
      <h2 id="gegevens" className="mb-2 text-2xl">
        {heading}
      </h2>
      <dl>{children}</dl>
    </section>
  );
}
