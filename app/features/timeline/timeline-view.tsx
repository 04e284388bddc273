import { useId, useMemo, useState } from 'react';
import {
  filterItems,
  layoutLanes,
  positionInRange,
  presentActors,
  presentKinds,
  presentStatuses,
  quickRanges,
  resolveRange,
  timelineItems,
  timeTicks,
  zoomRange,
  type Lane,
  type TimeRange,
} from '../../charts/timeline-lanes/build-lanes.ts';
import { KIND_LABEL, STATUS_STYLE } from '../../charts/timeline-lanes/constants.ts';
import { KindSwatch } from '../../charts/shared/kind-symbol.tsx';
import { StatusSwatch, TimelineLanes } from '../../charts/timeline-lanes/timeline-lanes.tsx';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { RecordFlag, RecordLink } from '../../components/record-link.tsx';
import { actorName } from '../../data/selectors.ts';
import { appliesOn, measureStatusesOn } from '../../data/status.ts';
import { today } from '../../lib/dates.ts';
import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import {
  AS_OF_STATE_LABEL,
  formatFuzzyDate,
  formatIsoDate,
  formatMonthTick,
  formatTermsCountdown,
  formatYearTick,
} from '../../lib/format.ts';
import { useViewActions, useViewState } from '../../state/view-store.ts';
import {
  filtersSummary,
  laneName,
  markLabel,
  splitOnDate,
  statusLabel,
  tariffText,
  timelineSummary,
  timelineTable,
} from './describe-timeline.ts';
import { DateField } from '../../components/date-field.tsx';
import './timeline.css';
import { toggleIn } from '../../lib/list.ts';

/** One timeline of every record kind, in lanes by actor pair, with the as-of date and what was in force then. */
export function TimelineView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const asOf = useViewState('asOf');
  const tlActors = useViewState('tlActors');
  const tlKinds = useViewState('tlKinds');
  const tlStatuses = useViewState('tlStatuses');
  const tlFrom = useViewState('tlFrom');
  const tlTo = useViewState('tlTo');
  const { viewFiltersChanged, recordOpened } = useViewActions();
  const fromId = useId();
  const toId = useId();

  const items = useMemo(() => timelineItems(data), [data]);
  const ranges = useMemo(() => quickRanges(items), [items]);
  const range = useMemo(() => resolveRange(items, tlFrom, tlTo), [items, tlFrom, tlTo]);
  const allRange: TimeRange = ranges.find((r) => r.id === 'all') ?? range;
  const filtered = useMemo(
    () => filterItems(items, { actors: tlActors, kinds: tlKinds, statuses: tlStatuses }),
    [items, tlActors, tlKinds, tlStatuses],
  );
  const lanes = useMemo(() => layoutLanes(filtered, range, 0.035), [filtered, range]);
  const ticks = useMemo(() => timeTicks(range), [range]);
  const onDate = asOf ?? today();
  const statuses = useMemo(() => measureStatusesOn(data, onDate), [data, onDate]);

  // With an as-of date, what did not apply then is drawn faded: measures not (yet) in force, lapsed or
  // superseded on that date, and events that had not happened yet.
  const faded = useMemo(() => {
    if (!asOf) return undefined;
    const out = new Set<string>();
    for (const it of items) {
      const st = statuses.get(it.id);
      if (st ? appliesOn(st) === 'no' : it.date.start > asOf) out.add(it.id);
    }
    return out;
  }, [items, statuses, asOf]);

  const short = (id: string) => actorName(index, id);
  const laneLabel = (l: Lane) => laneName(l, short);
  const lines: { x: number; label: string; kind: 'as-of' | 'today' }[] = [];
  const asOfX = asOf ? positionInRange(asOf, range) : null;
  if (asOf && asOfX !== null) lines.push({ x: asOfX, label: `As of ${formatIsoDate(asOf)}`, kind: 'as-of' });
  const todayIso = today();
  const todayX = positionInRange(todayIso, range);
  if (todayX !== null && todayIso !== asOf) lines.push({ x: todayX, label: 'Today', kind: 'today' });

  const table = timelineTable(lanes, laneLabel);
  const sourceIds = [
    ...new Set(
      lanes.flatMap((l) =>
        l.items.flatMap((i) => index.records.get(i.id)?.record.evidence.map((e) => e.sourceId) ?? []),
      ),
    ),
  ];
  const shownRange = `the timeline shows ${formatIsoDate(range.from)} – ${formatIsoDate(range.to)}`;
  const activeRange = ranges.find((r) => r.from === range.from && r.to === range.to);
  const filterCount = tlActors.length + tlKinds.length + tlStatuses.length;
  const filtersOn = filterCount > 0;
  // Read once: React sets `open` on mount and leaves the user's own toggling alone afterwards. Folded
  // unless a filter is on, so the chart starts in the first screen at every width.
  const [filtersOpenInitially] = useState(() => filtersOn);

  const { applied, otherTerms } = splitOnDate(
    [
      ...data.tariffMeasures.map((m) => ({ m, text: tariffText(m) })),
      ...data.tradeMeasures.map((m) => ({ m, text: m.title })),
    ].map((x) => ({ ...x, s: statuses.get(x.m.id) })),
  );
  const renderItem = ({ m, text, s }: (typeof applied)[number]) => (
    <li key={m.id}>
      <span className={`badge tl-state tl-state-${s?.state ?? ''}`}>
        {s ? AS_OF_STATE_LABEL[s.state] : ''}
      </span>{' '}
      <RecordLink recordId={m.id} label={`${text}: open source`}>
        {text}
      </RecordLink>
      <RecordFlag record={m} />
      <span className="muted"> · {formatFuzzyDate(m.date)}</span>
      {s?.terms && <span className="block tl-terms">{formatTermsCountdown(s.terms)}</span>}
    </li>
  );

  return (
    <div className="view timeline-view">
      <header className="view-header">
        <h1>One timeline: tariffs, sanctions, export controls and diplomacy</h1>
        <p className="lede">
          Every dated record on one time axis, in lanes by actor pair; rough dates are spans.{' '}
          {/* How to use a keyboard on it: read, not shown, on a phone (the chart comes first there). */}
          <span className="phone-hidden">
            Select a mark (arrow keys move between marks) to read its source.
          </span>
        </p>
      </header>

      <section className="panel tl-controls" aria-label="Range and filters">
        <div className="tl-control-row">
          <fieldset className="tl-ranges">
            <legend>Range</legend>
            {ranges.map((r) => (
              <button
                key={r.id}
                type="button"
                aria-pressed={activeRange?.id === r.id}
                onClick={() =>
                  viewFiltersChanged(
                    r.id === 'year' ? { tlFrom: null, tlTo: null } : { tlFrom: r.from, tlTo: r.to },
                  )
                }
              >
                {r.label}
              </button>
            ))}
            <button type="button" onClick={() => viewFiltersChanged(zoomToPatch(zoomRange(range, 0.5)))}>
              Zoom in
            </button>
            <button
              type="button"
              onClick={() => viewFiltersChanged(zoomToPatch(zoomRange(range, 2, allRange)))}
            >
              Zoom out
            </button>
          </fieldset>
          <div className="tl-custom-range">
            <label htmlFor={fromId}>From</label>
            <DateField
              id={fromId}
              name="From"
              value={tlFrom ?? range.from}
              onChange={(d) => viewFiltersChanged({ tlFrom: d, tlTo: tlTo ?? range.to })}
              showing={shownRange}
            />
            <label htmlFor={toId}>To</label>
            <DateField
              id={toId}
              name="To"
              value={tlTo ?? range.to}
              onChange={(d) => viewFiltersChanged({ tlFrom: tlFrom ?? range.from, tlTo: d })}
              showing={shownRange}
            />
          </div>
        </div>
        {/* Open on wide screens; folded on phones, where the 25 filter boxes stood between the range and the chart. */}
        <details className="tl-filters" open={filtersOpenInitially}>
          <summary>{filtersSummary(filterCount)}</summary>
          <div className="tl-control-row">
            <fieldset className="tl-filter">
              <legend>Kind</legend>
              {presentKinds(items).map((k) => (
                <label key={k}>
                  <input
                    type="checkbox"
                    checked={tlKinds.includes(k)}
                    onChange={() => viewFiltersChanged({ tlKinds: toggleIn(tlKinds, k) })}
                  />
                  <KindSwatch kind={k} />
                  {KIND_LABEL[k]}
                </label>
              ))}
            </fieldset>
            <fieldset className="tl-filter">
              <legend>Actor</legend>
              {presentActors(items).map((a) => (
                <label key={a}>
                  <input
                    type="checkbox"
                    checked={tlActors.includes(a)}
                    onChange={() => viewFiltersChanged({ tlActors: toggleIn(tlActors, a) })}
                  />
                  {short(a)}
                </label>
              ))}
            </fieldset>
            <fieldset className="tl-filter">
              <legend>Status</legend>
              {presentStatuses(items).map((s) => (
                <label key={s}>
                  <input
                    type="checkbox"
                    checked={tlStatuses.includes(s)}
                    onChange={() => viewFiltersChanged({ tlStatuses: toggleIn(tlStatuses, s) })}
                  />
                  {statusLabel(s)}
                </label>
              ))}
            </fieldset>
            {filtersOn && (
              <button
                type="button"
                onClick={() => viewFiltersChanged({ tlActors: [], tlKinds: [], tlStatuses: [] })}
              >
                Clear filters
              </button>
            )}
          </div>
          <p className="muted tl-filter-note">
            An empty group shows everything; an actor matches either party of a record.
          </p>
        </details>
      </section>

      <ChartFrame
        title="Timeline by actor pair"
        summary={timelineSummary(lanes, range, asOf)}
        table={table}
        sourceIds={sourceIds}
      >
        <TimelineLanes
          lanes={lanes}
          ticks={ticks}
          tickLabel={(t) => (t.unit === 'year' ? formatYearTick(t.t) : formatMonthTick(t.t))}
          laneLabel={laneLabel}
          markLabel={(it) => markLabel(it, asOf ? { date: asOf, status: statuses.get(it.id) } : null)}
          lines={lines}
          onOpen={recordOpened}
          regionLabel="Timeline lanes (scrolls sideways on narrow screens)"
          faded={faded}
        />
        <ul className="tl-legend" aria-label="Legend" data-export-legend>
          {STATUS_STYLE.map((s) => (
            <li key={s.style}>
              <StatusSwatch style={s.style} />
              {s.label}
            </li>
          ))}
          {asOf && (
            <li>
              <StatusSwatch style="solid" faded />
              Faded: not in force (or not yet happened) on {formatIsoDate(asOf)}
            </li>
          )}
          {/* One entry per kind drawn, in the one symbol set the events lane and the kind filter use too. */}
          {presentKinds(lanes.flatMap((l) => l.items)).map((k) => (
            <li key={k}>
              <KindSwatch kind={k} />
              {KIND_LABEL[k]}
            </li>
          ))}
        </ul>
      </ChartFrame>

      <section className="panel" aria-labelledby="tl-in-force">
        <h2 id="tl-in-force">
          In force on {formatIsoDate(onDate)}
          {asOf ? '' : ' (today)'}
        </h2>
        <p className="muted">
          Measures that applied (or, where a document dates them only roughly, possibly applied) on this date,
          with how long any time-limited terms had left. Set another date with “As of” in the header.
        </p>
        {applied.length === 0 ? (
          <p>No documented measure applied on this date.</p>
        ) : (
          <ul className="tl-in-force-list">{applied.map(renderItem)}</ul>
        )}
        {otherTerms.length > 0 && (
          <>
            <h3 id="tl-other-terms">Time-limited terms not in force on this date</h3>
            <ul className="tl-in-force-list" aria-labelledby="tl-other-terms">
              {otherTerms.map(renderItem)}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

function zoomToPatch(r: TimeRange) {
  return { tlFrom: r.from, tlTo: r.to };
}
