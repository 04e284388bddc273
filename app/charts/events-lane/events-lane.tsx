import { tooltipStyle } from '../tariff-steps/tooltip-position.ts';
import './events-lane.css';
import { useMemo, useRef, useState } from 'react';
import { useRovingFocus } from '../shared/roving-focus.ts';
import { useDatasetIndex, useYours } from '../../data/use-dataset.ts';
import { formatSpanRange, withYours } from '../../lib/format.ts';
import { DAY_MS, timeToIso } from '../../lib/dates.ts';
import { KIND_LABEL } from '../shared/event-kinds.ts';
import { KindMarker, KindSwatch } from '../shared/kind-symbol.tsx';
import {
  LANE_ROWS,
  BIN_PX,
  laneMarksInOrder,
  packLane,
  type LaneBin,
  type LaneItem,
  type LaneKind,
} from './build-lane.ts';

const SUB_ROW = 22;
const ROW_GAP = 10;

/** Accessible name of a lane marker. */
export function laneItemLabel(item: LaneItem): string {
  const flag = item.ambiguous ? ', ambiguous in the document' : '';
  return `${KIND_LABEL[item.kind]}: ${item.title}, ${item.dateLabel}, ${item.status}${flag} — open source`;
}

/** What a bin holds, by kind, most first ("Sanction ×7, Export control ×5"). */
export function binKinds(bin: LaneBin): string {
  const count = new Map<LaneKind, number>();
  for (const i of bin.items) count.set(i.kind, (count.get(i.kind) ?? 0) + 1);
  return [...count]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${KIND_LABEL[k]} ×${n}`)
    .join(', ');
}

/** Accessible name of a bin mark. */
export function laneBinLabel(bin: LaneBin): string {
  const first = bin.items[0]!;
  const last = bin.items[bin.items.length - 1]!;
  const span =
    first.dateLabel === last.dateLabel ? first.dateLabel : `${first.dateLabel} to ${last.dateLabel}`;
  return `${bin.items.length} more ${bin.items.length === 1 ? 'event' : 'events'} in this span, ${span}: ${binKinds(bin)} — open the first; every one is in the table of events below`;
}

type Active =
  | { item: LaneItem; bin?: undefined; x: number; y: number }
  | { bin: LaneBin; item?: undefined; x: number; y: number };

/** The row a lane mark sits in, for ↑/↓. */
const rowOfMark = (el: Element) => el.getAttribute('data-row') ?? '';

/**
 * The events lane under the step chart: one row per kind group, one focusable marker per record while they
 * fit (at most a few sub-rows), then one numbered mark per pixel column for the rest; coarse dates as a band
 * over their span. `left`/`plotWidth` align it with the chart's plot area.
 */
export function EventsLane({
  items,
  domain,
  width,
  left,
  plotWidth,
  asOf,
  onOpen,
}: {
  items: LaneItem[];
  domain: [number, number];
  width: number;
  left: number;
  plotWidth: number;
  asOf?: number | null;
  /** Opens a record's provenance. */
  onOpen: (recordId: string) => void;
}) {
  const index = useDatasetIndex();
  const [active, setActive] = useState<Active | null>(null);
  const yoursIds = useYours();
  const toPx = useMemo(() => {
    const span = Math.max(1, domain[1] - domain[0]);
    return (t: number) =>
      left + ((Math.min(Math.max(t, domain[0]), domain[1]) - domain[0]) / span) * plotWidth;
  }, [domain, left, plotWidth]);
  const { level, levels, shown, bins } = useMemo(() => packLane(items, toPx, 16), [items, toPx]);
  // One Tab stop for the lane: ←/→ walk a row left to right, ↑/↓ go to the neighbouring row.
  const marks = useMemo(() => laneMarksInOrder(shown, bins, toPx), [shown, bins, toPx]);
  const svgRef = useRef<SVGSVGElement>(null);
  const roving = useRovingFocus(svgRef, '.lane-item', rowOfMark);

  const rowTop: Record<string, number> = {};
  let y = 4;
  for (const row of LANE_ROWS) {
    rowTop[row.id] = y;
    y += levels[row.id] * SUB_ROW + ROW_GAP;
  }
  const height = y;

  const binMark = (bin: LaneBin, x: number) => {
    const cy = (rowTop[bin.row] ?? 0) + (levels[bin.row] - 1) * SUB_ROW + SUB_ROW / 2;
    const first = bin.items[0]!;
    const open = () => onOpen(first.id);
    return (
      <g
        key={`${bin.row}-${bin.x}`}
        role="button"
        tabIndex={0}
        aria-label={laneBinLabel(bin)}
        aria-haspopup="dialog"
        className="lane-item lane-bin"
        data-row={bin.row}
        onClick={open}
        onKeyDown={roving.keyDownOpening(open)}
        onFocus={(e) => {
          roving.onFocus(e);
          setActive({ bin, x, y: cy });
        }}
        onBlur={() => setActive(null)}
        onMouseEnter={() => setActive({ bin, x, y: cy })}
        onMouseLeave={() => setActive(null)}
      >
        <rect x={bin.x + 1} y={cy - 9} width={BIN_PX - 2} height={18} rx={4} className="lane-bin-box" />
        <text x={x} y={cy} dy="0.35em" textAnchor="middle" className="lane-bin-count">
          {bin.items.length}
        </text>
      </g>
    );
  };

  return (
    <div className="lane-wrap">
      <svg
        ref={svgRef}
        width={width}
        height={height}
        data-export-part
        viewBox={`0 0 ${width} ${height}`}
        className="events-lane"
        role="group"
        aria-label="Events on the same time axis"
      >
        {LANE_ROWS.map((row) => (
          <g key={row.id}>
            <rect
              x={left}
              y={rowTop[row.id]}
              width={plotWidth}
              height={levels[row.id] * SUB_ROW}
              className="lane-row-bg"
            />
            <text x={left - 6} y={(rowTop[row.id] ?? 0) + 14} textAnchor="end" className="lane-row-label">
              {row.label.split(' ')[0]}
            </text>
          </g>
        ))}
        {asOf != null && asOf >= domain[0] && asOf <= domain[1] && (
          <line x1={toPx(asOf)} x2={toPx(asOf)} y1={0} y2={height} className="lane-asof" aria-hidden="true" />
        )}
        {marks.map(({ item, bin, x: markX }) => {
          if (bin) return binMark(bin, markX);
          const x = markX;
          const cy = (rowTop[item.row] ?? 0) + (level.get(item.id) ?? 0) * SUB_ROW + SUB_ROW / 2;
          const x2 = toPx(item.end + DAY_MS);
          const open = () => onOpen(item.id);
          return (
            <g
              key={item.id}
              role="button"
              tabIndex={0}
              aria-label={withYours(laneItemLabel(item), yoursIds.has(item.id))}
              aria-haspopup="dialog"
              className={`lane-item lane-kind-${item.kind}${yoursIds.has(item.id) ? ' is-yours' : ''}`}
              data-row={item.row}
              onClick={open}
              onKeyDown={roving.keyDownOpening(open)}
              onFocus={(e) => {
                roving.onFocus(e);
                setActive({ item, x, y: cy });
              }}
              onBlur={() => setActive(null)}
              onMouseEnter={() => setActive({ item, x, y: cy })}
              onMouseLeave={() => setActive(null)}
            >
              {item.precision !== 'day' && x2 - x > 2 && (
                <rect x={x} y={cy - 7} width={x2 - x} height={14} rx={3} className="lane-span" />
              )}
              <circle cx={x} cy={cy} r={10} className="lane-hit" />
              {yoursIds.has(item.id) && (
                <circle cx={x} cy={cy} r={9} className="yours-ring" aria-hidden="true" />
              )}
              <KindMarker kind={item.kind} x={x} y={cy} />
              {item.ambiguous && (
                <g transform={`translate(${x + 8},${cy - 8})`} className="ambiguity-badge" aria-hidden="true">
                  <circle r={7} />
                  <text textAnchor="middle" dy="0.35em">
                    ?
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
      {bins.length > 0 && (
        <p className="lane-bin-note">
          Too many events to draw one by one here: a numbered box stands for that many more events in its span
          ({bins.reduce((n, b) => n + b.items.length, 0).toLocaleString('en')} in all).
        </p>
      )}
      {active?.bin && (
        <div className="chart-tooltip" role="tooltip" style={tooltipStyle(active.x, active.y - 2, width)}>
          <strong>
            {active.bin.items.length} more {active.bin.items.length === 1 ? 'event' : 'events'} in this span
          </strong>
          <span className="block">{binKinds(active.bin)}</span>
          <span className="block">
            {active.bin.items[0]!.dateLabel} to {active.bin.items[active.bin.items.length - 1]!.dateLabel}
          </span>
          <span className="block muted">
            Enter or click: open the first; every one is in the table of events below
          </span>
        </div>
      )}
      {active?.item && (
        <div className="chart-tooltip" role="tooltip" style={tooltipStyle(active.x, active.y - 2, width)}>
          <strong>{KIND_LABEL[active.item.kind]}</strong>: {active.item.title}
          <span className="block">
            {active.item.dateLabel}
            {active.item.precision !== 'day' &&
              ` (${active.item.precision.replace(/-/g, ' ')}: ${formatSpanRange(timeToIso(active.item.start), timeToIso(active.item.end))})`}{' '}
            · {active.item.status}
          </span>
          {active.item.ambiguous && <span className="block">? Ambiguous in the document</span>}
          {active.item.sourceId && index.sources.get(active.item.sourceId) && (
            <span className="block">
              Source: <cite>{index.sources.get(active.item.sourceId)!.title}</cite>
            </span>
          )}
          <span className="block muted">Enter or click: open the source</span>
        </div>
      )}
    </div>
  );
}

/** Legend of the lane: one entry per kind present. */
export function LaneLegend({ kinds }: { kinds: LaneKind[] }) {
  return (
    <>
      <p className="lane-rows-note">
        Events lane rows: {LANE_ROWS.map((r) => r.label).join(' · ')}. A bar after a marker: the date is only
        known to that span.
      </p>
      <ul className="legend-list" aria-label="Events lane legend" data-export-legend>
        {kinds.map((k) => (
          <li key={k}>
            <KindSwatch kind={k} />
            {KIND_LABEL[k]}
          </li>
        ))}
      </ul>
    </>
  );
}
