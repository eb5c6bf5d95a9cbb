import type { ReactNode } from "react";
import { TrpcQueryProvider } from "@/lib/trpc/provider";

/** Bronnen en verantwoording (the legal review form): forms that call tRPC from the browser (lib/trpc/provider.tsx says why not every page). */
export default function SourcesLayout({ children }: { children: ReactNode }) {
  return <TrpcQueryProvider>{children}</TrpcQueryProvider>;
}
