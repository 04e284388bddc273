import type { Dataset, MeasureStatus, TariffBasis } from '../../data/schema.ts';
import { isInForceStatus } from '../../data/status.ts';
import { actorName, headlineTariffs, isAmbiguous, type DatasetIndex } from '../../data/selectors.ts';
import { BASIS_LABEL, formatFuzzyDate, formatPercent, STATUS_LABEL } from '../../lib/format.ts';
import { openRates, rateText } from '../../domain/readings.ts';
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
  /** The date as a short axis label (no "(inferred)": the table and the drawer say it). */
  shortDate: string;
  /** The record carries an ambiguity or conflict note. */
  ambiguous: boolean;
  /** Every value the open readings give it, low to high ([10, 30]); absent when the rate is settled. */
  rates?: number[];
}

/** "10% or 30%" while a reading is open, else "10%". */
export function barValueText(b: Pick<RateBar, 'rate' | 'rates'>): string {
  return rateText(b.rate, b.rates);
}

/** The highest value a bar can take (the top reading while one is open). */
function barTop(b: Pick<RateBar, 'rate' | 'rates'>): number {
  return b.rates ? Math.max(...b.rates) : b.rate;
}

/** Pixel layout of the bars: one row per rate under a heading per direction. Pure. */
export interface RateBarsLayout {
  /** On a phone the status/basis qualifier moves under the date, so the value never runs off the edge. */
  narrow: boolean;
  height: number;
  rowHeight: number;
  labelWidth: number;
  groups: { direction: string; y: number }[];
  /**
   * `barWidth` is the settled part (the lowest reading); `openWidth` the span up to the highest one. A row
   * with `bin` stands for several consecutive rates of its direction (see `binRateBars`); its `bar` is their
   * highest, drawn to its value.
   */
  rows: { bar: RateBar; bin?: RateBin; y: number; barWidth: number; openWidth: number }[];
  /** Rates drawn inside binned rows (0 when every rate has its own row). */
  binned: number;
}

/**
 * Rows one direction may take before consecutive rates share a row: the chart is bounded by its height, not
 * by the record count (7 shipped rates, 613 at 10k realistic records, each one a 34 px row before).
 */
export const MAX_ROWS_PER_DIRECTION = 16;

/** Consecutive rates of one direction drawn as one row: their date span and range, counted. */
export interface RateBin {
  bars: RateBar[];
  /** The first and last rate's short dates. */
  from: string;
  to: string;
  low: number;
  high: number;
}

/**
 * Pure: each direction's rates as at most `maxRows` rows, in time order: every rate its own row while they
 * fit, else consecutive rates in equal runs, a run of one staying a plain bar. Every rate is in exactly one
 * row. O(n).
 */
export function binRateBars(
  bars: readonly RateBar[],
  maxRows = MAX_ROWS_PER_DIRECTION,
): { bar: RateBar; bin?: RateBin }[] {
  const out: { bar: RateBar; bin?: RateBin }[] = [];
  let start = 0;
  while (start < bars.length) {
    let end = start;
    while (end < bars.length && bars[end]!.direction === bars[start]!.direction) end++;
    const run = bars.slice(start, end);
    const size = Math.ceil(run.length / maxRows);
    for (let i = 0; i < run.length; i += size) {
      const chunk = run.slice(i, i + size);
      if (chunk.length === 1) {
        out.push({ bar: chunk[0]! });
        continue;
      }
      const top = chunk.reduce((a, b) => (barTop(b) > barTop(a) ? b : a));
      out.push({
        bar: top,
        bin: {
          bars: chunk,
          from: chunk[0]!.shortDate,
          to: chunk.at(-1)!.shortDate,
          low: Math.min(...chunk.map((b) => (b.rates ? Math.min(...b.rates) : b.rate))),
          high: barTop(top),
        },
      });
    }
    start = end;
  }
  return out;
}

/** The dates a binned row spans: "spring 2025 – late Oct 2025", or one date when they are the same. */
export function binSpan(bin: Pick<RateBin, 'from' | 'to'>): string {
  return bin.from === bin.to ? bin.from : `${bin.from} – ${bin.to}`;
}

/** "28 rates, 10%–145%": what a binned row stands for. */
export function binValueText(bin: RateBin): string {
  const range =
    bin.low === bin.high ? formatPercent(bin.low) : `${formatPercent(bin.low)}–${formatPercent(bin.high)}`;
  return `${bin.bars.length} rates, ${range}`;
}

/** A binned row's accessible name: what it shows, and that the table lists each rate. */
export function binName(bin: RateBin): string {
  return `${binSpan(bin)} ${binValueText(bin)}: ${bin.bars[0]!.direction}. Too many to draw one row each; open the data table to see every one`;
}

const ROW = 34;
const GROUP_HEAD = 30;
/** Room kept right of the longest bar for its value and qualifier ("100% threatened · basis not stated"). */
const VALUE_ROOM = 190;

export function layoutRateBars(bars: readonly RateBar[], width: number): RateBarsLayout {
  const narrow = width < 560;
  // On phones the qualifier sits under the date in the label column: the column is as wide as its longest
  // line (≈ 6.4 px a character at 12–13 px), or "proposed · basis not stated" ran under the bar beside it.
  const longest = Math.max(0, ...bars.flatMap((b) => [b.shortDate.length, barQualifier(b).length]));
  const drawn = binRateBars(bars);
  // A binned row's dates ("by summer 2025 – late Oct 2025") get room too, up to 40% of the chart.
  const spans = Math.max(0, ...drawn.map((r) => (r.bin ? binSpan(r.bin).length : 0)));
  const labelWidth = narrow
    ? Math.min(Math.round(width * 0.6), Math.max(110, Math.ceil(longest * 6.4) + 10))
    : Math.max(
        Math.min(210, Math.max(110, Math.round(width * 0.3))),
        Math.min(Math.ceil(spans * 6.4) + 10, Math.round(width * 0.4)),
      );
  const max = Math.max(1, ...bars.map(barTop));
  const scale = Math.max(20, width - labelWidth - (narrow ? 56 : VALUE_ROOM)) / max;
  const row = narrow ? ROW + 10 : ROW;
  const groups: RateBarsLayout['groups'] = [];
  const rows: RateBarsLayout['rows'] = [];
  let y = 0;
  let binned = 0;
  for (const { bar: b, bin } of drawn) {
    if (groups.at(-1)?.direction !== b.direction) {
      y += GROUP_HEAD;
      groups.push({ direction: b.direction, y: y - 10 });
    }
    if (bin) {
      binned += bin.bars.length;
      rows.push({ bar: b, bin, y, barWidth: bin.high * scale, openWidth: 0 });
    } else {
      const low = b.rates ? Math.min(...b.rates) : b.rate;
      rows.push({ bar: b, y, barWidth: low * scale, openWidth: (barTop(b) - low) * scale });
    }
    y += row;
  }
  return { narrow, height: y + 4, rowHeight: row, labelWidth, groups, rows, binned };
}

/** Every documented tariff rate as a bar, grouped by direction (the order of the first view's cards). */
export function buildRateBars(data: Dataset, index: DatasetIndex): RateBar[] {
  const ratesOf = openRates(data);
  return headlineTariffs(data).map((t) => ({
    id: t.id,
    label: `${actorName(index, t.imposerId)}→${actorName(index, t.targetId)} ${rateText(t.rate, ratesOf(t))} (${formatFuzzyDate(t.date, { markInferred: false })})`,
    direction: `${actorName(index, t.imposerId)} on ${actorName(index, t.targetId)}`,
    imposerId: t.imposerId,
    rate: t.rate,
    status: t.status,
    basis: t.basis,
    date: formatFuzzyDate(t.date),
    shortDate: formatFuzzyDate(t.date, { markInferred: false }),
    ambiguous: isAmbiguous(t),
    ...(ratesOf(t) ? { rates: ratesOf(t)! } : {}),
  }));
}

/** The table alternative (and CSV export) of the chart: exactly one row per bar. */
export function rateBarsTable(bars: RateBar[]): TableData {
  return {
    columns: ['Direction', 'Rate', 'Status', 'Basis', 'Date'],
    rows: bars.map((b) => [
      b.direction,
      barValueText(b),
      STATUS_LABEL[b.status],
      BASIS_LABEL[b.basis],
      b.date,
    ]),
    recordIds: bars.map((b) => b.id),
  };
}

/** One-line summary: the highest documented rate per direction. */
export function rateBarsSummary(bars: RateBar[]): string {
  if (bars.length === 0) return 'No tariff rates are documented.';
  const byDir = new Map<string, RateBar>();
  for (const b of bars) {
    const cur = byDir.get(b.direction);
    if (!cur || barTop(b) > barTop(cur)) byDir.set(b.direction, b);
  }
  const parts = [...byDir.values()].map(
    (b) =>
      `${b.direction} peaks at ${barValueText(b)} (${STATUS_LABEL[b.status].toLowerCase()}; ${b.date.replace(/ \(inferred\)$/, ', inferred')})`,
  );
  return `${bars.length} documented rates. ${parts.join('; ')}.`;
}

/** "proposed · basis not stated": what sets a bar apart from an in-force headline rate ('' when nothing). */
export function barQualifier(b: Pick<RateBar, 'status' | 'basis'>): string {
  const parts = [];
  if (!isInForceStatus(b.status)) parts.push(STATUS_LABEL[b.status].toLowerCase());
  if (b.basis !== 'headline') parts.push(BASIS_LABEL[b.basis].toLowerCase());
  return parts.join(' · ');
}

/**
 * A bar's accessible name: its visible text first, in reading order (so speech users can say what they
 * see), then what the bar does not show in words (direction, basis, the inferred date).
 */
export function rateBarName(b: RateBar, narrow: boolean): string {
  const q = barQualifier(b);
  const visible = [
    b.shortDate,
    narrow ? q : '',
    `${barValueText(b)}${b.ambiguous ? ' ?' : ''}`,
    narrow ? '' : q,
  ]
    .filter(Boolean)
    .join(' ');
  return `${visible}: ${b.direction}, ${BASIS_LABEL[b.basis].toLowerCase()}, ${b.date}${b.ambiguous ? ', ambiguous' : ''}. Open source`;
}
