import { Fragment, type KeyboardEvent } from 'react';
import type { Lane, PlacedItem, Tick } from './build-lanes.ts';
import { actorCssColor, KIND_GLYPH, statusStyle } from './constants.ts';
import './timeline-lanes.css';

const ROW_PX = 30;

/** Moves focus between marks: ←/→ within a lane, ↑/↓ to the neighbouring lane, Home/End to its ends. */
function onMarkKey(e: KeyboardEvent<HTMLButtonElement>) {
  const track = e.currentTarget.closest('.tl-track');
  const chart = e.currentTarget.closest('.tl-chart');
  if (!track || !chart) return;
  const marks = [...track.querySelectorAll<HTMLButtonElement>('button.tl-mark')];
  const i = marks.indexOf(e.currentTarget);
  let target: HTMLButtonElement | undefined;
  if (e.key === 'ArrowRight') target = marks[i + 1];
  else if (e.key === 'ArrowLeft') target = marks[i - 1];
  else if (e.key === 'Home') target = marks[0];
  else if (e.key === 'End') target = marks[marks.length - 1];
  else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const tracks = [...chart.querySelectorAll('.tl-track')];
    const next = tracks[tracks.indexOf(track) + (e.key === 'ArrowDown' ? 1 : -1)];
    target = next?.querySelector<HTMLButtonElement>('button.tl-mark') ?? undefined;
  } else return;
  e.preventDefault();
  target?.focus();
}

/**
 * Stateless renderer of the lanes: HTML buttons positioned on a shared time axis (so every mark is a real,
 * focusable button with a full label), exact days as round markers, coarse dates as spans. The chart scrolls
 * sideways inside its own focusable region on narrow screens.
 */
export function TimelineLanes({
  lanes,
  ticks,
  tickLabel,
  laneLabel,
  markLabel,
  lines,
  onOpen,
  regionLabel,
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
}) {
  return (
    <div className="tl-scroll" role="region" aria-label={regionLabel} tabIndex={0}>
      <div className="tl-chart">
        <div className="tl-axis" aria-hidden="true">
          <div className="tl-lane-label" />
          <div className="tl-axis-track">
            {ticks.map((t) => (
              <span key={t.t} className={`tl-tick tl-tick-${t.unit}`} style={{ left: `${t.x * 100}%` }}>
                {tickLabel(t)}
              </span>
            ))}
          </div>
        </div>
        {lanes.map((lane) => {
          const label = laneLabel(lane);
          return (
            <div
              key={lane.key}
              className="tl-lane"
              role="group"
              aria-label={`${label}: ${lane.items.length} records`}
            >
              <div className="tl-lane-label">{label}</div>
              <div className="tl-track" style={{ height: `${lane.rows * ROW_PX + 8}px` }}>
                {ticks.map((t) => (
                  <span
                    key={t.t}
                    className="tl-gridline"
                    aria-hidden="true"
                    style={{ left: `${t.x * 100}%` }}
                  />
                ))}
                {lane.items.map((it) => {
                  const l = markLabel(it);
                  const widthPct = (it.x1 - it.x0) * 100;
                  const wide = !it.exact && widthPct >= 9;
                  const top = `${it.row * ROW_PX + 4}px`;
                  return (
                    <Fragment key={it.id}>
                      <button
                        type="button"
                        className={`tl-mark ${it.exact ? 'tl-exact' : 'tl-span'} tl-style-${statusStyle(it.status)}${
                          it.clippedStart ? ' tl-clip-start' : ''
                        }${it.clippedEnd ? ' tl-clip-end' : ''}`}
                        style={{
                          left: it.exact ? `calc(${((it.x0 + it.x1) / 2) * 100}% - 11px)` : `${it.x0 * 100}%`,
                          width: it.exact ? undefined : `max(22px, ${widthPct}%)`,
                          top,
                          borderColor: actorCssColor(it.actorIds[0]),
                        }}
                        aria-label={l}
                        aria-haspopup="dialog"
                        title={l}
                        data-record-id={it.id}
                        onClick={() => onOpen(it.id)}
                        onKeyDown={onMarkKey}
                      >
                        <span aria-hidden="true" className="tl-glyph">
                          {KIND_GLYPH[it.kind]}
                        </span>
                      </button>
                      {it.flag && (
                        // Outside the button for the same reason as the title; the label says "ambiguous" in words.
                        <span
                          aria-hidden="true"
                          className="tl-flag"
                          style={{
                            left: it.exact
                              ? `calc(${((it.x0 + it.x1) / 2) * 100}% + 6px)`
                              : `calc(${it.x0 * 100}% + 14px)`,
                            top: `${it.row * ROW_PX}px`,
                          }}
                        >
                          {it.flag === 'conflict' ? '⇄' : '?'}
                        </span>
                      )}
                      {wide && (
                        // The title is drawn over the bar, outside the button, so the button's visible text (its
                        // glyph) stays part of its accessible name; clicks pass through to the button.
                        <span
                          aria-hidden="true"
                          className={`tl-text${statusStyle(it.status) === 'struck' ? ' tl-text-struck' : ''}`}
                          style={{
                            left: `calc(${it.x0 * 100}% + 2.1rem)`,
                            width: `calc(${widthPct}% - 2.3rem)`,
                            top,
                          }}
                        >
                          {it.title}
                        </span>
                      )}
                    </Fragment>
                  );
                })}
              </div>
            </div>
          );
        })}
        <div className="tl-overlay" aria-hidden="true">
          {lines.map((ln) => (
            <div key={ln.kind} className={`tl-line tl-line-${ln.kind}`} style={{ left: `${ln.x * 100}%` }}>
              <span className="tl-line-label">{ln.label}</span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
