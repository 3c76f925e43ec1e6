import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { type ReactNode, useMemo, useState } from 'react';
import { I18nProvider, useI18n } from '../lib/i18n/i18n.js';
import { createAdminClient, TRPCProvider } from '../lib/trpc.js';
import { cssVariablesResolver, themeIn } from './theme.js';

/** A refusal by the server (4xx) will not change on retry; a lost connection or a 5xx may. */
function shouldRetry(failures: number, error: unknown): boolean {
  const status = error instanceof TRPCClientError ? error.data?.httpStatus : undefined;
  return failures < 2 && !(typeof status === 'number' && status < 500);
}

/** Everything the console's screens rely on: the theme, the query cache, the tRPC client and the interface language. */
export function AppProvider({ children }: { children: ReactNode }) {
  // In state, so a re-render never builds a second cache or client.
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } } }),
  );
  const [trpcClient] = useState(createAdminClient);
  return (
    <I18nProvider>
      <ThemeInLanguage>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            {children}
          </TRPCProvider>
        </QueryClientProvider>
      </ThemeInLanguage>
    </I18nProvider>
  );
}

/** Mantine with the theme in the reader's language (rebuilt only when the language changes). */
function ThemeInLanguage({ children }: { children: ReactNode }) {
  const { m } = useI18n();
  const themed = useMemo(() => themeIn(m), [m]);
  return (
    <MantineProvider theme={themed} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      {children}
    </MantineProvider>
  );
}
