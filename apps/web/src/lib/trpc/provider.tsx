"use client";

import type { AppRouter } from "@kk/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { TRPCProvider } from "@/lib/trpc/client";

/**
 * React Query + tRPC for the client components that call tRPC (forms). The transformer matches
 * packages/api/src/trpc.ts. Only the layouts of the areas with such forms render it (beheer,
 * convenanten, werkateliers, …): in the root layout it cost every page ~26 kB gzip of JavaScript
 * (issue 17, item 8; docs/performance.md). `useTRPC()` outside it throws, so a new form in another
 * area fails its e2e test until its layout gets this provider too.
 */
export function TrpcQueryProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false }, mutations: { retry: false } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      // maxItems: the server refuses batches above MAX_BATCH_SIZE (20, packages/api/src/trpc.ts).
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 20 })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
