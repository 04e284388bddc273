import { useMemo } from 'react';
import { isInForceStatus } from '../../data/status.ts';
import './rates-by-direction.css';
import { ReadingsHatch } from '../../charts/shared/readings-hatch.tsx';
import { useRovingFocus } from '../../charts/shared/roving-focus.ts';
import { ChartFrame, openFrameTable } from '../../components/chart-frame.tsx';
import { useElementWidth } from '../../charts/tariff-steps/use-element-width.ts';
import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { useViewActions } from '../../state/view-store.ts';
import { actorColor, STATUS_DASH } from '../../lib/palette.ts';
import {
  barQualifier,
  buildRateBars,
  rateBarName,
  layoutRateBars,
  rateBarsSummary,
  rateBarsTable,
  barValueText,
  binName,
  binSpan,
  binValueText,
} from './rates-by-direction.ts';

/**
 * Every documented rate as a labelled horizontal bar, grouped by direction in time order: colour by
 * direction, outline dash and fill by status, the basis written out. Drawn as plain SVG (no chart library)
 * so the first view stays light; each bar is a button that opens its source.
 */
export function RatesByDirectionChart() {
  const data = useDataset();
  const index = useDatasetIndex();
  const { recordOpened } = useViewActions();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  // The bars are one Tab stop; the arrow keys, Home and End move between them.
  const roving = useRovingFocus(ref, '.rb-row');
  const bars = useMemo(() => buildRateBars(data, index), [data, index]);
  const table = useMemo(() => rateBarsTable(bars), [bars]);
  const summary = useMemo(() => rateBarsSummary(bars), [bars]);
  const layout = useMemo(() => layoutRateBars(bars, width), [bars, width]);
  const sourceIds = useMemo(
    () => [...new Set(data.tariffMeasures.flatMap((t) => t.evidence.map((e) => e.sourceId)))],
    [data],
  );

  return (
    <ChartFrame
      title="Rates by direction"
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      className="rb-frame"
    >
      <div ref={ref} className="rate-bars">
        {width > 0 && (
          <svg
            width={width}
            height={layout.height}
            viewBox={`0 0 ${width} ${layout.height}`}
            role="group"
            aria-label="Documented tariff rates by direction"
          >
            {layout.groups.map((g) => (
              <text key={g.direction} x={0} y={g.y} className="rb-group">
                {g.direction}
              </text>
            ))}
            {layout.rows.some((r) => r.openWidth > 0) && (
              <defs>
                <ReadingsHatch id="rb-readings-hatch" />
              </defs>
            )}
            {layout.rows.map(({ bar: b, bin, y, barWidth, openWidth }) =>
              bin ? (
                // Consecutive rates too many for a row each: one row with their span, range and count,
                // opening the data table that lists every one.
                <g key={`bin-${b.id}`} transform={`translate(0,${y})`}>
                  <g
                    role="button"
                    tabIndex={0}
                    className="rb-row rb-bin"
                    aria-label={binName(bin)}
                    onClick={(e) => openFrameTable(e.currentTarget)}
                    onKeyDown={roving.keyDownOpening((e) => openFrameTable(e.currentTarget as Element))}
                    onFocus={roving.onFocus}
                  >
                    <rect className="rb-hit" x={0} y={-2} width={width} height={layout.rowHeight} />
                    <rect
                      x={layout.labelWidth}
                      y={4}
                      width={Math.max(2, barWidth)}
                      height={layout.rowHeight - 12}
                      fill={actorColor(b.imposerId)}
                      fillOpacity={0.35}
                      stroke={actorColor(b.imposerId)}
                      strokeWidth={2}
                    />
                  </g>
                  <g aria-hidden="true" className="rb-words">
                    <text
                      x={0}
                      y={layout.narrow ? 14 : layout.rowHeight / 2}
                      dy="0.35em"
                      className="rb-label"
                    >
                      {layout.narrow && bin.from !== bin.to ? `${bin.from} –` : binSpan(bin)}
                      {layout.narrow && bin.from !== bin.to && (
                        <tspan x={0} dy="1.3em" className="rb-qualifier">
                          {bin.to}
                        </tspan>
                      )}
                    </text>
                    <text
                      x={layout.labelWidth + barWidth + 6}
                      y={layout.rowHeight / 2}
                      dy="0.35em"
                      className="rb-value"
                    >
                      {binValueText(bin)}
                      {!layout.narrow && <tspan className="rb-qualifier"> · open the table</tspan>}
                    </text>
                  </g>
                </g>
              ) : (
                // The button holds the shapes; the words beside it are drawn over it for sight only (its
                // accessible name says all of them), so a click anywhere on the row still lands on the button.
                <g key={b.id} transform={`translate(0,${y})`}>
                  <g
                    role="button"
                    tabIndex={0}
                    className="rb-row"
                    aria-label={rateBarName(b, layout.narrow)}
                    aria-haspopup="dialog"
                    onClick={() => recordOpened(b.id)}
                    onKeyDown={roving.keyDownOpening(() => recordOpened(b.id))}
                    onFocus={roving.onFocus}
                  >
                    <rect className="rb-hit" x={0} y={-2} width={width} height={layout.rowHeight} />
                    <rect
                      x={layout.labelWidth}
                      y={4}
                      width={Math.max(2, barWidth)}
                      height={layout.rowHeight - 12}
                      fill={actorColor(b.imposerId)}
                      fillOpacity={isInForceStatus(b.status) ? 0.85 : 0.18}
                      stroke={actorColor(b.imposerId)}
                      strokeWidth={2}
                      strokeDasharray={STATUS_DASH[b.status]}
                    />
                    {openWidth > 0 && (
                      // The span an open reading leaves undecided (10% or 30%): hatched, edged at both values.
                      <rect
                        className="rb-open"
                        x={layout.labelWidth + barWidth}
                        y={4}
                        width={openWidth}
                        height={layout.rowHeight - 12}
                        fill="url(#rb-readings-hatch)"
                        stroke={actorColor(b.imposerId)}
                        strokeWidth={2}
                        strokeDasharray="5 3"
                      />
                    )}
                  </g>
                  <g aria-hidden="true" className="rb-words">
                    <text
                      x={0}
                      y={layout.narrow ? 14 : layout.rowHeight / 2}
                      dy="0.35em"
                      className="rb-label"
                    >
                      {b.shortDate}
                      {layout.narrow && barQualifier(b) && (
                        <tspan x={0} dy="1.3em" className="rb-qualifier">
                          {barQualifier(b)}
                        </tspan>
                      )}
                    </text>
                    <text
                      x={layout.labelWidth + barWidth + openWidth + 6}
                      y={layout.rowHeight / 2}
                      dy="0.35em"
                      className="rb-value"
                    >
                      {barValueText(b)}
                      {b.ambiguous && <tspan className="rb-flag"> ?</tspan>}
                      {!layout.narrow && barQualifier(b) && (
                        <tspan className="rb-qualifier"> {barQualifier(b)}</tspan>
                      )}
                    </text>
                  </g>
                </g>
              ),
            )}
          </svg>
        )}
      </div>
      {layout.binned > 0 && (
        <p className="rb-key">
          {layout.binned} of {bars.length} rates are too many to draw one row each: a row with a count stands
          for consecutive rates of its direction (their dates, lowest and highest rate); the data table lists
          every one.
        </p>
      )}
      <p className="rb-key">
        Solid bar: in force. Dashed outline: threatened. Dotted outline: proposed. Rates whose basis the
        document does not state are marked and are not comparable with headline rates. “?”: the document is
        ambiguous about this figure; open it for the curator&apos;s note.
      </p>
    </ChartFrame>
  );
}
