import { useMemo } from 'react';
import { actorColor, STATUS_DASH } from '../../lib/palette.ts';
import { useElementWidth } from '../tariff-steps/use-element-width.ts';
import { useRovingFocus } from '../shared/roving-focus.ts';
import {
  BAR_GEOMETRY as G,
  barTicks,
  layoutBarGroups,
  type BarGroup,
  type BarRange,
  type MeasureBar,
  type SegmentKind,
} from './build-bars.ts';
import { useYours } from '../../data/use-dataset.ts';
import { withYours } from '../../lib/format.ts';
import './measure-bars.css';

/**
 * Sanctions and export controls as bars over time, in groups by imposer → target. Drawn once as an SVG (what
 * export captures; hidden from assistive tech), with one button laid over each bar: the chart is one Tab stop
 * and the arrow keys move between its bars; Enter opens a bar's quotes.
 */
export function MeasureBars({
  groups,
  range,
  lines,
  groupLabel,
  barLabel,
  onOpen,
  regionLabel,
}: {
  groups: BarGroup[];
  range: BarRange;
  /** Vertical reference lines (as-of date, today) as fractions of the range. */
  lines: { x: number; label: string; kind: 'as-of' | 'today' }[];
  groupLabel: (g: BarGroup) => string;
  /** The full accessible name of a bar's button. */
  barLabel: (b: MeasureBar) => string;
  onOpen: (id: string) => void;
  regionLabel: string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const yoursIds = useYours();
  const layout = useMemo(() => layoutBarGroups(groups, width), [groups, width]);
  const ticks = useMemo(() => barTicks(range, layout.trackWidth), [range, layout.trackWidth]);
  const roving = useRovingFocus(ref, 'button.mb-mark');
  const X = (f: number) => layout.trackX + f * layout.trackWidth;
  const { height } = layout;

  return (
    <div className="mb-chart" ref={ref} role="group" aria-label={regionLabel}>
      {width > 0 && (
        <svg
          className="mb-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            <pattern
              id="mb-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" className="mb-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="mb-hatch-line" />
            </pattern>
          </defs>
          {ticks.map((t) => (
            <g key={t.date}>
              <line x1={X(t.x)} x2={X(t.x)} y1={G.axisHeight - 8} y2={height} className="mb-grid" />
              <text
                x={X(t.x) + 3}
                y={G.axisHeight - 14}
                className={t.major ? 'mb-tick mb-tick-major' : 'mb-tick'}
              >
                {t.label}
              </text>
            </g>
          ))}
          {lines.map((ln) => (
            <line
              key={ln.kind}
              x1={X(ln.x)}
              x2={X(ln.x)}
              y1={16}
              y2={height}
              className={`mb-line mb-line-${ln.kind}`}
            />
          ))}
          {layout.groups.map((pg) => {
            const colour = actorColor(pg.group.imposerId);
            return (
              <g key={pg.group.key}>
                <line x1={0} x2={width} y1={pg.y + 2} y2={pg.y + 2} className="mb-group-rule" />
                <rect x={layout.trackX} y={pg.y + 9} width={10} height={10} style={{ fill: colour }} />
                <text x={layout.trackX + 15} y={pg.y + 19} className="mb-group-label">
                  {groupLabel(pg.group)}
                </text>
                {pg.bars.map((pb) => (
                  <g key={pb.bar.id}>
                    {pb.title.map((t, i) => (
                      <text key={i} x={t.x} y={t.y} className="mb-title">
                        {t.text}
                      </text>
                    ))}
                    {pb.bar.segments.map((s, i) => (
                      <rect
                        key={i}
                        x={X(s.x0)}
                        y={pb.barY}
                        width={Math.max(3, (s.x1 - s.x0) * layout.trackWidth)}
                        height={G.barHeight}
                        className={`mb-seg mb-seg-${s.kind}`}
                        style={segStyle(s.kind, colour, pb.bar.status)}
                      />
                    ))}
                    {pb.bar.enters && (
                      <path
                        d={`M ${layout.trackX} ${pb.barY + G.barHeight / 2} l 7 -7 v 14 z`}
                        className="mb-enters"
                      />
                    )}
                    {pb.bar.terms.map((k) => (
                      <g key={k.date + k.kind}>
                        <line
                          x1={X(k.x)}
                          x2={X(k.x)}
                          y1={pb.barY - 4}
                          y2={pb.barY + G.barHeight + 4}
                          className={`mb-term mb-term-${k.kind}`}
                        />
                      </g>
                    ))}
                    {pb.termsText.map((t, i) => (
                      <text key={i} x={t.x} y={t.y} className="mb-terms-text">
                        {t.text}
                      </text>
                    ))}
                  </g>
                ))}
              </g>
            );
          })}
          {lines.map((ln) => {
            const x = X(ln.x);
            const w = ln.label.length * 7 + 8;
            const flip = x + w > width;
            return (
              <g key={ln.kind}>
                <rect x={flip ? x - w - 2 : x + 2} y={0} width={w} height={16} className="mb-line-bg" />
                <text x={flip ? x - w + 2 : x + 6} y={12} className="mb-line-label">
                  {ln.label}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <div className="mb-marks">
        {layout.groups.flatMap((pg) =>
          pg.bars.map((pb) => {
            const yours = yoursIds.has(pb.bar.id);
            const l = withYours(barLabel(pb.bar), yours);
            return (
              <button
                key={pb.bar.id}
                type="button"
                className={`mb-mark${yours ? ' is-yours' : ''}`}
                style={{ top: pb.top - 2, height: pb.height + 4, left: 0, width: '100%' }}
                aria-label={l}
                aria-haspopup="dialog"
                title={l}
                data-record-id={pb.bar.id}
                onClick={() => onOpen(pb.bar.id)}
                onKeyDown={roving.onKeyDown}
                onFocus={roving.onFocus}
              />
            );
          }),
        )}
      </div>
      <div style={{ height }} />
    </div>
  );
}

function segStyle(kind: SegmentKind, colour: string, status: MeasureBar['status']): React.CSSProperties {
  switch (kind) {
    case 'documented':
      return { fill: colour, stroke: colour };
    case 'span':
      return { fill: colour, fillOpacity: 0.35, stroke: colour };
    case 'stale':
      return { fill: colour, fillOpacity: 0.15, stroke: colour, strokeDasharray: '2 3' };
    case 'hypothetical':
      return { fill: 'none', stroke: colour, strokeWidth: 2, strokeDasharray: STATUS_DASH[status] ?? '2 4' };
    case 'inactive':
      return { fill: 'url(#mb-hatch)', stroke: colour, strokeDasharray: STATUS_DASH[status] };
  }
}
