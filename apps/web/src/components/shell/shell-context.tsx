"use client";

import { createContext, useContext, type ReactNode } from "react";
import { PublicShell } from "./site-header";

/*
 * Next.js renders app/forbidden.tsx and app/not-found.tsx inside whatever layouts are already on
 * screen. Inside the signed-in portal shell the status page must not add a second header and
 * <main>; outside it (signed out, unknown URL) it brings its own.
 */
const InsideShell = createContext(false);

export function ShellMarker({ children }: { children: ReactNode }) {
  return <InsideShell.Provider value={true}>{children}</InsideShell.Provider>;
}

/** The public shell around `children`, unless the portal shell is already there. */
export function StatusShell({ children }: { children: ReactNode }) {
  return useContext(InsideShell) ? <>{children}</> : <PublicShell demo={false}>{children}</PublicShell>;
}
