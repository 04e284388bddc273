import type { Dataset, TariffMeasure } from '../../data/schema.ts';
import { isAmbiguous, noteFlag, type DatasetIndex } from '../../data/selectors.ts';
import { hasTakenEffect, isNotYetInEffect } from '../../data/status.ts';
import type { RatesOf, StepSeries } from '../../domain/step-series.ts';
import type { LaneItem } from '../../charts/events-lane/build-lane.ts';
import { KIND_LABEL } from '../../charts/shared/event-kinds.ts';
import type { TableData } from '../../components/data-table.tsx';
import { BASIS_LABEL, formatFuzzyDate, STATUS_LABEL } from '../../lib/format.ts';
import { directionKey } from '../../lib/direction.ts';
import { seriesLabel } from '../../charts/tariff-steps/describe.ts';
import type { NameOf } from '../../data/selectors.ts';
import { rateText } from '../../domain/readings.ts';

/** Pure text and tables for the escalation view. */

function byDirection(measures: readonly TariffMeasure[]): Map<string, TariffMeasure[]> {
  const out = new Map<string, TariffMeasure[]>();
  for (const m of measures) {
    const k = directionKey(m);
    out.set(k, [...(out.get(k) ?? []), m]);
  }
  return out;
}

/**
 * " (basis not stated; ambiguous)": what the reader must know before quoting a figure from the summary line.
 * Ambiguity is data: a figure the documents leave ambiguous or in conflict says so here too, not only on the chart.
 */
function qualifiers(m: TariffMeasure, withBasis: boolean): string {
  const q: string[] = [];
  if (withBasis && m.basis !== 'headline') q.push(BASIS_LABEL[m.basis].toLowerCase());
  const flag = noteFlag(m);
  if (flag === 'conflict') q.push('documents conflict');
  else if (flag === 'ambiguous') q.push('ambiguous');
  return q.length ? ` (${q.join('; ')})` : '';
}

/**
 * One short line: per direction the highest documented rate, the latest rate in force (with its basis when it is
 * not the headline one), and any threatened or proposed rate. Dates stay on the chart, where their precision shows.
 * `ratesOf` gives the rates of a figure whose reading is open, so the line says "10% or 30%", never one of them.
 */
export function escalationSummary(
  measures: readonly TariffMeasure[],
  name: NameOf,
  ratesOf?: RatesOf,
): string {
  const pct = (m: TariffMeasure) => rateText(m.rate, ratesOf?.(m));
  const top = (m: TariffMeasure) => Math.max(m.rate, ...(ratesOf?.(m) ?? []));
  if (measures.length === 0) return 'No tariff rates are documented.';
  const parts: string[] = [];
  for (const [, list] of byDirection(measures)) {
    const first = list[0]!;
    const actual = list.filter((m) => hasTakenEffect(m.status));
    const peak = [...actual].sort((a, b) => top(b) - top(a))[0];
    const latest = [...actual].sort((a, b) => b.date.start.localeCompare(a.date.start))[0];
    const bits: string[] = [];
    if (peak) bits.push(`peak ${pct(peak)}${qualifiers(peak, false)}`);
    if (latest && latest !== peak) bits.push(`latest ${pct(latest)}${qualifiers(latest, true)}`);
    for (const m of list.filter((x) => isNotYetInEffect(x.status))) {
      bits.push(`${STATUS_LABEL[m.status].toLowerCase()} ${pct(m)}${qualifiers(m, false)}`);
    }
    parts.push(`${name(first.imposerId)} on ${name(first.targetId)}: ${bits.join(', ')}`);
  }
  return `${measures.length} documented rates. ${parts.join('. ')}.`;
}

/** The rows the chart draws: one per documented point, in series order. */
export function escalationTable(
  data: Pick<Dataset, 'tariffMeasures'>,
  series: readonly StepSeries[],
  index: DatasetIndex,
): TableData {
  const byId = new Map(data.tariffMeasures.map((m) => [m.id, m]));
  const name: NameOf = (id) => index.actors.get(id)?.shortName ?? id;
  const rows: (string | number)[][] = [];
  const recordIds: string[] = [];
  for (const s of series) {
    for (const p of s.points) {
      const m = p.recordId ? byId.get(p.recordId) : undefined;
      if (!m) continue;
      const flag = isAmbiguous(m) ? ' (ambiguous)' : '';
      rows.push([
        seriesLabel(s, name),
        rateText(m.rate, p.rates) + flag,
        BASIS_LABEL[m.basis],
        STATUS_LABEL[m.status],
        formatFuzzyDate(m.date),
      ]);
      recordIds.push(m.id);
    }
  }
  return { columns: ['Line', 'Rate', 'Basis', 'Status', 'Date'], rows, recordIds };
}

/** The lane's markers as table rows. */
export function laneTable(items: readonly LaneItem[]): TableData {
  return {
    columns: ['Kind', 'What', 'Date', 'Status'],
    rows: items.map((i) => [
      KIND_LABEL[i.kind],
      i.title + (i.ambiguous ? ' (ambiguous)' : ''),
      i.dateLabel,
      i.status,
    ]),
    recordIds: items.map((i) => i.id),
  };
}
