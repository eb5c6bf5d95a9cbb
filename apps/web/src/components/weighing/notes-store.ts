/*
 * The professional's free-text motivations: in this browser tab's sessionStorage only, never in
 * a form field with a name, never sent (docs/mag-ik-delen.md, "Afwegen"; e2e/tests/afwegen.spec.ts
 * proves it by listening to every request). Gone when the tab closes, or at "Wis".
 */

const PREFIX = "kk.afwegen.";
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    // Storage can be switched off; the fields then simply keep their text until the page changes.
    return null;
  }
}

export function readNote(key: string): string {
  return storage()?.getItem(PREFIX + key) ?? "";
}

export function writeNote(key: string, text: string): void {
  const store = storage();
  if (!store) return;
  if (text === "") store.removeItem(PREFIX + key);
  else store.setItem(PREFIX + key, text);
  for (const listener of listeners) listener();
}

export function clearNotes(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
  for (const listener of listeners) listener();
}

export function subscribeNotes(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const noop = () => () => {};

/** For useSyncExternalStore: true in the browser after hydration, false on the server (so no-JS pages render without the fields). */
export const hydration = { subscribe: noop, client: () => true, server: () => false };
