import { useId, useMemo } from 'react';
import { isCharted, sparkSeries } from '../../charts/metric-spark/build-series.ts';
import { MetricSpark } from '../../charts/metric-spark/metric-spark.tsx';
import { RecordFlag, RecordLink } from '../../components/record-link.tsx';
import { actorName, recordTitle, type DatasetIndex } from '../../data/selectors.ts';
import type { Metric, TradeMeasure } from '../../data/schema.ts';
import { measureStatusesOn, type StatusOnDate } from '../../data/status.ts';
import { today } from '../../lib/dates.ts';
import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import {
  AS_OF_STATE_LABEL,
  describePrecision,
  formatFuzzyDate,
  formatIsoDate,
  formatMetricValue,
  formatTermsCountdown,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { useViewState } from '../../state/view-store.ts';
import { lifecycle, measuresOfKind, metricGroups, stateSentence, stateTally } from './sanctions-model.ts';
import './sanctions.css';

const KIND_HEADING: Record<TradeMeasure['kind'], string> = {
  'export-control': 'Export controls',
  sanction: 'Sanctions',
};

const REACHED_LABEL = {
  yes: 'happened by then',
  maybe: 'possibly by then (date known only roughly)',
  no: 'not yet by then',
} as const;

/** Every sanction and export control, with its status on the as-of date, its terms' countdown and its quotes. */
export function SanctionsView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const asOf = useViewState('asOf');
  const onDate = asOf ?? today();
  const statuses = useMemo(() => measureStatusesOn(data, onDate), [data, onDate]);
  const series = useMemo(() => sparkSeries(data.metrics), [data]);
  const groups = useMemo(() => metricGroups(data.metrics), [data]);
  const kinds: TradeMeasure['kind'][] = ['export-control', 'sanction'];

  return (
    <div className="view sanctions-view">
      <header className="view-header">
        <h1>Sanctions and export controls</h1>
        <p className="lede">
          {data.tradeMeasures.length} measures from the documents: who imposes them on whom, in which sector,
          and where each stood on <strong>{formatIsoDate(onDate)}</strong>
          {asOf
            ? ' (the as-of date set in the header)'
            : ' (today; set another date with “As of” in the header)'}
          . Time-limited terms count down to that date. “Quotes and notes” on each card opens its sources.
        </p>
        <p className="sx-tally" aria-live="polite">
          On {formatIsoDate(onDate)}:{' '}
          {stateTally(data.tradeMeasures.flatMap((m) => statuses.get(m.id) ?? []))}.
        </p>
      </header>
      {kinds.map((k) => {
        const list = measuresOfKind(data.tradeMeasures, k);
        return (
          <section key={k} className="sx-section" aria-labelledby={`sx-${k}`}>
            <h2 id={`sx-${k}`}>
              {KIND_HEADING[k]} <span className="muted sx-count">({list.length})</span>
            </h2>
            <div className="sx-grid">
              {list.map((m) => {
                const s = statuses.get(m.id);
                return s ? <MeasureCard key={m.id} m={m} s={s} index={index} onDate={onDate} /> : null;
              })}
            </div>
          </section>
        );
      })}
      <section className="sx-section" aria-labelledby="sx-metrics">
        <h2 id="sx-metrics">Figures the documents give</h2>
        <p className="muted">
          Trade volumes and values, oil exports, losses and ranks, each with its unit, period and what exactly
          it measures. Ranks and counts are figures, not charts; a chart appears only where a series has more
          than one documented point.
        </p>
        {series.map((sr) => (
          <MetricSpark
            key={sr.seriesId}
            series={sr}
            title={`Series: ${data.metrics.find((m) => m.id === sr.points[0]?.recordId)?.label ?? sr.seriesId}`}
            sourceIds={[
              ...new Set(
                sr.points.flatMap(
                  (p) => index.records.get(p.recordId)?.record.evidence.map((e) => e.sourceId) ?? [],
                ),
              ),
            ]}
          />
        ))}
        <div className="sx-grid">
          {groups.map((g) => (
            <section key={g.key} className="panel sx-metric-group" aria-labelledby={`sx-mg-${g.key}`}>
              <h3 id={`sx-mg-${g.key}`}>
                About {g.subjectIds.map((id) => actorName(index, id, 'full')).join(', ')}
              </h3>
              <ul className="sx-metric-list">
                {g.metrics.map((m) => (
                  <MetricFigure key={m.id} m={m} index={index} charted={isCharted(m, series)} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}

function MeasureCard({
  m,
  s,
  index,
  onDate,
}: {
  m: TradeMeasure;
  s: StatusOnDate;
  index: DatasetIndex;
  onDate: string;
}) {
  const headingId = useId();
  const stateLabel = stateSentence(s, AS_OF_STATE_LABEL[s.state]);
  const replacedBy = s.replacedById ? index.records.get(s.replacedById) : undefined;
  return (
    <article className={`panel sx-card sx-state-${s.state}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="sx-title">
        {m.title}
        <RecordFlag record={m} />
      </h3>
      <p className="sx-who">
        <span>
          {actorName(index, m.imposerId, 'full')} → {actorName(index, m.targetId, 'full')}
        </span>
        <span className="badge">Sector: {m.sector}</span>
        <span className={`badge badge-status-${m.status}`}>Documented: {STATUS_LABEL[m.status]}</span>
      </p>
      <p className="sx-asof">
        <span className="sx-asof-date">On {formatIsoDate(onDate)}:</span>{' '}
        <strong className={`sx-state sx-state-badge-${s.state}`} data-testid="as-of-state">
          {stateLabel}
        </strong>
        {replacedBy && (
          <>
            {' '}
            by <RecordLink recordId={replacedBy.record.id}>{recordTitle(index, replacedBy)}</RecordLink>
          </>
        )}
      </p>
      {s.terms && (
        <div className="sx-terms">
          <p className="sx-terms-desc">
            <strong>{s.terms.hypothetical ? 'Proposed terms' : 'Terms'}:</strong> {m.terms?.description}
          </p>
          {/* Before the record's own date there is nothing to count down: the terms are not yet documented. */}
          {s.state !== 'not-yet' && (
            <p className="sx-countdown" data-testid="countdown">
              {formatTermsCountdown(s.terms)}
            </p>
          )}
        </div>
      )}
      <p className="sx-desc">{m.description}</p>
      <p className="muted sx-date">
        Date: {formatFuzzyDate(m.date)} ({describePrecision(m.date)})
      </p>
      <details className="sx-lifecycle">
        <summary>Status over time</summary>
        <ol>
          {lifecycle(m, onDate).map((st, i) => (
            <li key={i} className={`sx-step sx-step-${st.reached}`}>
              <span className="sx-step-when">{st.when}</span> — {st.what}{' '}
              <span className="muted">({REACHED_LABEL[st.reached]})</span>
            </li>
          ))}
        </ol>
      </details>
      <p className="sx-links">
        <RecordLink recordId={m.id} label={`Quotes and notes for ${m.title}`}>
          Quotes and notes ({m.evidence.length})
        </RecordLink>
      </p>
      {m.relatedIds.length > 0 && (
        <div className="sx-related">
          <span className="muted">Related:</span>
          <ul>
            {m.relatedIds.map((rid) => {
              const rel = index.records.get(rid);
              return (
                <li key={rid}>
                  <RecordLink recordId={rid}>{rel ? recordTitle(index, rel) : rid}</RecordLink>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </article>
  );
}

function MetricFigure({ m, index, charted }: { m: Metric; index: DatasetIndex; charted: boolean }) {
  const value = formatMetricValue(m);
  return (
    <li className="sx-metric">
      <RecordLink recordId={m.id} className="sx-metric-value" label={`${value}, ${m.label}: open source`}>
        {value}
      </RecordLink>
      <div className="sx-metric-meta">
        <span className="sx-metric-label">
          {m.label}
          <RecordFlag record={m} />
        </span>
        <span className="muted">Measures: {m.measures}</span>
        <span className="badges">
          <span className="badge">Unit: {m.unit.replace(/-/g, ' ')}</span>
          <span className="badge">
            Period: {formatFuzzyDate(m.period)} (
            {m.period.precision === 'day' ? 'exact day' : m.period.precision.replace(/-/g, ' ')})
          </span>
          <span className="badge">Subjects: {m.subjectIds.map((id) => actorName(index, id)).join(', ')}</span>
          {charted && <span className="badge">Charted above</span>}
        </span>
      </div>
    </li>
  );
}
