/** @jsxImportSource preact */
import { format, messagesFor } from "../locales.ts";
import type { PublicMessages } from "../messages/nl.ts";
import { isFeatured, MAX_QUERY_LENGTH, type PublicSearch, type PublicSearchResult } from "../search.ts";
import type { PublicMunicipality, PublicOrganisation } from "../snapshot.ts";
import { TOPICS } from "../topics.ts";
import { Layout, localHref, WhatToDoNow, type PageContext } from "./layout.tsx";

export interface MunicipalityPageProps {
  context: PageContext;
  municipality: PublicMunicipality;
  search: PublicSearch;
  result: PublicSearchResult;
  /** The search word was refused (too long): shown as an error, the list is unfiltered. */
  queryError: boolean;
}

/** A municipality's public page: what to do now, the questions, the search and the local help. */
export function MunicipalityPage({ context, municipality, search, result, queryError }: MunicipalityPageProps) {
  const t = messagesFor(context.locale);
  const path = `/hulp/${municipality.slug}`;
  const query = searchQuery(search);
  const filtered = Object.keys(query).length > 0;
  const intro = municipality.intro[context.locale]?.trim() || t.defaultIntro;
  return (
    <Layout
      context={context}
      meta={{
        title: t.start.title,
        description: `${t.start.lead}`,
        path,
        query,
        municipality,
        noindex: filtered,
      }}
    >
      <h1>{t.start.title}</h1>
      {paragraphs(intro).map((text, index) => (
        <p class={index === 0 ? "lead" : undefined} key={index}>
          {text}
        </p>
      ))}
      <WhatToDoNow t={t} />

      <section aria-labelledby="vragen">
        <h2 id="vragen">{t.topics.heading}</h2>
        <ul class="topics">
          {TOPICS.map((topic) => (
            <li key={topic.key}>
              <a
                href={`${localHref(path, context.locale, { vraag: topic.key, wijk: search.wijk ?? "" })}#hulp`}
                aria-current={search.topic === topic.key ? "true" : undefined}
              >
                {t.topics[topic.key].title}
                <span>{t.topics[topic.key].text}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="hulp">
        <h2 id="hulp" tabIndex={-1}>
          {format(t.search.heading, { municipality: municipality.name })}
        </h2>
        <SearchForm context={context} municipality={municipality} search={search} queryError={queryError} t={t} />
        <Results context={context} municipality={municipality} search={search} result={result} t={t} />
      </section>
    </Layout>
  );
}

function SearchForm({
  context,
  municipality,
  search,
  queryError,
  t,
}: {
  context: PageContext;
  municipality: PublicMunicipality;
  search: PublicSearch;
  queryError: boolean;
  t: PublicMessages;
}) {
  const hintIds = queryError ? "q-fout q-hint" : "q-hint";
  return (
    <form class="search" method="get" action={`/hulp/${municipality.slug}#hulp`} role="search">
      <div>
        <label for="q">{t.search.queryLabel}</label>
        <span class="hint" id="q-hint">
          {t.search.queryHint}
        </span>
        {queryError ? (
          <span class="error" id="q-fout">
            {t.search.queryTooLong}
          </span>
        ) : null}
        <input
          type="search"
          id="q"
          name="q"
          value={search.q}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby={hintIds}
          aria-invalid={queryError ? "true" : undefined}
          autoComplete="off"
        />
      </div>
      <div>
        <label for="wijk">{t.search.wijkLabel}</label>
        <select id="wijk" name="wijk">
          <option value="">{t.search.wijkAll}</option>
          {municipality.wijken.map((wijk) => (
            <option value={wijk} selected={search.wijk === wijk} key={wijk}>
              {wijk}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="vraag">{t.search.topicLabel}</label>
        <select id="vraag" name="vraag">
          <option value="">{t.topics.all}</option>
          {TOPICS.map((topic) => (
            <option value={topic.key} selected={search.topic === topic.key} key={topic.key}>
              {t.topics[topic.key].title}
            </option>
          ))}
        </select>
      </div>
      {context.locale === "nl" ? null : <input type="hidden" name="lang" value={context.locale} />}
      <div class="actions">
        <button type="submit">{t.search.submit}</button>
        <a href={`${localHref(`/hulp/${municipality.slug}`, context.locale)}#hulp`}>{t.search.reset}</a>
      </div>
    </form>
  );
}

function Results({
  context,
  municipality,
  search,
  result,
  t,
}: {
  context: PageContext;
  municipality: PublicMunicipality;
  search: PublicSearch;
  result: PublicSearchResult;
  t: PublicMessages;
}) {
  const count = result.total === 1 ? t.search.resultsForOne : format(t.search.resultsFor, { count: result.total });
  return (
    <div>
      <p role="status">
        <strong>{count}</strong>
      </p>
      {result.total === 0 ? <p>{t.search.noResults}</p> : null}
      {search.wijk === null ? (
        <OrganisationList context={context} municipality={municipality} organisations={result.local} level={3} t={t} />
      ) : (
        <>
          {result.local.length > 0 ? (
            <>
              <h3>{format(t.search.inWijk, { wijk: search.wijk })}</h3>
              <OrganisationList context={context} municipality={municipality} organisations={result.local} level={4} t={t} />
            </>
          ) : null}
          {result.everyone.length > 0 ? (
            <>
              <h3>{format(t.search.forEveryone, { municipality: municipality.name })}</h3>
              <OrganisationList context={context} municipality={municipality} organisations={result.everyone} level={4} t={t} />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

function OrganisationList({
  context,
  municipality,
  organisations,
  level,
  t,
}: {
  context: PageContext;
  municipality: PublicMunicipality;
  organisations: PublicOrganisation[];
  level: 3 | 4;
  t: PublicMessages;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <ul class="results">
      {organisations.map((organisation) => (
        <li key={organisation.id}>
          <Heading>
            <a href={localHref(`/hulp/organisatie/${organisation.slug}`, context.locale, { gemeente: municipality.slug })}>{organisation.name}</a>
            {isFeatured(organisation, municipality) ? <span class="tag">{t.search.featured}</span> : null}
          </Heading>
          <p class="meta">
            {[organisation.type, organisation.area].filter(Boolean).join(" · ")}
          </p>
          {organisation.description ? <p>{organisation.description}</p> : null}
          {organisation.phone ? (
            <p>
              <a href={`tel:${organisation.phone.replace(/[^0-9+]/g, "")}`}>{format(t.organisation.call, { phone: organisation.phone })}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function searchQuery(search: PublicSearch): Record<string, string> {
  const query: Record<string, string> = {};
  if (search.q !== "") query.q = search.q;
  if (search.wijk !== null) query.wijk = search.wijk;
  if (search.topic !== null) query.vraag = search.topic;
  return query;
}

/** Plain text with paragraphs separated by an empty line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
