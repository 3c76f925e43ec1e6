import { useEffect, useRef, useState } from 'react';
import { getJson } from './public-api.js';

export type RemoteState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T };

/**
 * Loads `url` (nothing while it is `null`) and reloads when it changes or on `retry()`. A superseded request is
 * aborted, so a slow answer for the previous commune can never overwrite the current one. `seed` is data the page
 * already holds for a URL (rendered by the server, lib/page-state.ts): for that URL the hook starts ready and does
 * not fetch it again; any other URL, or a retry, loads as usual.
 */
export function useRemote<T>(
  url: string | null,
  seed?: { url: string; data: T } | null,
): { state: RemoteState<T>; retry: () => void } {
  const [state, setState] = useState<RemoteState<T>>(() =>
    seed && url === seed.url ? { status: 'ready', data: seed.data } : { status: 'idle' },
  );
  const [attempt, setAttempt] = useState(0);
  const seeded = useRef(seed && url === seed.url ? seed.url : null);

  useEffect(() => {
    if (seeded.current !== null) {
      // The first run for the seeded URL: the data is already shown.
      const fresh = seeded.current === url && attempt === 0;
      seeded.current = null;
      if (fresh) return;
    }
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
