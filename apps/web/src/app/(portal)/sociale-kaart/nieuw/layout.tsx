import type { ReactNode } from "react";
import { TrpcQueryProvider } from "@/lib/trpc/provider";

/** A new organisation: forms that call tRPC from the browser (lib/trpc/provider.tsx says why not every page). */
export default function NewOrganisationLayout({ children }: { children: ReactNode }) {
  return <TrpcQueryProvider>{children}</TrpcQueryProvider>;
}
