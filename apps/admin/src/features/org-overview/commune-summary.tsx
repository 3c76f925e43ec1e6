import { formatDateVi, formatNumberVi } from '@ketnap/domain';
import { useI18n } from '../../lib/i18n/i18n.js';
import type { AdminOutputs } from '../../lib/trpc.js';

export type Overview = AdminOutputs['org']['overview'];

/** The commune's figures for the year, as the server counted them. */
export function CommuneSummary({ overview }: { overview: Overview }) {
  const { m } = useI18n();
  const { commune } = overview;
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">
        {commune.name} · {m.yearPlan(overview.year)}
      </h2>
      <dl className="facts">
        <div>
          <dt>{m.members}</dt>
          <dd>
            {formatNumberVi(commune.members)}{' '}
            <span className="split">
              ({m.official} {formatNumberVi(commune.official)}, {m.probationary}{' '}
              {formatNumberVi(commune.probationary)})
            </span>
          </dd>
        </div>
        <div>
          <dt>{m.target}</dt>
          <dd>{commune.target === null ? m.noTarget : formatNumberVi(commune.target)}</dd>
        </div>
        <div>
          <dt>{m.admitted}</dt>
          <dd>{formatNumberVi(commune.admitted)}</dd>
        </div>
      </dl>
      <p className="as-of">{m.asOf(formatDateVi(overview.asOf))}</p>
    </section>
  );
}
