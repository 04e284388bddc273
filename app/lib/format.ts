import type { AsOfState, TermsOnDate } from '../data/status.ts';
import type {
  CuratorNote,
  EventStatus,
  FuzzyDate,
  Metric,
  TariffBasis,
  MeasureStatus,
} from '../data/schema.ts';

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

const COMPARATOR_WORD: Record<Metric['comparator'], string> = {
  '=': '',
  '<': 'below ',
  '>': 'above ',
  '≈': 'about ',
};

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
/** A record's accessible name, marked when it comes from the user's workspace: "… (yours)". */
export function withYours(label: string, yours: boolean): string {
  return yours ? `${label} (yours)` : label;
}

export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The date as the curator labelled it, with "(inferred)" when it was derived. */
export function formatFuzzyDate(d: FuzzyDate, opts: { markInferred?: boolean } = {}): string {
  const { markInferred = true } = opts;
  if (!markInferred || !d.inferred) return d.label;
  // "2018 (not stated)" becomes "2018 (not stated; inferred)", never two brackets in a row.
  return d.label.endsWith(')') ? `${d.label.slice(0, -1)}; inferred)` : `${d.label} (inferred)`;
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

/** Human name of a diplomatic event's status. */
export const EVENT_STATUS_LABEL: Record<EventStatus, string> = {
  held: 'Held',
  planned: 'Planned',
  proposed: 'Proposed',
  cancelled: 'Cancelled',
  collapsed: 'Collapsed',
};

/** Short axis tick: "Oct 2025". */
export function formatMonthTick(t: number): string {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The months or days a coarse date covers, for a note beside a point: "Mar–May", "21–31 Oct", "Jun". */
export function formatSpanRange(startIso: string, endIso: string): string {
  const [ys, ms, ds] = startIso.split('-').map(Number);
  const [ye, me, de] = endIso.split('-').map(Number);
  const mS = MONTHS[(ms ?? 1) - 1];
  const mE = MONTHS[(me ?? 1) - 1];
  if (ys !== ye) return `${mS} ${ys}–${mE} ${ye}`;
  const lastDay = new Date(Date.UTC(ye ?? 0, me ?? 1, 0)).getUTCDate();
  if (ds === 1 && de === lastDay) return ms === me ? `${mS}` : `${mS}–${mE}`;
  if (ms === me) return ds === de ? `${ds} ${mS}` : `${ds}–${de} ${mS}`;
  return `${ds} ${mS}–${de} ${mE}`;
}

/** A change in a rate in percentage points: "+90 points", "−10 points", "no change". */
export function formatPointChange(delta: number): string {
  if (delta === 0) return 'no change';
  const abs = Number.isInteger(delta) ? Math.abs(delta) : Math.abs(delta).toFixed(1);
  return `${delta > 0 ? '+' : '−'}${abs} point${Math.abs(delta) === 1 ? '' : 's'}`;
}

/** "2 days", "1 day". */
export function formatDays(days: number): string {
  return `${formatNumber(days)} day${days === 1 ? '' : 's'}`;
}

/* ---- Status on a date and term countdowns (timeline / sanctions / overview "as of") ---- */

/** What a measure was on the as-of date, in words. */
export const AS_OF_STATE_LABEL: Record<AsOfState, string> = {
  'not-yet': 'Not yet',
  'possibly-in-force': 'Possibly in force (date uncertain)',
  'in-force': 'In force',
  'last-documented-in-force': 'In force when last documented (no later document speaks of it)',
  'possibly-superseded': 'In force, possibly superseded',
  superseded: 'Superseded',
  'possibly-lapsed': 'Possibly lapsed',
  lapsed: 'Lapsed',
  'not-in-force': 'Not in force',
  suspended: 'Suspended',
  lifted: 'Lifted',
  expired: 'Expired',
};

/** The same states in a few words, for the headline's compact lists. */
export const AS_OF_STATE_SHORT: Record<AsOfState, string> = {
  'not-yet': 'not yet',
  'possibly-in-force': 'possibly in force',
  'in-force': 'in force',
  'last-documented-in-force': 'in force when last documented',
  'possibly-superseded': 'possibly replaced',
  superseded: 'replaced',
  'possibly-lapsed': 'possibly lapsed',
  lapsed: 'lapsed',
  'not-in-force': 'not in force',
  suspended: 'suspended',
  lifted: 'lifted',
  expired: 'expired',
};

/** "1 day", "12 days". */
export function formatDayCount(n: number): string {
  const abs = Math.abs(n);
  return `${formatNumber(abs)} ${abs === 1 ? 'day' : 'days'}`;
}

/** "12 Mar 2025", or "21 Oct 2026 – 31 Oct 2026" when only a span is known. */
export function formatDaySpan(s: { earliest: string; latest: string }): string {
  return s.earliest === s.latest
    ? formatIsoDate(s.earliest)
    : `${formatIsoDate(s.earliest)} – ${formatIsoDate(s.latest)}`;
}

/** How time-limited terms stand on the as-of date, in one sentence. */
export function formatTermsCountdown(t: TermsOnDate): string {
  const lead = t.hypothetical ? 'Proposed terms, not in force. If they had taken effect when dated: ' : '';
  const end = t.end ? formatDaySpan(t.end) : undefined;
  const review = t.nextReview
    ? ` Next review ${formatDaySpan(t.nextReview)} (in ${formatDayCount(t.nextReview.daysUntil)}).`
    : '';
  switch (t.phase) {
    case 'not-started':
      return `${lead}not started yet${end ? `; would end ${end}` : ''}.${review}`;
    case 'running':
      return `${lead}${t.daysLeft !== undefined ? `${formatDayCount(t.daysLeft)} left` : 'running'}${end ? ` (ends ${end})` : ''}.${review}`;
    case 'ends-today':
      return `${lead}ends today (${end ?? ''}).`;
    case 'possibly-lapsed':
      return `${lead}ends between ${end ?? ''}: possibly lapsed on this date.`;
    case 'lapsed':
      return `${lead}lapsed ${end ?? ''}, ${formatDayCount(t.daysSinceLapse ?? 0)} ago.`;
    case 'under-review':
      return `${lead}first period over; under periodic review.${review}`;
  }
}

/** Axis tick for a year: "2025". */
export function formatYearTick(t: number): string {
  return String(new Date(t).getUTCFullYear());
}

/**
 * The short name the curator's notes use for a document ("doc 000" for the source `doc-000`), so a note that
 * says "doc 003 describes …" can be matched to the document it means. Undefined for ids of another form.
 */
export function formatSourceNumber(sourceId: string): string | undefined {
  const m = /^doc-(\d+)$/.exec(sourceId);
  return m ? `Doc ${m[1]}` : undefined;
}

/** A span with its year: "Mar–May 2025", "21–31 Oct 2025", "Dec 2025–Jan 2026". */
export function formatSpanWithYear(startIso: string, endIso: string): string {
  const range = formatSpanRange(startIso, endIso);
  return startIso.slice(0, 4) === endIso.slice(0, 4) ? `${range} ${startIso.slice(0, 4)}` : range;
}

/** What a curator's note is, as every panel names it (provenance drawer, scenario presets). */
export const NOTE_LABEL: Record<CuratorNote['kind'], string> = {
  inferred: 'Inferred by the curator',
  ambiguous: 'Ambiguous in the document',
  conflict: 'Documents conflict',
  context: 'Context',
  outside: 'Not from these documents (outside knowledge; decides nothing)',
};

/**
 * The sentences of a text, in order: a sentence ends at . ! ? followed by a space or the end, never at the
 * abbreviations the summaries use ("c. 31 Oct 2025", "e.g."). White space is collapsed.
 */
export function sentencesOf(text: string): string[] {
  const rest = text.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  const end = /(?<!\b(?:c|ca|e\.g|i\.e|approx|vs))[.!?](?=\s|$)/g;
  let from = 0;
  for (const m of rest.matchAll(end)) {
    out.push(rest.slice(from, m.index + 1).trim());
    from = m.index + 1;
  }
  const tail = rest.slice(from).trim();
  if (tail) out.push(tail);
  return out;
}
