import { useI18n } from '../lib/i18n/i18n.js';
import { isNotFound } from '../lib/trpc.js';

/** A query still loading, or failed: announced to screen readers; a retry unless the thing does not exist. */
export function QueryStatus({ error, retry }: { error: unknown; retry: () => void }) {
  const { m } = useI18n();
  if (!error) {
    return (
      <p className="status" role="status">
        {m.loading}
      </p>
    );
  }
  const notFound = isNotFound(error);
  return (
    <div className="status error" role="alert">
      <p>{notFound ? m.notFound : m.loadFailed}</p>
      {!notFound && (
        <button type="button" onClick={retry}>
          {m.retry}
        </button>
      )}
    </div>
  );
}
