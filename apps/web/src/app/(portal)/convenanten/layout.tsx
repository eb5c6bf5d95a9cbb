import type { ReactNode } from "react";
import { TrpcQueryProvider } from "@/lib/trpc/provider";

/** Convenanten: forms that call tRPC from the browser (lib/trpc/provider.tsx says why not every page). */
export default function ConvenantenLayout({ children }: { children: ReactNode }) {
  return <TrpcQueryProvider>{children}</TrpcQueryProvider>;
}
