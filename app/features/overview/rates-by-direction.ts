import type { Dataset, MeasureStatus, TariffBasis } from '../../data/schema.ts';
import { actorName, headlineTariffs, type DatasetIndex } from '../../data/selectors.ts';
import { BASIS_LABEL, formatFuzzyDate, formatPercent, STATUS_LABEL } from '../../lib/format.ts';
import type { TableData } from '../../components/data-table.tsx';

/** One bar: a documented rate, labelled by direction, status and date. */
export interface RateBar {
  id: string;
  /** Category label on the axis, unique per bar. */
  label: string;
  direction: string;
  imposerId: string;
  rate: number;
  status: MeasureStatus;
  basis: TariffBasis;
  date: string;
}

/** Every documented tariff rate as a bar, grouped by direction (the order of the first view's cards). */
export function buildRateBars(data: Dataset, index: DatasetIndex): RateBar[] {
  return headlineTariffs(data).map((t) => ({
    id: t.id,
    label: `${actorName(index, t.imposerId)}→${actorName(index, t.targetId)} ${formatPercent(t.rate)} (${formatFuzzyDate(t.date, { markInferred: false })})`,
    direction: `${actorName(index, t.imposerId)} on ${actorName(index, t.targetId)}`,
    imposerId: t.imposerId,
    rate: t.rate,
    status: t.status,
    basis: t.basis,
    date: formatFuzzyDate(t.date),
  }));
}

/** The table alternative (and CSV export) of the chart: exactly one row per bar. */
export function rateBarsTable(bars: RateBar[]): TableData {
  return {
    columns: ['Direction', 'Rate', 'Status', 'Basis', 'Date'],
    rows: bars.map((b) => [b.direction, formatPercent(b.rate), STATUS_LABEL[b.status], BASIS_LABEL[b.basis], b.date]),
    recordIds: bars.map((b) => b.id),
  };
}

/** One-line summary: the highest documented rate per direction. */
export function rateBarsSummary(bars: RateBar[]): string {
  const byDir = new Map<string, RateBar>();
  for (const b of bars) {
    const cur = byDir.get(b.direction);
    if (!cur || b.rate > cur.rate) byDir.set(b.direction, b);
  }
  const parts = [...byDir.values()].map((b) => `${b.direction} peaks at ${formatPercent(b.rate)} (${STATUS_LABEL[b.status].toLowerCase()}, ${b.date})`);
  return `${bars.length} documented rates. ${parts.join('; ')}.`;
}
