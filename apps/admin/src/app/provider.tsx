import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nProvider } from '../lib/i18n/i18n.js';
import { createAdminClient, TRPCProvider } from '../lib/trpc.js';

/** Everything the console's screens rely on: the query cache, the tRPC client and the interface language. */
export function AppProvider({ children }: { children: ReactNode }) {
  // In state, so a re-render never builds a second cache or client.
  const [queryClient] = useState(() => new QueryClient());
  const [trpcClient] = useState(createAdminClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider>{children}</I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
