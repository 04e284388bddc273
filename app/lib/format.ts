import type { FuzzyDate, Metric, TariffBasis, MeasureStatus } from '../data/schema.ts';

/** All number, percent, money and date formatting goes through this module. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "145%" — rates are stated in whole or decimal percent. */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** "$1.38 billion", "$220 billion", "$12,500". */
export function formatMoney(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `$${trim(value / 1e12)} trillion`;
  if (abs >= 1e9) return `$${trim(value / 1e9)} billion`;
  if (abs >= 1e6) return `$${trim(value / 1e6)} million`;
  return `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

function trim(n: number): string {
  return Number(n.toFixed(2)).toString();
}

/** Plain counts with thousands separators: "3,000,000". */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const COMPARATOR_WORD: Record<Metric['comparator'], string> = { '=': '', '<': 'below ', '>': 'above ', '≈': 'about ' };

/** A metric's value with its unit and comparator: "below 3,000,000 barrels/day". */
export function formatMetricValue(m: Pick<Metric, 'value' | 'unit' | 'comparator'>): string {
  const prefix = COMPARATOR_WORD[m.comparator];
  switch (m.unit) {
    case 'usd':
      return `${prefix}${formatMoney(m.value)}`;
    case 'barrels-per-day':
      return `${prefix}${formatNumber(m.value)} barrels/day`;
    case 'percent':
      return `${prefix}${formatPercent(m.value)}`;
    case 'people':
      return `${prefix}${formatNumber(m.value)} people`;
    case 'rank':
      return `${prefix}rank ${m.value}`;
    case 'count':
      return `${prefix}${formatNumber(m.value)}`;
  }
}

/** "10 Jan 2025" for an ISO date. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The date as the curator labelled it, with "(inferred)" when it was derived. */
export function formatFuzzyDate(d: FuzzyDate, opts: { markInferred?: boolean } = {}): string {
  const { markInferred = true } = opts;
  return markInferred && d.inferred ? `${d.label} (inferred)` : d.label;
}

/** "precision: month" style descriptions for tooltips and tables. */
export function describePrecision(d: FuzzyDate): string {
  if (d.precision === 'day') return 'exact day';
  return `${d.precision.replace(/-/g, ' ')}: ${formatIsoDate(d.start)} – ${formatIsoDate(d.end)}`;
}

export const BASIS_LABEL: Record<TariffBasis, string> = {
  headline: 'Headline rate',
  average: 'Average rate',
  unspecified: 'Basis not stated',
};

export const BASIS_DESCRIPTION: Record<TariffBasis, string> = {
  headline: 'The tariff rate a document states on goods from a country, as announced.',
  average: 'An average tariff across goods, as a document states it.',
  unspecified: 'The document gives a rate without saying what it measures; never joined to other lines.',
};

export const STATUS_LABEL: Record<MeasureStatus, string> = {
  threatened: 'Threatened',
  proposed: 'Proposed',
  announced: 'Announced',
  'in-force': 'In force',
  suspended: 'Suspended',
  lifted: 'Lifted',
  expired: 'Expired',
};

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO date → epoch ms at UTC midnight, the unit of every time axis. */
export function isoToTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Epoch ms → ISO date. */
export function timeToIso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Short axis tick: "Oct 2025". */
export function formatMonthTick(t: number): string {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
