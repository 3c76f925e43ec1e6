import { useEffect, useState } from 'react';
import { getJson } from './public-api.js';

export type RemoteState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T };

/**
 * Loads `url` (nothing while it is `null`) and reloads when it changes or on `retry()`. A superseded request is
 * aborted, so a slow answer for the previous commune can never overwrite the current one.
 */
export function useRemote<T>(url: string | null): { state: RemoteState<T>; retry: () => void } {
  const [state, setState] = useState<RemoteState<T>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is a dependency only so retry() reloads the same URL.
  useEffect(() => {
    if (url === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    getJson<T>(url, controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [url, attempt]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}
