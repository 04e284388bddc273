import type { Dataset, Source, TariffMeasure } from '../../data/schema.ts';
import { isAmbiguous, noteFlag, type DatasetIndex } from '../../data/selectors.ts';
import {
  appliesOn,
  datePassedUnapplied,
  hasTakenEffect,
  isNotYetInEffect,
  tariffStatusOn,
} from '../../data/status.ts';
import type { RatesOf, StepSeries } from '../../domain/step-series.ts';
import { publishedBy } from '../../data/reported-by.ts';
import type { LaneItem } from '../../charts/events-lane/build-lane.ts';
import { KIND_LABEL } from '../../charts/shared/event-kinds.ts';
import type { TableData } from '../../components/data-table.tsx';
import {
  AS_OF_STATE_SHORT,
  BASIS_LABEL,
  formatFuzzyDate,
  formatIsoDate,
  STATUS_LABEL,
} from '../../lib/format.ts';
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
  const q = qualifierList(m, withBasis);
  return q.length ? ` (${q.join('; ')})` : '';
}

function qualifierList(m: TariffMeasure, withBasis: boolean): string[] {
  const q: string[] = [];
  if (withBasis && m.basis !== 'headline') q.push(BASIS_LABEL[m.basis].toLowerCase());
  const flag = noteFlag(m);
  if (flag === 'conflict') q.push('documents conflict');
  else if (flag === 'ambiguous') q.push('ambiguous');
  return q;
}

/**
 * The summary line on a date (the As of date, or a slide's build step): per direction what was in force
 * then (each rate with its basis, flag and state: "in force when last documented c. 31 Oct 2025" past the
 * newest document quoting it, "possibly in force" inside a coarse date), the peak by then, and what was
 * threatened, proposed or announced by then (saying so when its date passed and no document says it applied).
 */
export function escalationSummary(
  measures: readonly TariffMeasure[],
  name: NameOf,
  on: { date: string; sources: readonly Source[] },
  ratesOf?: RatesOf,
): string {
  const { date, sources } = on;
  const pct = (m: TariffMeasure) => rateText(m.rate, ratesOf?.(m));
  const top = (m: TariffMeasure) => Math.max(m.rate, ...(ratesOf?.(m) ?? []));
  const byId = new Map(sources.map((x) => [x.id, x]));
  // A rate counts from its date; a threat or proposal also from the first document that reports it, since
  // its own date is when it would apply.
  const known = (m: TariffMeasure) =>
    m.date.start <= date ||
    (isNotYetInEffect(m.status) &&
      m.evidence.some((e) => {
        const src = byId.get(e.sourceId);
        return src !== undefined && publishedBy(src, date);
      }));
  const by = measures.filter(known);
  if (by.length === 0) return `No tariff rate is documented by ${formatIsoDate(date)}.`;
  const parts: string[] = [];
  for (const [, list] of byDirection(by)) {
    const first = list[0]!;
    const actual = list.filter((m) => hasTakenEffect(m.status));
    const current = actual
      .map((m) => ({ m, s: tariffStatusOn(m, measures, date, sources) }))
      .filter(({ s }) => appliesOn(s) !== 'no')
      .map(({ m, s }) => {
        const q = qualifierList(m, true);
        if (s.state === 'last-documented-in-force' && s.lastDocumentedLabel)
          q.push(`${AS_OF_STATE_SHORT[s.state]} ${s.lastDocumentedLabel}`);
        else if (s.state !== 'in-force') q.push(AS_OF_STATE_SHORT[s.state]);
        return `${pct(m)}${q.length ? ` (${q.join('; ')})` : ''}`;
      });
    const peak = [...actual].sort((a, b) => top(b) - top(a))[0];
    const bits: string[] = [current.length > 0 ? current.join(' and ') : 'no rate in force'];
    if (peak && !current.some((c) => c.startsWith(pct(peak)))) bits.push(`peak so far ${pct(peak)}`);
    for (const m of list.filter((x) => isNotYetInEffect(x.status))) {
      const passed = datePassedUnapplied(m, date)
        ? ` (for ${m.date.label}; no document says it applied)`
        : m.date.start > date
          ? ` (for ${m.date.label})`
          : '';
      bits.push(`${STATUS_LABEL[m.status].toLowerCase()} ${pct(m)}${qualifiers(m, false)}${passed}`);
    }
    parts.push(`${name(first.imposerId)} on ${name(first.targetId)}: ${bits.join('; ')}`);
  }
  return `On ${formatIsoDate(date)}: ${parts.join('. ')}.`;
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
