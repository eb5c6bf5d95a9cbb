import type { ReactNode } from "react";
import { TrpcQueryProvider } from "@/lib/trpc/provider";

/** Beheer: forms that call tRPC from the browser (lib/trpc/provider.tsx says why not every page). */
export default function BeheerLayout({ children }: { children: ReactNode }) {
  return <TrpcQueryProvider>{children}</TrpcQueryProvider>;
}
