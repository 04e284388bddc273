import type { Dataset, FuzzyDate, TurningPoint } from '../../data/schema.ts';
import { isoToTime } from '../../lib/dates.ts';
import { formatFuzzyDate } from '../../lib/format.ts';

/** A record the curator marked as a turning point, on the time axis at the first day its date can denote. */
export interface TurningPointItem {
  /** The record the label opens. */
  id: string;
  t: number;
  label: string;
  /** The record's own title, for the accessible name and the key. */
  title: string;
  dateLabel: string;
}

/**
 * Pure: every record marked `turningPoint` (tariff rates, trade measures, events) whose date falls in the
 * domain, in time order. Coarse dates sit at their start, as on the events lane.
 */
export function buildTurningPoints(
  data: Pick<Dataset, 'tariffMeasures' | 'tradeMeasures' | 'events'>,
  domain: readonly [number, number],
): TurningPointItem[] {
  const marked: { id: string; date: FuzzyDate; turningPoint?: TurningPoint; title: string }[] = [
    ...data.tariffMeasures.map((m) => ({ ...m, title: m.label })),
    ...data.tradeMeasures,
    ...data.events,
  ];
  return marked
    .flatMap((r) =>
      r.turningPoint
        ? [
            {
              id: r.id,
              t: isoToTime(r.date.start),
              label: r.turningPoint.label,
              title: r.title,
              dateLabel: formatFuzzyDate(r.date),
            },
          ]
        : [],
    )
    .filter((i) => i.t >= domain[0] && i.t <= domain[1])
    .sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
}
