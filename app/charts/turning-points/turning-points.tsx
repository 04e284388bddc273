import './turning-points.css';
import { useMemo, useRef, useState } from 'react';
import { useRovingFocus } from '../shared/roving-focus.ts';
import { rowsUsed, type PlacedAnnotation } from './place-labels.ts';
import type { TurningPointItem } from './build-turning-points.ts';

const ROW_H = 20;
/** The leader's tail below the lowest row, down to the plot's top edge. */
const TAIL = 6;

/** Accessible name of a turning point's label or marker. */
export function turningPointLabel(item: Pick<TurningPointItem, 'label' | 'title' | 'dateLabel'>): string {
  return `Turning point: ${item.label} (${item.title}), ${item.dateLabel} — open source`;
}

/** A numbered marker (as on the chart), for the key. */
function NumberBadge({ n }: { n: number }) {
  return (
    <svg width="18" height="18" aria-hidden="true" className="legend-swatch">
      <circle cx="9" cy="9" r="8" className="tp-marker-bg" />
      <text x="9" y="9" dy="0.35em" textAnchor="middle" className="tp-marker-text">
        {n}
      </text>
    </svg>
  );
}

/**
 * The story's turning points written above the escalation chart, tied to the shared time axis by leader lines
 * (placement: place-labels.ts). Each label is a button that opens its record's quote; the strip is one Tab
 * stop and the arrow keys move between its labels. Labels that do not fit are numbered markers, spelled out
 * in the key under the strip.
 */

export function TurningPoints({
  items,
  placed,
  width,
  onOpen,
}: {
  items: readonly TurningPointItem[];
  placed: readonly PlacedAnnotation[];
  width: number;
  onOpen: (recordId: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(ref, '.tp-item');
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  if (placed.length === 0) return null;
  const rows = rowsUsed(placed);
  const height = rows * ROW_H + TAIL;
  const top = (row: number) => height - TAIL - (row + 1) * ROW_H;

  const mark = (p: PlacedAnnotation) => {
    const item = byId.get(p.id);
    if (!item || p.mode === 'key') return null;
    const y = top(p.row);
    return (
      <g
        key={p.id}
        role="button"
        tabIndex={0}
        aria-label={turningPointLabel(item)}
        aria-haspopup="dialog"
        className={`tp-item tp-${p.mode}`}
        onClick={() => onOpen(p.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen(p.id);
            return;
          }
          roving.onKeyDown(e);
        }}
        onFocus={roving.onFocus}
      >
        <line x1={p.x} x2={p.x} y1={y + 2} y2={height} className="tp-leader" />
        <rect x={p.x0} y={y + 1} width={p.x1 - p.x0} height={ROW_H - 2} rx={3} className="tp-hit" />
        {p.mode === 'label' ? (
          <text
            x={p.anchor === 'start' ? p.x0 + 4 : p.x1 - 4}
            y={y + ROW_H / 2}
            dy="0.35em"
            textAnchor={p.anchor === 'start' ? 'start' : 'end'}
            className="tp-text"
          >
            {p.label}
          </text>
        ) : (
          <>
            <circle cx={(p.x0 + p.x1) / 2} cy={y + ROW_H / 2} r={8} className="tp-marker-bg" />
            <text
              x={(p.x0 + p.x1) / 2}
              y={y + ROW_H / 2}
              dy="0.35em"
              textAnchor="middle"
              className="tp-marker-text"
            >
              {p.n}
            </text>
          </>
        )}
      </g>
    );
  };

  return (
    <div className="tp-wrap" ref={ref}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="turning-points"
        role="group"
        aria-label="Turning points on the time axis"
        data-export-part
      >
        {placed.map(mark)}
      </svg>
    </div>
  );
}

/** The words of the turning points that are only numbered on the chart, each opening its record's quote. */
export function TurningPointsKey({
  items,
  placed,
  onOpen,
}: {
  items: readonly TurningPointItem[];
  placed: readonly PlacedAnnotation[];
  onOpen: (recordId: string) => void;
}) {
  const [all, setAll] = useState(false);
  const collapsed = placed.filter((p) => p.mode !== 'label');
  if (collapsed.length === 0) return null;
  const byId = new Map(items.map((i) => [i.id, i]));
  // A long tracker's hundreds are listed on request: the key is bounded by the screen, not the record count.
  const shown = all ? collapsed : collapsed.slice(0, KEY_FIRST);
  return (
    <ul className="legend-list tp-key" aria-label="Turning points numbered on the chart" data-export-legend>
      {shown.map((p) => {
        const item = byId.get(p.id);
        return (
          <li key={p.id}>
            <NumberBadge n={p.n} />
            <button
              type="button"
              className="record-link"
              aria-haspopup="dialog"
              aria-label={item ? turningPointLabel(item) : p.label}
              onClick={() => onOpen(p.id)}
            >
              {p.label}
            </button>
          </li>
        );
      })}
      {shown.length < collapsed.length && (
        <li>
          <button type="button" className="record-link" onClick={() => setAll(true)}>
            Show all {collapsed.length.toLocaleString('en-GB')} turning points numbered on the chart
          </button>
        </li>
      )}
    </ul>
  );
}

/** Turning points the key lists before "Show all" (a story has a handful; a long tracker hundreds). */
const KEY_FIRST = 24;
