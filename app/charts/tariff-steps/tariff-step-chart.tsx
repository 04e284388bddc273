import './tariff-step-chart.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  XAxis,
  YAxis,
  DefaultZIndexes,
  ZIndexLayer,
} from 'recharts';
import type { FuzzyDate } from '../../data/schema.ts';
import { timeToIso } from '../../lib/dates.ts';
import { useDatasetIndex, useYours } from '../../data/use-dataset.ts';
import { actorName, type DatasetIndex } from '../../data/selectors.ts';
import {
  BASIS_DESCRIPTION,
  BASIS_LABEL,
  formatIsoDate,
  formatMonthTick,
  formatPercent,
  formatSpanRange,
} from '../../lib/format.ts';
import { EventsLane, LaneLegend } from '../events-lane/events-lane.tsx';
import type { LaneItem } from '../events-lane/build-lane.ts';
import { TurningPoints, TurningPointsKey } from '../turning-points/turning-points.tsx';
import { placeTurningPoints } from '../turning-points/place-labels.ts';
import type { TurningPointItem } from '../turning-points/build-turning-points.ts';
import { markedPoints, type StepPoint, type StepSeries } from '../../domain/step-series.ts';
import { fitToPixels } from '../../domain/fit-to-pixels.ts';
import { ReadingsHatch } from '../shared/readings-hatch.tsx';
import { useRovingFocus } from '../shared/roving-focus.ts';
import { cutAtEvidenceEnd, EvidenceTails, evidenceTails } from './evidence-tails.tsx';
import { CHART_MARGIN, seriesColor, seriesDash, seriesMarker, Y_AXIS_WIDTH } from './constants.ts';
import { pointAriaLabel, seriesLabel } from './describe.ts';
import type { NameOf } from '../../data/selectors.ts';
import { rateText } from '../../domain/readings.ts';
import { markerPath } from './markers.ts';
import { binMarks, binPoint } from './bin-marks.ts';
import { CoarseBands, coarseBands } from './coarse-bands.tsx';
import { ReadingBands, TurningGuides, type PlotBox, type ReadingBand } from './plot-guides.tsx';
import { StepTooltip, type ActivePoint } from './step-tooltip.tsx';
import {
  ChartScalesProvider,
  type ChartScales,
  ScenarioPaths,
  ScenarioSeriesContext,
  useChartScales,
  useScenarioSeries,
  useStableItems,
} from './scenario-layer.tsx';
import { useElementWidth } from './use-element-width.ts';
import { useUntabbableLayers } from './use-untabbable-layers.ts';
import type { TariffBasis } from '../../data/schema.ts';

export interface TariffStepChartProps {
  series: StepSeries[];
  domain: [number, number];
  lane?: LaneItem[];
  /** The story's turning points, written above the plot on the same time axis. */
  turningPoints?: readonly TurningPointItem[];
  asOf?: number | null;
  height?: number;
  describe?: (s: StepSeries) => string;
  /** Opens a record's provenance (a point or an event was activated). */
  onOpen: (recordId: string) => void;
}

/** A point of a drawn line only: a gap (rate null) where the rate is left open between readings. */
interface LinePoint {
  t: number;
  rate: number | null;
}
/** Below this width (a phone) the legend's reading notes fold into a disclosure. */
const NARROW = 560;

/** Month ticks, thinned so labels never collide (about one per 70 px). */
function monthTicks(domain: [number, number], plotWidth: number): number[] {
  const ticks: number[] = [];
  const d = new Date(domain[0]);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (d.getUTCDate() === 1 ? 0 : 1), 1);
  while (t <= domain[1]) {
    ticks.push(t);
    const n = new Date(t);
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1);
  }
  const step = Math.max(1, Math.ceil(ticks.length / Math.max(1, plotWidth / 72)));
  return ticks.filter((_, i) => i % step === 0);
}

function yMaxOf(series: StepSeries[]): number {
  const max = Math.max(10, ...series.flatMap((s) => s.points.flatMap((p) => [p.rate, ...(p.rates ?? [])])));
  return Math.ceil((max * 1.1) / 10) * 10;
}

/** The record date of a documented point (scenario points have none). */
function pointDate(index: DatasetIndex, p: StepPoint): FuzzyDate | undefined {
  if (!p.recordId) return undefined;
  const r = index.records.get(p.recordId);
  if (!r) return undefined;
  const rec = r.record as { date?: FuzzyDate };
  return rec.date;
}

/** The record a point opens: its own record, or the scenario preset it comes from when that is a record. */
function pointTarget(index: DatasetIndex, p: StepPoint): string | null {
  if (p.recordId) return p.recordId;
  if (p.scenario && index.records.has(p.scenario.sourceId)) return p.scenario.sourceId;
  return null;
}

/**
 * Focusable marks for every documented (or scenario) point, drawn inside the chart with its scales. Each is
 * a button: Enter, Space or a click opens the provenance drawer; focus or hover shows the tooltip. Together
 * they are one Tab stop; the arrow keys, Home and End move between them.
 */
function PointMarks({
  series,
  name,
  index,
  showNotes,
  onActive,
  onOpen,
  plotWidth,
}: {
  series: StepSeries[];
  /** Width of the plot in pixels: a series with more marks than fit apart draws one per column. */
  plotWidth: number;
  name: NameOf;
  index: DatasetIndex;
  showNotes: boolean;
  onActive: (a: ActivePoint | null) => void;
  onOpen: (recordId: string) => void;
}) {
  const scales = useChartScales();
  // Scenario points come through the scenario layer's context: a toggle re-renders these marks, not the chart.
  const scenario = useScenarioSeries();
  const yoursIds = useYours();
  // The points are one Tab stop; the arrow keys walk them in time order (roving-focus.ts).
  const ref = useRef<SVGGElement>(null);
  const roving = useRovingFocus(ref, '.tsc-point');
  if (!scales) return null;
  const seen = new Map<string, number>();
  const { groups, dense } = binMarks(
    [...series, ...scenario]
      .flatMap((s) => markedPoints(s).map((p, i) => ({ s, p, i })))
      .sort((a, b) => a.p.t - b.p.t || b.p.rate - a.p.rate)
      .flatMap(({ s, p, i }) => {
        // Open points of two lines can share a spot on their common band: each later one steps aside.
        const spot = `${p.t}|${p.rates ? p.rates.join('/') : ''}`;
        const twins = p.rates ? (seen.get(spot) ?? 0) : 0;
        if (p.rates) seen.set(spot, twins + 1);
        const cx = scales.x(p.t) + twins * 16;
        // A rate an open reading leaves undecided sits between its values, on the band, not on one of them.
        const cy = scales.y(p.rates ? (Math.min(...p.rates) + Math.max(...p.rates)) / 2 : p.rate);
        if (!Number.isFinite(cx) || !Number.isFinite(cy)) return [];
        return [{ s, p, i, cx, cy, twins, seriesKey: s.key }];
      }),
    plotWidth,
  );
  return (
    <g className="tsc-points" ref={ref}>
      {/* In time order (highest rate first on a shared date), so the arrow keys walk the story left to right
          instead of one series after another. */}
      {groups.map((bin) => {
        // Marks of one series too close to tell apart are one mark saying how many changes it stands for.
        const { s, i, cx, cy, twins } = bin[0]!;
        const p = binPoint(bin);
        const date = pointDate(index, p);
        const target = pointTarget(index, p);
        const active: ActivePoint = { series: s, point: p, date, x: cx, y: cy, hasSource: target !== null };
        const open = () => target && onOpen(target);
        const yours = !!p.recordId && yoursIds.has(p.recordId);
        const shape = seriesMarker(s.basis);
        const note =
          showNotes && !dense.has(s.key) && p.span && date && twins === 0
            ? `(${date.label}: ${formatSpanRange(date.start, date.end)})`
            : null;
        return (
          <g
            key={`${s.key}-${i}`}
            role="button"
            tabIndex={0}
            aria-label={pointAriaLabel(p, s, name, date, target !== null, yours)}
            aria-haspopup={target ? 'dialog' : undefined}
            className={`tsc-point kind-${s.kind}${bin.length > 1 ? ' tsc-bin' : ''}${yours ? ' is-yours' : ''}`}
            transform={`translate(${cx},${cy})`}
            onClick={open}
            onKeyDown={roving.keyDownOpening(open)}
            onFocus={(e) => {
              roving.onFocus(e);
              onActive(active);
            }}
            onBlur={() => onActive(null)}
            onMouseEnter={() => onActive(active)}
            onMouseLeave={() => onActive(null)}
          >
            <circle r={12} className="tsc-hit" />
            <circle r={10} className="tsc-focus-ring" />
            {yours && <circle r={9} className="yours-ring" aria-hidden="true" />}
            <path
              d={markerPath(shape, 5.5)}
              fill={s.kind === 'actual' ? seriesColor(s) : 'var(--surface)'}
              stroke={seriesColor(s)}
              strokeWidth={2}
            />
            {p.ambiguous && (
              <g transform="translate(10,-11)" className="ambiguity-badge" aria-hidden="true">
                <circle r={7} />
                <text textAnchor="middle" dy="0.35em">
                  ?
                </text>
              </g>
            )}
            {bin.length > 1 && p.merged && (
              <text x={0} y={20} textAnchor="middle" className="tsc-bin-count" aria-hidden="true">
                {p.merged.count}
              </text>
            )}
            {note && (
              <text
                x={(p.ambiguous ? 20 : 9) + (p.rates ? 18 : 0)}
                y={-4}
                className="tsc-note"
                aria-hidden="true"
              >
                {rateText(p.rate, p.rates)} {note}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function LegendSwatch({ s }: { s: StepSeries }) {
  const color = seriesColor(s);
  return (
    <svg width="40" height="16" aria-hidden="true" className="legend-swatch">
      <line x1="2" x2="38" y1="8" y2="8" stroke={color} strokeWidth={2.5} strokeDasharray={seriesDash(s)} />
      <path
        d={markerPath(seriesMarker(s.basis), 4.5)}
        transform="translate(20,8)"
        fill={s.kind === 'actual' ? color : 'var(--surface)'}
        stroke={color}
        strokeWidth={2}
      />
    </svg>
  );
}

/**
 * The escalation step chart: one stepped path per series (direction × basis × kind), status by dash, basis by
 * marker, imposer by colour; coarse dates as shaded bands; ambiguous points badged "?"; scenario series in
 * their own colour and dash. Series arrive precomputed; they are only fitted to the pixel width here.
 */
export function TariffStepChart({
  series,
  domain,
  lane,
  turningPoints,
  asOf,
  height = 360,
  describe,
  onOpen,
}: TariffStepChartProps) {
  const index = useDatasetIndex();
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  useUntabbableLayers(wrapRef);
  const [active, setActive] = useState<ActivePoint | null>(null);
  const plotLeft = CHART_MARGIN.left + Y_AXIS_WIDTH;
  const plotWidth = Math.max(40, width - plotLeft - CHART_MARGIN.right);
  // The documented series keep their identity across scenario toggles, so the Recharts chart below (axes,
  // bands, documented lines) is built once and skipped on a toggle; scenario paths and their marks are a
  // separate layer inside it (scenario-layer.tsx). Only a scenario that raises the y axis redraws it all.
  const documented = useStableItems(series.filter((s) => s.kind !== 'scenario'));
  const fitted = useMemo(() => documented.map((s) => fitToPixels(s, plotWidth)), [documented, plotWidth]);
  const fittedScenario = useMemo(
    () => series.filter((s) => s.kind === 'scenario').map((s) => fitToPixels(s, plotWidth)),
    [series, plotWidth],
  );
  const name = useMemo<NameOf>(() => (id) => actorName(index, id), [index]);
  const ticks = useMemo(() => monthTicks(domain, plotWidth), [domain, plotWidth]);
  const yMax = useMemo(() => yMaxOf(series), [series]);
  const bands = useMemo(() => coarseBands(documented, yMax), [documented, yMax]);
  // A rate the documents leave open between readings (the summer 10% or 30%): a hatched band from the lowest
  // to the highest reading, from its step to the line's next step, edged at every reading's value in the line's
  // colour. The line itself is cut over that stretch (see `lineData`), so no single reading is drawn as the rate;
  // where two lines share a band their edges alternate dashes, each line at each value.
  const readingBands = useMemo(() => {
    const out: ReadingBand[] = [];
    // Bands already drawn per start and range, so lines sharing a band are counted without rescanning them.
    const drawn = new Map<string, number>();
    for (const s of documented) {
      s.points.forEach((p, i) => {
        if (!p.rates || p.recordId === null) return;
        // The next documented step ends the band; with none, the evidence end or the right edge does.
        let j = i + 1;
        while (j < s.points.length && (s.points[j]!.t <= p.t || s.points[j]!.recordId === null)) j++;
        const next = s.points[j];
        let k = i - 1;
        while (k >= 0 && s.points[k]!.t >= p.t) k--;
        const prev = s.points[k];
        const x2 = next ? next.t : Math.min(domain[1], s.documentedUntil ?? domain[1]);
        const low = Math.min(...p.rates);
        const high = Math.max(...p.rates);
        const spot = `${p.t}|${low}|${high}`;
        const shared = drawn.get(spot) ?? 0;
        drawn.set(spot, shared + 1);
        out.push({
          key: `${s.key}-${p.t}-readings`,
          x1: p.t,
          x2,
          low,
          high,
          from: prev ? prev.rate : null,
          rates: p.rates,
          // One label per band, however many lines share it.
          label: shared === 0 ? rateText(p.rate, p.rates) : null,
          color: seriesColor(s),
          dashOffset: shared * 7,
        });
      });
    }
    return out;
  }, [documented, domain]);
  // The line is cut where a reading is open: it runs to the step's date at the rate before, then resumes at the
  // next step; the reading band's edges carry it in between.
  const lineData = useMemo(
    () =>
      fitted.map((s) => {
        if (!s.points.some((p) => p.rates))
          return { s, points: cutAtEvidenceEnd(s, s.points) as (StepPoint | LinePoint)[] };
        const points: (StepPoint | LinePoint)[] = [];
        let open = false;
        for (const p of s.points) {
          if (p.rates && p.recordId !== null) {
            const prev = points[points.length - 1];
            if (prev && prev.rate !== null) points.push({ t: p.t, rate: prev.rate });
            points.push({ t: p.t, rate: null });
            open = true;
          } else if (open && p.recordId === null) {
            // The copy that carries an open rate to the right edge (or a connector) stays inside the band.
            continue;
          } else {
            open = false;
            points.push(p);
          }
        }
        return { s, points: cutAtEvidenceEnd(s, points) };
      }),
    [fitted],
  );
  const tails = useMemo(() => evidenceTails(documented, domain[1]), [documented, domain]);
  const placedTurns = useMemo(
    () =>
      width > 0 && turningPoints ? placeTurningPoints(turningPoints, domain, width, plotLeft, plotWidth) : [],
    [turningPoints, domain, width, plotLeft, plotWidth],
  );
  const showNotes = plotWidth > 560;
  const plotBox = useCallback(
    (sc: ChartScales): PlotBox => ({ x0: sc.x(domain[0]), x1: sc.x(domain[1]), y0: sc.y(yMax), y1: sc.y(0) }),
    [domain, yMax],
  );
  const turningTimes = useMemo(() => (turningPoints ?? []).map((tp) => tp.t), [turningPoints]);
  const chart = useMemo(
    () =>
      width > 0 ? (
        <ComposedChart
          width={width}
          height={height}
          margin={CHART_MARGIN}
          // The point buttons below are the chart's one Tab stop; Recharts' own keyboard layer would be a second.
          accessibilityLayer={false}
          role="group"
          title="Tariff rates over time"
          desc="Stepped lines of documented tariff rates; each point below is a button that opens its source."
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            allowDataOverflow
            ticks={ticks}
            tickFormatter={(t: number) => formatMonthTick(t)}
            stroke="var(--muted)"
            tick={{ fill: 'var(--text)', fontSize: 12 }}
          />
          <YAxis
            width={Y_AXIS_WIDTH}
            type="number"
            domain={[0, yMax]}
            tickFormatter={(v: number) => formatPercent(v)}
            stroke="var(--muted)"
            tick={{ fill: 'var(--text)', fontSize: 12 }}
          />
          {readingBands.length > 0 && (
            <defs>
              <ReadingsHatch id="tsc-readings-hatch" />
            </defs>
          )}
          {lineData.map(({ s, points }) => (
            <Line
              key={s.key}
              data={points}
              dataKey="rate"
              name={seriesLabel(s, name, describe)}
              type="stepAfter"
              stroke={seriesColor(s)}
              strokeWidth={s.kind === 'actual' ? 2.5 : 2}
              strokeDasharray={seriesDash(s)}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {asOf != null && (
            <ReferenceLine
              x={asOf}
              stroke="var(--text)"
              strokeDasharray="4 3"
              ifOverflow="hidden"
              label={{
                value: `as of ${formatIsoDate(timeToIso(asOf))}`,
                position: 'insideTopRight',
                fill: 'var(--text)',
                fontSize: 12,
              }}
            />
          )}
          <ChartScalesProvider>
            {/* One plain SVG layer bounded by the pixels (coarse-bands.tsx), not a ReferenceArea per band. */}
            <ZIndexLayer zIndex={DefaultZIndexes.area}>
              <CoarseBands bands={bands} domain={domain} yMax={yMax} />
              <ReadingBands bands={readingBands} plot={plotBox} hatchId="tsc-readings-hatch" />
              {/* Each turning point's leader (drawn above the plot) carries on down to the time axis. */}
              <TurningGuides times={turningTimes} plot={plotBox} />
            </ZIndexLayer>
            <ZIndexLayer zIndex={DefaultZIndexes.line}>
              <EvidenceTails tails={tails} />
              <ScenarioPaths domain={domain} />
            </ZIndexLayer>
            {/* Above lines, areas and axes, so every point can be hovered and clicked. */}
            <ZIndexLayer zIndex={1100}>
              <PointMarks
                series={fitted}
                name={name}
                index={index}
                showNotes={showNotes}
                plotWidth={plotWidth}
                onActive={setActive}
                onOpen={onOpen}
              />
            </ZIndexLayer>
          </ChartScalesProvider>
        </ComposedChart>
      ) : null,
    [
      width,
      plotWidth,
      height,
      domain,
      ticks,
      yMax,
      bands,
      readingBands,
      plotBox,
      turningTimes,
      fitted,
      lineData,
      tails,
      name,
      describe,
      asOf,
      index,
      showNotes,
      onOpen,
    ],
  );
  const bases = [...new Set(series.map((s) => s.basis))] as TariffBasis[];
  const hasAmbiguous =
    series.some((s) => s.points.some((p) => p.ambiguous)) || (lane ?? []).some((i) => i.ambiguous);
  const laneKinds = [...new Set((lane ?? []).map((i) => i.kind))];

  const narrow = width > 0 && width < NARROW;
  const readingNotes = (
    <>
      <ul className="legend-notes">
        {bases.map((b) => (
          <li key={b}>
            <strong>{BASIS_LABEL[b]}</strong> (
            {b === 'headline' ? 'circle' : b === 'average' ? 'square' : 'diamond'}): {BASIS_DESCRIPTION[b]}
          </li>
        ))}
        <li>
          Solid: took effect; dashed: threatened or announced (not yet in effect); dotted: proposed. Filled
          marker: a rate that took effect; hollow: one that has not.
        </li>
        {series.some((s) => s.kind === 'scenario') && (
          <li>Scenario lines (purple, dash-dot) are what-ifs, not documented facts.</li>
        )}
        {bands.length > 0 && (
          <li>
            Shaded band along a line: the documents give only a coarse date (a season, a month); the band
            spans it and the point sits at its start. Bands of one line that overlap on screen are drawn as
            one shade (its tooltip says how many).
          </li>
        )}
        {tails.length > 0 && (
          <li>
            Faint dotted line after &ldquo;last documented&rdquo;: no later document speaks of that rate, so
            the chart does not draw it as still in force.
          </li>
        )}
        {readingBands.length > 0 && (
          <li>
            Hatched band between two lines, labelled &ldquo;{readingBands[0]!.label}&rdquo;: the document can
            be read either way and no reading is picked; each edge is one reading&apos;s value. Pick a reading
            under Readings in the header to draw one.
          </li>
        )}
        {hasAmbiguous && (
          <li>
            <span className="flag" aria-hidden="true">
              ?
            </span>{' '}
            ambiguous or conflicting in the documents: open the source for the curator&apos;s note.
          </li>
        )}
      </ul>
      {laneKinds.length > 0 && <LaneLegend kinds={laneKinds} />}
    </>
  );

  return (
    <div className="tsc" ref={wrapRef}>
      {turningPoints && width > 0 && (
        <TurningPoints items={turningPoints} placed={placedTurns} width={width} onOpen={onOpen} />
      )}
      <div className="tsc-plot" style={{ height }} data-export-part>
        <ScenarioSeriesContext value={fittedScenario}>{chart}</ScenarioSeriesContext>
        {active && <StepTooltip active={active} width={width} name={name} index={index} />}
      </div>
      {turningPoints && <TurningPointsKey items={turningPoints} placed={placedTurns} onOpen={onOpen} />}
      {lane && width > 0 && (
        <EventsLane
          items={lane}
          domain={domain}
          width={width}
          left={plotLeft}
          plotWidth={plotWidth}
          asOf={asOf}
          onOpen={onOpen}
        />
      )}
      <div className="tsc-legend">
        <ul className="legend-list" aria-label="Rate lines" data-export-legend>
          {series.map((s) => (
            <li key={s.key}>
              <LegendSwatch s={s} />
              {seriesLabel(s, name, describe)}
            </li>
          ))}
        </ul>
        {/* On a phone the key stays in view and the reading notes fold away: open, they were longer than the
            chart itself. */}
        {narrow ? (
          <details className="legend-more">
            <summary>
              How to read the lines and markers{laneKinds.length > 0 ? ', and the events lane' : ''}
            </summary>
            {readingNotes}
          </details>
        ) : (
          readingNotes
        )}
      </div>
    </div>
  );
}
