import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { actorName, headlineTariffs, isAmbiguous } from '../../data/selectors.ts';
import { BASIS_LABEL, formatFuzzyDate, formatPercent, STATUS_LABEL } from '../../lib/format.ts';
import { AmbiguityFlag, RecordLink } from '../../components/record-link.tsx';
import { RatesByDirectionChart } from './rates-by-direction-chart.tsx';

/** First view: every documented tariff rate, by direction, each one click from its quote. */
export function OverviewView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const tariffs = headlineTariffs(data);
  const directions = [...new Set(tariffs.map((t) => `${t.imposerId}→${t.targetId}`))];

  return (
    <div className="view">
      <header className="view-header">
        <h1>Tariff rates as the documents state them</h1>
        <p className="lede">
          {tariffs.length} documented rates from {data.sources.length} documents. Select a rate to read the quote it
          comes from. Basis and status are given for every rate; rates of different basis are not comparable.
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
                        {isAmbiguous(t) && <AmbiguityFlag kind={t.notes.some((n) => n.kind === 'conflict') ? 'conflict' : 'ambiguous'} />}
                      </span>
                      <span className="badges">
                        <span className={`badge badge-status-${t.status}`}>{STATUS_LABEL[t.status]}</span>
                        <span className="badge">{BASIS_LABEL[t.basis]}</span>
                        <span className="badge badge-date">{formatFuzzyDate(t.date)}</span>
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
