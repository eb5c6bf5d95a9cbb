import type { DirectoryResult } from "@kk/api";
import Link from "next/link";
import { workingAreaText } from "@/components/region/working-area-text";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaart.search;
const labels = messages.socialeKaart;

const date = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

export function DirectoryResultList({ results, start }: { results: DirectoryResult[]; start: number }) {
  return (
    <ol start={start} className="grid gap-4" aria-labelledby="resultaten-kop">
      {results.map((result) => (
        <li key={result.id}>
          <DirectoryResultCard result={result} />
        </li>
      ))}
    </ol>
  );
}

function DirectoryResultCard({ result }: { result: DirectoryResult }) {
  const details = [result.type, result.area].filter(Boolean).join(" · ");
  return (
    <article className="border-2 border-line p-4 sm:p-5">
      <h3 className="text-xl">
        <Link href={`/sociale-kaart/${result.slug}`}>{result.name}</Link>
      </h3>
      {details ? <p className="text-ink-muted">{details}</p> : null}
      <p className="text-sm">
        <span className="font-semibold">{messages.regioGedeeld.workingArea.worksIn}:</span> {workingAreaText(result.regionWide, result.municipalityNames)}
      </p>
      <p className="mt-2">
        <span className="font-semibold">{t.legalFrameLabel}</span>{" "}
        <span className="inline-block border-l-4 border-brand bg-info-bg px-2">{labels.legalFrames[result.legalFrame]}</span>
      </p>
      {result.description ? <p className="mt-2 line-clamp-2 max-w-3xl">{result.description}</p> : null}
      {result.services.length > 0 ? (
        <ul aria-label={t.servicesLabel} className="mt-3 flex flex-wrap gap-2">
          {result.services.map((service) => (
            <li key={service} className="rounded-sm bg-surface px-2 py-0.5 text-sm">
              {service}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3 text-sm">
        <Verification verifiedAt={result.verifiedAt} stale={result.stale} />
      </p>
    </article>
  );
}

function Verification({ verifiedAt, stale }: { verifiedAt: Date | null; stale: boolean }) {
  if (!stale && verifiedAt) {
    return <span className="text-ink-muted">{format(t.verifiedOn, { date: date.format(verifiedAt) })}</span>;
  }
  return (
    <>
      <strong className="mr-1 inline-block bg-focus px-2 text-focus-ink">{t.stale}</strong>
      <span className="text-ink-muted">
        ({verifiedAt ? format(t.staleSince, { date: date.format(verifiedAt) }) : t.neverVerified})
      </span>
    </>
  );
}
