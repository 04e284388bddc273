import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { markText, type Lane, type PlacedItem, type Tick } from './build-lanes.ts';
import { statusStyle } from './constants.ts';
import { KindMarker } from '../shared/kind-symbol.tsx';
import { actorColor, STATUS_DASH } from '../../lib/palette.ts';
import {
  GEOMETRY as G,
  LANE_BIN_PX,
  laneBoxes,
  placeMarks,
  trackWidth,
  type LaneMarkBin,
} from './geometry.ts';
import { openFrameTable } from '../../components/chart-frame.tsx';
import { useYours } from '../../data/use-dataset.ts';
import { withYours } from '../../lib/format.ts';
import { useRovingFocus } from '../shared/roving-focus.ts';
import './timeline-lanes.css';

/** The lane a mark sits in, for ↑/↓ (the shared roving focus moves to the neighbouring lane's first mark). */
const laneOfMark = (el: Element) => el.closest('.tl-track')?.getAttribute('data-lane') ?? '';

/** A bin's accessible name: how many records it stands for, their dates, and where each one is listed. */
export function binLabel(bin: Pick<LaneMarkBin, 'items'>): string {
  const first = bin.items[0]?.date.label ?? '';
  const last = bin.items.at(-1)?.date.label ?? first;
  const span = first === last ? first : `${first} to ${last}`;
  return `${bin.items.length} more records in this column (${span}), too many to draw apart: open the data table`;
}

/** The timeline's line styles use the status dashes of every chart (lib/palette.ts). */
const DASH: Record<string, string | undefined> = {
  solid: undefined,
  dashed: STATUS_DASH.threatened,
  dotted: STATUS_DASH.proposed,
  double: undefined,
  struck: undefined,
};

/** A status's line style as the marks draw it, for the legend (and so for the exported key too). */
export function StatusSwatch({ style, faded = false }: { style: string; faded?: boolean }) {
  return (
    <svg width="30" height="16" aria-hidden="true" className="legend-swatch">
      <rect
        x={2}
        y={2}
        width={26}
        height={12}
        rx={3}
        className={faded ? 'tl-svg-mark tl-svg-faded' : 'tl-svg-mark'}
        style={{
          stroke: 'var(--text)',
          strokeWidth: style === 'double' ? 4 : 2,
          strokeDasharray: DASH[style],
        }}
      />
      {style === 'struck' && <line x1={4} x2={26} y1={8} y2={8} className="tl-svg-strike" />}
    </svg>
  );
}

/**
 * The lanes, drawn once as an SVG (what you see, and what PNG/SVG export captures; hidden from assistive tech)
 * with a real, focusable button laid over every mark (what keyboard and screen-reader users reach; each has the
 * full label; the marks are one Tab stop and the arrow keys move between them). Exact days are round markers,
 * coarse dates spans. The chart scrolls sideways inside its own region on narrow screens.
 */
export function TimelineLanes({
  lanes: laidOut,
  ticks,
  tickLabel,
  laneLabel,
  markLabel,
  lines,
  onOpen,
  regionLabel,
  faded,
}: {
  lanes: Lane[];
  ticks: Tick[];
  tickLabel: (t: Tick) => string;
  laneLabel: (lane: Lane) => string;
  markLabel: (item: PlacedItem) => string;
  /** Vertical reference lines (the as-of date, today), as fractions of the range. */
  lines: { x: number; label: string; kind: 'as-of' | 'today' }[];
  onOpen: (id: string) => void;
  regionLabel: string;
  /** Records drawn faded: on the as-of date they did not apply (not yet, not in force, lapsed, superseded). */
  faded?: ReadonlySet<string>;
}) {
  const chartRef = useRef<HTMLDivElement>(null);
  // The marks are one Tab stop: ←/→ walk them, ↑/↓ go to the neighbouring lane, Home/End to the ends.
  const roving = useRovingFocus(chartRef, 'button.tl-mark', laneOfMark);
  const [width, setWidth] = useState(0);
  const yoursIds = useYours();
  useLayoutEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const tw = trackWidth(width);
  // Rows are packed in pixels here, where the width is known, so every mark has room for its label.
  const { lanes, marks, bins } = useMemo(() => placeMarks(laidOut, tw, markText), [laidOut, tw]);
  const { boxes, height } = laneBoxes(lanes);
  const boxOf = new Map(boxes.map((b) => [b.key, b]));
  const X0 = G.labelWidth;

  return (
    // The region scrolls sideways on narrow screens; a focused mark scrolls into view, so the region is a Tab
    // stop of its own only when it has no marks.
    <div
      className="tl-scroll"
      role="region"
      aria-label={regionLabel}
      tabIndex={marks.size === 0 ? 0 : undefined}
    >
      <div className="tl-chart" ref={chartRef} style={{ height }}>
        {width > 0 && (
          <svg
            className="tl-svg"
            width={width}
            height={height}
            aria-hidden="true"
            focusable="false"
            data-export-part
          >
            {ticks.map((t) => (
              <g key={t.t}>
                <line
                  x1={X0 + t.x * tw}
                  x2={X0 + t.x * tw}
                  y1={G.axisHeight - 18}
                  y2={height}
                  className="tl-svg-grid"
                />
                <text
                  x={X0 + t.x * tw + 4}
                  y={G.axisHeight - 8}
                  className={`tl-svg-tick tl-svg-tick-${t.unit}`}
                >
                  {tickLabel(t)}
                </text>
              </g>
            ))}
            {/* The as-of and today lines go under the marks, so a label the line crosses stays readable. */}
            {lines.map((ln) => (
              <line
                key={ln.kind}
                x1={X0 + ln.x * tw}
                x2={X0 + ln.x * tw}
                y1={2}
                y2={height}
                className={`tl-svg-line tl-svg-line-${ln.kind}`}
              />
            ))}
            {lanes.map((lane, li) => {
              const box = boxes[li];
              if (!box) return null;
              return (
                <g key={lane.key}>
                  <line x1={0} x2={width} y1={box.y} y2={box.y} className="tl-svg-lane-line" />
                  <text x={8} y={box.y + 22} className="tl-svg-lane-label">
                    {laneLabel(lane)}
                  </text>
                  {lane.items.map((it) => {
                    const m = marks.get(it.id);
                    if (!m) return null;
                    const { x, w } = m;
                    const y = box.y + G.lanePad + it.row * G.rowHeight;
                    const style = statusStyle(it.status);
                    const stroke = actorColor(it.actorIds[0]);
                    const shape = {
                      style: {
                        stroke,
                        strokeWidth: style === 'double' ? 4 : 2,
                        strokeDasharray: DASH[style],
                      },
                      className: 'tl-svg-mark',
                    };
                    const cx = X0 + x + (it.exact ? G.markerSize / 2 : 11);
                    return (
                      <g key={it.id} className={faded?.has(it.id) ? 'tl-svg-faded' : undefined}>
                        {it.exact ? (
                          <circle cx={cx} cy={y + G.markHeight / 2} r={G.markerSize / 2 - 1} {...shape} />
                        ) : (
                          <rect x={X0 + x} y={y} width={w} height={G.markHeight} rx={5} {...shape} />
                        )}
                        {style === 'struck' && (
                          <line
                            x1={X0 + x + 2}
                            x2={X0 + x + w - 2}
                            y1={y + G.markHeight / 2}
                            y2={y + G.markHeight / 2}
                            className="tl-svg-strike"
                          />
                        )}
                        <KindMarker kind={it.kind} x={cx} y={y + G.markHeight / 2} r={5.5} />
                        {m.label && (
                          <text x={X0 + x + (m.labelInside ? 24 : w + 4)} y={y + 16} className="tl-svg-title">
                            {m.label}
                          </text>
                        )}
                        {it.flag && (
                          <g>
                            <circle cx={cx + 10} cy={y + 1} r={7.5} className="tl-svg-flag" />
                            <text x={cx + 10} y={y + 5} textAnchor="middle" className="tl-svg-flag-text">
                              {it.flag === 'conflict' ? '⇄' : '?'}
                            </text>
                          </g>
                        )}
                      </g>
                    );
                  })}
                </g>
              );
            })}
            {/* Marks too many for the lane's rows: one numbered box per column on its last row. */}
            {bins.map((bin) => {
              const box = boxOf.get(bin.laneKey);
              if (!box) return null;
              const y = box.y + G.lanePad + bin.row * G.rowHeight;
              return (
                <g key={`${bin.laneKey}-${bin.x}`} className="tl-svg-bin">
                  <rect x={X0 + bin.x + 1} y={y} width={LANE_BIN_PX - 2} height={G.markHeight} rx={5} />
                  <text x={X0 + bin.x + LANE_BIN_PX / 2} y={y + 16} textAnchor="middle">
                    {bin.items.length}
                  </text>
                </g>
              );
            })}
            <line x1={X0} x2={X0} y1={G.axisHeight} y2={height} className="tl-svg-lane-line" />
            {lines.map((ln) => {
              const x = X0 + ln.x * tw;
              const labelW = ln.label.length * 6.8 + 8;
              const flip = x + labelW > width;
              return (
                <g key={ln.kind}>
                  <rect
                    x={flip ? x - labelW - 3 : x + 3}
                    y={2}
                    width={labelW}
                    height={16}
                    className="tl-svg-line-bg"
                  />
                  <text x={flip ? x - labelW + 1 : x + 7} y={14} className="tl-svg-line-label">
                    {ln.label}
                  </text>
                </g>
              );
            })}
          </svg>
        )}
        {lanes.map((lane, li) => {
          const box = boxes[li];
          if (!box) return null;
          return (
            <div
              key={lane.key}
              className="tl-track"
              data-lane={lane.key}
              role="group"
              aria-label={`${laneLabel(lane)}: ${lane.items.length} records`}
              style={{ top: box.y, height: box.height, left: X0, width: tw }}
            >
              {lane.items.map((it) => {
                const m = marks.get(it.id);
                if (!m) return null;
                const yours = yoursIds.has(it.id);
                const l = withYours(markLabel(it), yours);
                return (
                  <button
                    key={it.id}
                    type="button"
                    className={`tl-mark${yours ? ' is-yours' : ''}`}
                    style={{
                      left: m.x,
                      width: m.extent,
                      top: G.lanePad + it.row * G.rowHeight,
                      height: G.markHeight,
                    }}
                    aria-label={l}
                    aria-haspopup="dialog"
                    title={l}
                    data-record-id={it.id}
                    onClick={() => onOpen(it.id)}
                    onKeyDown={roving.onKeyDown}
                    onFocus={roving.onFocus}
                  />
                );
              })}
              {bins
                .filter((bin) => bin.laneKey === lane.key)
                .map((bin) => {
                  const l = binLabel(bin);
                  return (
                    <button
                      key={`bin-${bin.x}`}
                      type="button"
                      className="tl-mark tl-bin"
                      style={{
                        left: bin.x,
                        width: LANE_BIN_PX,
                        top: G.lanePad + bin.row * G.rowHeight,
                        height: G.markHeight,
                      }}
                      aria-label={l}
                      title={l}
                      onClick={(e) => openFrameTable(e.currentTarget)}
                      onKeyDown={roving.onKeyDown}
                      onFocus={roving.onFocus}
                    />
                  );
                })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
