"use client";

import { MAX_FEATURED_ORGANISATIONS } from "@kk/api/schemas";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClassName, FieldError, FieldGroup, fieldIds } from "@/components/ui/forms/field-parts";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.publiekePagina.form.featured;

export interface FeaturedCandidate {
  id: string;
  name: string;
  type: string;
  area: string;
}

interface Props {
  /** The list's id: the error summary links to it (the add select when there is one, else the list). */
  id: string;
  candidates: readonly FeaturedCandidate[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

type Focus = { id: string; control: "up" | "down" | "remove" } | { id: null; control: "add" | "list" };

function describe(candidate: FeaturedCandidate): string {
  return [candidate.name, candidate.type, candidate.area].filter((part) => part !== "").join(" · ");
}

/**
 * "Eerst tonen": an ordered list with Omhoog / Omlaag / Verwijderen per organisation and an
 * "Organisatie toevoegen" select. Plain buttons, so it works with the keyboard; each change is
 * announced in a live region and focus stays with the organisation that moved (or goes to the
 * next sensible control), so a screen-reader user keeps their place.
 */
export function FeaturedOrganisations({ id, candidates, value, onChange, error }: Props) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const [choice, setChoice] = useState("");
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<Focus | null>(null);
  const root = useRef<HTMLDivElement | null>(null);
  const available = candidates.filter((c) => !value.includes(c.id));
  const full = value.length >= MAX_FEATURED_ORGANISATIONS;
  const addId = `${id}-toevoegen`;
  const listId = full || available.length === 0 ? id : `${id}-lijst`;
  const selectId = full || available.length === 0 ? addId : id;
  const addIds = fieldIds(addId);

  useEffect(() => {
    if (!focus) return;
    const container = root.current;
    const target =
      focus.id === null
        ? container?.querySelector<HTMLElement>(focus.control === "add" ? "select" : "ol, p[tabindex]")
        : (container?.querySelector<HTMLElement>(`[data-item="${CSS.escape(focus.id)}"] [data-control="${focus.control}"]`) ??
          container?.querySelector<HTMLElement>(`[data-item="${CSS.escape(focus.id)}"] button`));
    target?.focus();
    setFocus(null);
  }, [focus]);

  const nameOf = (organisationId: string) => byId.get(organisationId)?.name ?? organisationId;

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= value.length) return;
    const next = [...value];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
    const movedId = value[index]!;
    setAnnouncement(format(t.announceMoved, { name: nameOf(movedId), position: target + 1, count: next.length }));
    // At the top there is no Omhoog any more (at the bottom no Omlaag): stay on the item's other button.
    const atEnd = (by === -1 && target === 0) || (by === 1 && target === next.length - 1);
    setFocus({ id: movedId, control: atEnd ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down" });
  }

  function remove(index: number) {
    const removedId = value[index]!;
    const next = value.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(format(t.announceRemoved, { name: nameOf(removedId) }));
    const neighbour = next[index] ?? next[index - 1];
    setFocus(neighbour ? { id: neighbour, control: "remove" } : { id: null, control: "add" });
  }

  function add() {
    if (choice === "" || !byId.has(choice)) {
      setChoiceError(t.addNothingChosen);
      setFocus({ id: null, control: "add" });
      return;
    }
    const next = [...value, choice];
    onChange(next);
    setChoice("");
    setChoiceError(null);
    setAnnouncement(format(t.announceAdded, { name: nameOf(choice), position: next.length, count: next.length }));
    setFocus(next.length >= MAX_FEATURED_ORGANISATIONS ? { id: choice, control: "remove" } : { id: null, control: "add" });
  }

  const addError = choiceError ?? undefined;
  return (
    <div ref={root} className="mb-8">
      <FieldGroup id={`${id}-groep`} legend={<span className="text-xl">{t.legend}</span>} hint={format(t.hint, { max: MAX_FEATURED_ORGANISATIONS })} error={error} className="mb-0">
        {value.length === 0 ? (
          <p id={listId} tabIndex={-1} className="mt-3 mb-4">
            {t.empty}
          </p>
        ) : (
          <ol id={listId} tabIndex={-1} className="mt-3 mb-4 max-w-2xl list-none space-y-3 p-0">
            {value.map((organisationId, index) => {
              const candidate = byId.get(organisationId);
              const suffix = format(t.itemSuffix, { name: nameOf(organisationId) });
              return (
                <li key={organisationId} data-item={organisationId} className="border-2 border-line p-3">
                  <p className="mb-2">
                    <span className="font-semibold">
                      {index + 1}. {candidate ? candidate.name : organisationId}
                    </span>
                    {candidate && (candidate.type || candidate.area) ? <span className="block text-ink-muted">{[candidate.type, candidate.area].filter((p) => p !== "").join(" · ")}</span> : null}
                  </p>
                  <div className="flex flex-wrap gap-3">
                    {index > 0 ? (
                      <Button variant="secondary" data-control="up" onClick={() => move(index, -1)}>
                        {t.up}
                        <span className="sr-only">{suffix}</span>
                      </Button>
                    ) : null}
                    {index < value.length - 1 ? (
                      <Button variant="secondary" data-control="down" onClick={() => move(index, 1)}>
                        {t.down}
                        <span className="sr-only">{suffix}</span>
                      </Button>
                    ) : null}
                    <Button variant="secondary" data-control="remove" onClick={() => remove(index)}>
                      {t.remove}
                      <span className="sr-only">{suffix}</span>
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </FieldGroup>
      {candidates.length === 0 ? (
        <p>{t.noCandidates}</p>
      ) : full ? (
        <p>{format(t.full, { max: MAX_FEATURED_ORGANISATIONS })}</p>
      ) : (
        <div className={`flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end ${addError ? "border-l-4 border-danger pl-4" : ""}`}>
          <div className="grow">
            <label htmlFor={selectId} className="block font-semibold">
              {t.addLabel}
            </label>
            <p id={addIds.hint} className="text-ink-muted">
              {t.addHint}
            </p>
            <FieldError id={addIds.error} message={addError} />
            <select
              id={selectId}
              value={choice}
              onChange={(event) => {
                setChoice(event.target.value);
                setChoiceError(null);
              }}
              aria-invalid={addError ? true : undefined}
              aria-describedby={[addIds.hint, addError ? addIds.error : null].filter(Boolean).join(" ")}
              className={controlClassName(addError, "mt-1 min-h-11")}
            >
              <option value="">{t.addPlaceholder}</option>
              {available.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {describe(candidate)}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary" onClick={add}>
            {t.add}
          </Button>
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
