import type { ReactNode } from "react";
import { TrpcQueryProvider } from "@/lib/trpc/provider";

/** The account pages (password, sessions): forms that call tRPC from the browser (lib/trpc/provider.tsx says why not every page). */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <TrpcQueryProvider>{children}</TrpcQueryProvider>;
}
