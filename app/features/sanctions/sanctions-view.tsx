import { useCallback, useId, useMemo, useState } from 'react';
import { isCharted, sparkSeries } from '../../charts/metric-spark/build-series.ts';
import { MetricSpark } from '../../charts/metric-spark/metric-spark.tsx';
import {
  barRanges,
  buildBarGroups,
  filterMeasures,
  filterOptions,
  measureBar,
  type MeasureBar,
  type MeasureFilter,
} from '../../charts/measure-bars/build-bars.ts';
import { MeasureBars } from '../../charts/measure-bars/measure-bars.tsx';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { RecordFlag, RecordLink } from '../../components/record-link.tsx';
import { actorName, recordTitle, type DatasetIndex } from '../../data/selectors.ts';
import type { MeasureStatus, Metric, TradeMeasure } from '../../data/schema.ts';
import { measureStatusesOn, type StatusOnDate } from '../../data/status.ts';
import { isoToTime, today } from '../../lib/dates.ts';
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
import { useViewActions, useViewState } from '../../state/view-store.ts';
import {
  barsSummary,
  lifecycle,
  measuresOfKind,
  METRIC_TOPIC_HEADING,
  metricGroups,
  stateSentence,
  stateTally,
  type MetricGroup,
} from './sanctions-model.ts';
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

const ALL = '';

/**
 * Sanctions and export controls: a chart of every measure as a bar over time by imposer → target (with its
 * terms drawn on it), filters and search, the measures in detail, and the figures the documents give grouped
 * by what they measure.
 */
export function SanctionsView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const asOf = useViewState('asOf');
  const { recordOpened } = useViewActions();
  const onDate = asOf ?? today();
  const statuses = useMemo(() => measureStatusesOn(data, onDate), [data, onDate]);
  const series = useMemo(() => sparkSeries(data.metrics), [data]);
  const groups = useMemo(() => metricGroups(data.metrics), [data]);
  const kinds: TradeMeasure['kind'][] = ['export-control', 'sanction'];
  const [filter, setFilter] = useState<MeasureFilter>({});
  const [span, setSpan] = useState<'recent' | 'all'>('recent');
  // Open on wide screens, folded on a phone so the chart comes first; read once, then left to the user.
  const [filtersOpenInitially] = useState(
    () => typeof window === 'undefined' || window.matchMedia('(min-width: 700px)').matches,
  );
  const ids = { q: useId(), actor: useId(), sector: useId(), status: useId() };

  const names = useCallback(
    (id: string) => {
      const a = index.actors.get(id);
      return a ? [a.name, a.shortName, ...a.aliases] : [id];
    },
    [index],
  );
  const options = useMemo(() => filterOptions(data.tradeMeasures), [data]);
  const shown = useMemo(() => filterMeasures(data.tradeMeasures, filter, names), [data, filter, names]);
  const ranges = useMemo(() => barRanges(data.tradeMeasures, onDate, data.sources), [data, onDate]);
  const range = ranges[span];
  const barGroups = useMemo(() => buildBarGroups(shown, range), [shown, range]);
  const hiddenOlder = shown.filter((m) => measureBar(m, range).segments.length === 0).length;
  const pair = (a: string, b: string) => `${actorName(index, a)} → ${actorName(index, b)}`;
  const lines: { x: number; label: string; kind: 'as-of' | 'today' }[] = [];
  const pos = (iso: string) =>
    (isoToTime(iso) - isoToTime(range.from)) / (isoToTime(range.to) - isoToTime(range.from));
  const todayIso = today();
  if (asOf && pos(asOf) >= 0 && pos(asOf) <= 1)
    lines.push({ x: pos(asOf), label: `As of ${formatIsoDate(asOf)}`, kind: 'as-of' });
  if (todayIso !== asOf && pos(todayIso) >= 0 && pos(todayIso) <= 1)
    lines.push({ x: pos(todayIso), label: 'Today', kind: 'today' });
  const byId = new Map(data.tradeMeasures.map((m) => [m.id, m]));
  const barLabel = (b: MeasureBar) => {
    const m = byId.get(b.id);
    const s = statuses.get(b.id);
    if (!m) return b.title;
    return [
      `${m.title}: ${actorName(index, m.imposerId, 'full')} → ${actorName(index, m.targetId, 'full')}`,
      `${m.sector}`,
      `documented ${STATUS_LABEL[m.status].toLowerCase()}, ${formatFuzzyDate(m.date)}`,
      b.termsLabel,
      s ? `on ${formatIsoDate(onDate)}: ${AS_OF_STATE_LABEL[s.state].toLowerCase()}` : '',
    ]
      .filter(Boolean)
      .join('; ')
      .concat('. Open quotes');
  };
  const table = {
    columns: [
      'Imposer → target',
      'Measure',
      'Kind',
      'Sector',
      'Documented',
      'Date',
      'Terms',
      `On ${formatIsoDate(onDate)}`,
    ],
    rows: shown.map((m) => {
      const s = statuses.get(m.id);
      return [
        pair(m.imposerId, m.targetId),
        m.title,
        m.kind === 'sanction' ? 'Sanction' : 'Export control',
        m.sector,
        STATUS_LABEL[m.status],
        formatFuzzyDate(m.date),
        m.terms?.description ?? '',
        s ? AS_OF_STATE_LABEL[s.state] : '',
      ];
    }),
    recordIds: shown.map((m) => m.id),
  };
  const sourceIds = [...new Set(shown.flatMap((m) => m.evidence.map((e) => e.sourceId)))];
  const filtered = Object.values(filter).some(Boolean);
  const set = (patch: MeasureFilter) => setFilter((f) => ({ ...f, ...patch }));
  const tradeGroups = groups.filter((g) => g.topic === 'trade-energy');
  const otherGroups = groups.filter((g) => g.topic !== 'trade-energy');

  return (
    <div className="view sanctions-view">
      <header className="view-header">
        <h1>Sanctions and export controls</h1>
        <p className="sx-tally" aria-live="polite">
          On {formatIsoDate(onDate)}
          {asOf ? ' (the as-of date)' : ' (today)'}:{' '}
          {stateTally(data.tradeMeasures.flatMap((m) => statuses.get(m.id) ?? []))}.
        </p>
      </header>

      <div className="panel sx-controls" role="search" aria-label="Filter sanctions and export controls">
        <div className="sx-search">
          <label htmlFor={ids.q}>Search</label>
          <input
            id={ids.q}
            type="search"
            value={filter.query ?? ''}
            placeholder="oil, rare earth, India…"
            onChange={(e) => set({ query: e.target.value })}
          />
        </div>
        <details className="sx-filters" open={filtersOpenInitially}>
          <summary>Filter by actor, sector, status</summary>
          <div className="sx-filter-row">
            <div className="sx-filter">
              <label htmlFor={ids.actor}>Actor</label>
              <select
                id={ids.actor}
                value={filter.actor ?? ALL}
                onChange={(e) => set({ actor: e.target.value || undefined })}
              >
                <option value={ALL}>Any</option>
                {options.actors.map((a) => (
                  <option key={a} value={a}>
                    {actorName(index, a, 'full')}
                  </option>
                ))}
              </select>
            </div>
            <div className="sx-filter">
              <label htmlFor={ids.sector}>Sector</label>
              <select
                id={ids.sector}
                value={filter.sector ?? ALL}
                onChange={(e) => set({ sector: e.target.value || undefined })}
              >
                <option value={ALL}>Any</option>
                {options.sectors.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </select>
            </div>
            <div className="sx-filter">
              <label htmlFor={ids.status}>Status</label>
              <select
                id={ids.status}
                value={filter.status ?? ALL}
                onChange={(e) => set({ status: (e.target.value || undefined) as MeasureStatus | undefined })}
              >
                <option value={ALL}>Any</option>
                {options.statuses.map((x) => (
                  <option key={x} value={x}>
                    {STATUS_LABEL[x]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </details>
        <div className="sx-range" role="group" aria-label="Years shown">
          <button type="button" aria-pressed={span === 'recent'} onClick={() => setSpan('recent')}>
            From {ranges.recent.from.slice(0, 4)}
          </button>
          <button type="button" aria-pressed={span === 'all'} onClick={() => setSpan('all')}>
            All years
          </button>
        </div>
        <p className="sx-showing" aria-live="polite">
          {filtered ? `${shown.length} of ${data.tradeMeasures.length} measures match.` : ''}
          {filtered && (
            <button type="button" className="sx-link-button" onClick={() => setFilter({})}>
              Clear filters
            </button>
          )}
        </p>
      </div>

      <ChartFrame
        title="Sanctions and export controls over time"
        summary={barsSummary(shown, pair)}
        table={table}
        sourceIds={sourceIds}
        className="sx-chart"
      >
        <MeasureBars
          groups={barGroups}
          range={range}
          lines={lines}
          groupLabel={(g) =>
            `${actorName(index, g.imposerId, 'full')} → ${actorName(index, g.targetId, 'full')}`
          }
          barLabel={barLabel}
          onOpen={recordOpened}
          regionLabel="Measures over time: Tab to the chart, arrow keys move between measures, Enter opens the quotes"
        />
        {hiddenOlder > 0 && (
          <p className="muted sx-older">
            {hiddenOlder} older measure{hiddenOlder === 1 ? ' ends' : 's end'} before {range.from.slice(0, 4)}
            :{' '}
            <button type="button" className="sx-link-button" onClick={() => setSpan('all')}>
              show all years
            </button>
          </p>
        )}
        <ul className="mb-legend" aria-label="Key">
          <li>
            <span className="mb-swatch mb-swatch-documented" aria-hidden="true" /> in force
          </li>
          <li>
            <span className="mb-swatch mb-swatch-span" aria-hidden="true" /> date known only roughly
          </li>
          <li>
            <span className="mb-swatch mb-swatch-stale" aria-hidden="true" /> not documented for over a year
          </li>
          <li>
            <span className="mb-swatch mb-swatch-hypothetical" aria-hidden="true" /> proposed terms only
          </li>
          <li>
            <span className="mb-swatch mb-swatch-term" aria-hidden="true" /> terms end or come up for review
          </li>
        </ul>
      </ChartFrame>

      {kinds.map((k) => {
        const list = measuresOfKind(shown, k);
        if (list.length === 0) return null;
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
        <h2 id="sx-metrics">Trade and energy figures the documents give</h2>
        {series.map((sr) => (
          <MetricSpark
            key={sr.seriesId}
            series={sr}
            onOpen={recordOpened}
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
        {tradeGroups.map((g) => (
          <MetricList key={g.topic} group={g} index={index} series={series} />
        ))}
      </section>
      {otherGroups.length > 0 && (
        <details className="sx-section sx-other-figures">
          <summary>
            <h2 id="sx-other">
              Other figures in the documents:{' '}
              {otherGroups.map((g) => METRIC_TOPIC_HEADING[g.topic].toLowerCase()).join(', ')}
            </h2>
          </summary>
          <p className="muted">
            Not trade or energy measures: kept apart so a ranking or a claimed war loss is never read as a
            sanctions figure.
          </p>
          <div className="sx-grid">
            {otherGroups.map((g) => (
              <MetricList key={g.topic} group={g} index={index} series={series} />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}

function MetricList({
  group,
  index,
  series,
}: {
  group: MetricGroup;
  index: DatasetIndex;
  series: ReturnType<typeof sparkSeries>;
}) {
  const headingId = useId();
  return (
    <section className="panel sx-metric-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{METRIC_TOPIC_HEADING[group.topic]}</h3>
      <ul className="sx-metric-list">
        {group.metrics.map((m) => (
          <MetricFigure key={m.id} m={m} index={index} charted={isCharted(m, series)} />
        ))}
      </ul>
    </section>
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
