"use client";

import { createContext, useContext, type ReactNode } from "react";

/*
 * Next.js renders app/forbidden.tsx and app/not-found.tsx inside whatever layouts are already on
 * screen. Inside the signed-in portal shell the status page must not add a second header and
 * <main>; outside it (signed out, unknown URL) it brings its own.
 */
const InsideShell = createContext(false);

export function ShellMarker({ children }: { children: ReactNode }) {
  return <InsideShell.Provider value={true}>{children}</InsideShell.Provider>;
}

/**
 * `children` inside the portal shell, else `framed` (the same content in the public shell). The
 * server renders both, so the shell's code stays out of this client component (issue 17, item 8).
 */
export function StatusShell({ framed, children }: { framed: ReactNode; children: ReactNode }) {
  return useContext(InsideShell) ? <>{children}</> : <>{framed}</>;
}
