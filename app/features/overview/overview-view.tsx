import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { actorName, headlineTariffs } from '../../data/selectors.ts';
import {
  AS_OF_STATE_LABEL,
  BASIS_LABEL,
  formatFuzzyDate,
  formatIsoDate,
  formatPercent,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { measureStatusesOn } from '../../data/status.ts';
import { useViewState } from '../../state/view-store.ts';
import './as-of-badges.css';
import { RecordFlag, RecordLink } from '../../components/record-link.tsx';
import { RatesByDirectionChart } from './rates-by-direction-chart.tsx';

/** First view: every documented tariff rate, by direction, each one click from its quote. */
export function OverviewView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const tariffs = headlineTariffs(data);
  const directions = [...new Set(tariffs.map((t) => `${t.imposerId}→${t.targetId}`))];
  const asOf = useViewState('asOf');
  // Only when an as-of date is set: each rate says whether it was in force, not yet, or superseded then.
  const onDate = asOf ? measureStatusesOn(data, asOf) : null;

  return (
    <div className="view">
      <header className="view-header">
        <h1>Tariff rates as the documents state them</h1>
        <p className="lede">
          {tariffs.length} documented rates from {data.sources.length} documents. Select a rate to read the
          quote it comes from. Basis and status are given for every rate; rates of different basis are not
          comparable.
          {asOf &&
            ` Each rate also says where it stood on ${formatIsoDate(asOf)}, the as-of date set in the header.`}
        </p>
      </header>
      <RatesByDirectionChart />
      <div className="card-grid">
        {directions.map((dir) => {
          const [imposer = '', target = ''] = dir.split('→');
          const rows = tariffs.filter((t) => t.imposerId === imposer && t.targetId === target);
          const heading = `${actorName(index, imposer, 'full')} on goods from ${actorName(index, target, 'full')}`;
          return (
            <section key={dir} className="panel" aria-label={heading}>
              <h2>{heading}</h2>
              <ul className="figure-list">
                {rows.map((t) => (
                  <li key={t.id} className={`figure status-${t.status}`}>
                    <RecordLink
                      recordId={t.id}
                      className="figure-value"
                      label={`${formatPercent(t.rate)}, ${t.label}: open source`}
                    >
                      {formatPercent(t.rate)}
                    </RecordLink>
                    <div className="figure-meta">
                      <span className="figure-label">
                        {t.label}
                        <RecordFlag record={t} />
                      </span>
                      <span className="badges">
                        <span className={`badge badge-status-${t.status}`}>{STATUS_LABEL[t.status]}</span>
                        <span className="badge">{BASIS_LABEL[t.basis]}</span>
                        <span className="badge badge-date">{formatFuzzyDate(t.date)}</span>
                        {asOf && onDate?.get(t.id) && (
                          <span className={`badge as-of-badge as-of-${onDate.get(t.id)?.state ?? ''}`}>
                            On {formatIsoDate(asOf)}:{' '}
                            {AS_OF_STATE_LABEL[onDate.get(t.id)?.state ?? 'not-yet']}
                          </span>
                        )}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
