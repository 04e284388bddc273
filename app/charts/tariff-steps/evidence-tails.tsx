import type { StepPoint, StepSeries } from '../../domain/step-series.ts';
import { formatIsoDate } from '../../lib/format.ts';
import { addDays, timeToIso } from '../../lib/dates.ts';
import { seriesColor } from './constants.ts';
import { useChartScales } from './scenario-layer.tsx';

/**
 * Where the evidence ends. A documented path stops being a documented fact on the day after the newest
 * document quoting its last rate (`StepSeries.documentedUntil`): the solid line stops there, and a faint
 * dotted tail carries the last value (every value, while a reading is open) on to the right edge under the
 * words "last documented <date>", so no line runs on to today as if the documents said so.
 */

export interface EvidenceTail {
  key: string;
  /** Epoch ms: the first day no document speaks for. */
  x1: number;
  x2: number;
  /** The values the tail carries (two or more while a reading is open). */
  rates: number[];
  color: string;
  /** "last documented 31 Oct 2025"; only on the first tail of each date, so labels do not pile up. */
  label: string | null;
}

/** The tails of the documented series (pure). */
export function evidenceTails(series: readonly StepSeries[], end: number): EvidenceTail[] {
  const out: EvidenceTail[] = [];
  const labelled = new Set<number>();
  for (const s of series) {
    const from = s.documentedUntil;
    if (s.kind !== 'actual' || from === undefined || from >= end) continue;
    const last = lastDocumentedPoint(s);
    if (!last) continue;
    const label = labelled.has(from)
      ? null
      : `last documented ${s.documentedLabel ?? formatIsoDate(addDays(timeToIso(from), -1))}`;
    labelled.add(from);
    out.push({
      key: `${s.key}-tail`,
      x1: from,
      x2: end,
      rates: last.rates ?? [last.rate],
      color: seriesColor(s),
      label,
    });
  }
  return out;
}

function lastDocumentedPoint(s: StepSeries): StepPoint | undefined {
  for (let i = s.points.length - 1; i >= 0; i--) if (s.points[i]!.recordId !== null) return s.points[i];
  return undefined;
}

/**
 * The points of a documented line as drawn solid: the copy that carried the last rate to the right edge
 * now stops where the evidence ends (the tail takes over from there).
 */
export function cutAtEvidenceEnd<P extends { t: number }>(s: StepSeries, points: readonly P[]): P[] {
  const until = s.documentedUntil;
  if (s.kind !== 'actual' || until === undefined) return [...points];
  const out: P[] = [];
  for (const p of points) {
    if (p.t <= until) out.push(p);
    else {
      const prev = out[out.length - 1];
      if (prev && prev.t < until) out.push({ ...prev, t: until });
      break;
    }
  }
  return out;
}

/** The tails, drawn with the chart's scales (inside ChartScalesProvider). Decorative: the table says it too. */
export function EvidenceTails({ tails }: { tails: readonly EvidenceTail[] }) {
  const scales = useChartScales();
  if (!scales || tails.length === 0) return null;
  return (
    <g className="tsc-evidence-tails" pointerEvents="none" aria-hidden="true">
      {tails.map((t) => {
        const x1 = scales.x(t.x1);
        const x2 = scales.x(t.x2);
        const top = Math.min(...t.rates.map(scales.y));
        return (
          <g key={t.key}>
            {t.rates.map((r) => (
              <line
                key={r}
                x1={x1}
                x2={x2}
                y1={scales.y(r)}
                y2={scales.y(r)}
                stroke={t.color}
                strokeOpacity={0.45}
                strokeWidth={2}
                strokeDasharray="1 5"
                strokeLinecap="round"
              />
            ))}
            <line
              x1={x1}
              x2={x1}
              y1={top - 10}
              y2={Math.max(...t.rates.map(scales.y)) + 4}
              stroke="var(--muted)"
              strokeWidth={1}
            />
            {t.label && (
              // Beside the stop, on whichever side it fits (about 6.6 px a character at 12 px), so it is
              // never cut by the plot's right edge on a phone.
              <text
                x={x1 + 4 + t.label.length * 6.6 > x2 ? x1 - 4 : x1 + 4}
                y={top - 4}
                textAnchor={x1 + 4 + t.label.length * 6.6 > x2 ? 'end' : 'start'}
                fontSize={12}
                fill="var(--muted)"
                className="tsc-tail-label"
              >
                {t.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
