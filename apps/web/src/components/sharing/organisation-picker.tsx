"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { controlClassName } from "@/components/ui/forms/control-class";
import { Button } from "@/components/ui/button";
import { fetchQuery } from "@/lib/trpc/fetch-procedure";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.magIkDelenPaar;

export interface PickerChoice {
  id: string;
  name: string;
  type: string;
}

export interface PickerProps {
  /** The URL parameter of the chosen id ("van", "met"); the text goes in `${field}zoek`. */
  field: string;
  label: string;
  /** The text in the box: the chosen organisation's name, or what was searched for. */
  query: string;
  selected: PickerChoice | null;
  /** A search the server did for this request (without JavaScript): shown as radios. */
  results: { total: number; items: PickerChoice[] } | null;
}

const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

/**
 * One organisation picker. Server-rendered it is a plain part of a GET form: a text box, and after
 * a search a list of radios to choose from (works without JavaScript). Once hydrated it becomes an
 * ARIA 1.2 combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): typing searches on the
 * server (sharing.findOrganisations, at most ten), arrows move through the list, Enter chooses,
 * Escape closes, and a status line announces how many were found. The choice travels in a hidden
 * input, so the same GET form and URL work either way.
 */
export function OrganisationPicker({ field, label, query, selected: initialSelected, results }: PickerProps) {
  const ids = useId();
  const inputId = `${field}-zoek`;
  const listId = `${ids}-lijst`;
  const hintId = `${field}-hint`;
  const statusId = `${ids}-status`;
  const [enhanced, setEnhanced] = useState(false);
  const [text, setText] = useState(query);
  const [selected, setSelected] = useState<PickerChoice | null>(initialSelected);
  const [serverResults, setServerResults] = useState(results);
  const [options, setOptions] = useState<PickerChoice[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const request = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    // Search only for what the user typed here (typing clears the server's result list).
    if (!enhanced || serverResults !== null || selected?.name === text) return;
    const q = text.trim();
    if (q.length < MIN_CHARS) {
      setOptions([]);
      setOpen(false);
      setStatus(q.length > 0 ? t.typeMore : "");
      return;
    }
    const mine = ++request.current;
    const timer = setTimeout(() => {
      setStatus(t.searching);
      fetchQuery("sharing", "findOrganisations", { q })
        .then((answer) => {
          if (mine !== request.current) return;
          setOptions(answer.results.map(({ id, name, type }) => ({ id, name, type })));
          setTotal(answer.total);
          setActive(-1);
          setOpen(true);
          setStatus(countText(answer.total, answer.results.length, q));
        })
        .catch(() => {
          if (mine === request.current) setStatus("");
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, enhanced, selected, serverResults]);

  function choose(option: PickerChoice) {
    request.current += 1;
    setSelected(option);
    setText(option.name);
    setOpen(false);
    setActive(-1);
    setServerResults(null);
    setStatus(`${t.chosen}: ${option.name}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open && options.length > 0) setOpen(true);
      setActive((i) => (options.length === 0 ? -1 : (i + 1) % options.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (!open && options.length > 0) setOpen(true);
      setActive((i) => (options.length === 0 ? -1 : i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Enter") {
      const option = open ? options[active] : undefined;
      if (option) {
        // Choose, do not submit the form.
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text !== "") {
        event.preventDefault();
        setText("");
        setSelected(null);
      }
    }
  }

  // On a phone the list opens below the fold: bring it into view (only as far as needed).
  useEffect(() => {
    if (open && options.length > 0) listRef.current?.scrollIntoView({ block: "nearest" });
  }, [open, options]);

  const showRadios = serverResults !== null && (!enhanced || selected === null || serverResults.items.some((i) => i.id === selected.id));
  const expanded = enhanced && open && options.length > 0;
  const activeId = expanded && active >= 0 ? `${listId}-${active}` : undefined;

  return (
    <div className="mb-6 min-w-0" data-picker={field}>
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      <p id={hintId} className="text-ink-muted">
        {t.pickerHint}
        {enhanced ? <span className="sr-only"> {t.comboboxHelp}</span> : null}
      </p>
      <div className="relative mt-1 flex max-w-xl flex-wrap items-stretch gap-2">
        <input
          id={inputId}
          name={`${field}zoek`}
          type="text"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSelected(null);
            setServerResults(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          role={enhanced ? "combobox" : undefined}
          aria-autocomplete={enhanced ? "list" : undefined}
          aria-expanded={enhanced ? expanded : undefined}
          aria-controls={enhanced ? listId : undefined}
          aria-activedescendant={activeId}
          aria-describedby={hintId}
          className={controlClassName(undefined, "min-w-0 flex-1")}
        />
        {enhanced ? null : (
          <Button type="submit" variant="secondary" aria-label={format(t.searchFor, { label: label.toLowerCase() })}>
            {t.search}
          </Button>
        )}
        {enhanced ? (
          <ul
            ref={listRef}
            id={listId}
            role="listbox"
            aria-label={label}
            hidden={!expanded}
            className="absolute top-full right-0 left-0 z-10 mt-1 max-h-80 overflow-y-auto border-2 border-line-strong bg-paper shadow-lg"
          >
            {options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // mousedown, not click: it must run before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
                className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand text-brand-contrast" : "hover:bg-surface"}`}
              >
                <span className="font-semibold">{option.name}</span> <span className={index === active ? "" : "text-ink-muted"}>({option.type})</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {expanded && total > options.length ? <p className="mt-1 max-w-xl text-ink-muted">{format(t.foundMore, { total, shown: options.length })}</p> : null}
      {enhanced ? (
        <p id={statusId} role="status" className="sr-only">
          {status}
        </p>
      ) : null}

      {selected && !showRadios ? (
        <p className="mt-2" data-testid={`${field}-gekozen`}>
          <span className="font-semibold">{t.chosen}: </span>
          {selected.name} <span className="text-ink-muted">({selected.type})</span>
          <input type="hidden" name={field} value={selected.id} />
        </p>
      ) : null}

      {showRadios && serverResults ? (
        <fieldset className="mt-3 border-l-4 border-line pl-3">
          <legend className="font-semibold">{format(t.chooseLegend, { label: label.toLowerCase() })}</legend>
          <p className="text-ink-muted">{countText(serverResults.total, serverResults.items.length, query)}</p>
          <input type="hidden" name={`${field}gezocht`} value={query} />
          <div className="mt-2 space-y-2">
            {serverResults.items.map((item) => (
              <div key={item.id} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={`${field}-${item.id}`}
                  name={field}
                  value={item.id}
                  defaultChecked={selected?.id === item.id}
                  onChange={() => setSelected(item)}
                  className="mt-1 size-6 shrink-0"
                />
                <label htmlFor={`${field}-${item.id}`}>
                  {item.name} <span className="text-ink-muted">({item.type})</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}

function countText(total: number, shown: number, q: string): string {
  if (total === 0) return format(t.noneFound, { q });
  if (total > shown) return format(t.foundMore, { total, shown });
  return total === 1 ? t.foundOne : format(t.found, { count: total });
}
