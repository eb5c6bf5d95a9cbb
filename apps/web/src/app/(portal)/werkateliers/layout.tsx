import type { ReactNode } from "react";
import { TrpcQueryProvider } from "@/lib/trpc/provider";

/** Werkateliers: forms that call tRPC from the browser (lib/trpc/provider.tsx says why not every page). */
export default function WerkateliersLayout({ children }: { children: ReactNode }) {
  return <TrpcQueryProvider>{children}</TrpcQueryProvider>;
}
