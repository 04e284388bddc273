import { directionKey } from '../../lib/direction.ts';
import type { MeasureStatus, Source, TradeMeasure } from '../../data/schema.ts';
import {
  documentedUntil,
  isInForceStatus,
  isNotYetInEffect,
  sourcesById,
  termsEnd,
} from '../../data/status.ts';
import { addDays, isoToTime } from '../../lib/dates.ts';
import { formatDayCount, formatIsoDate } from '../../lib/format.ts';

/**
 * Pure layout of the sanctions and export-controls chart: one bar per measure over time, grouped by
 * imposer → target, with its status as the bar's style and its time-limited terms (a window that ends, a
 * term followed by periodic review) drawn on it. Positions are fractions of the time range (0 = `from`,
 * 1 = `to`); the component turns them into pixels.
 */

export interface BarRange {
  from: string;
  to: string;
  /**
   * Where each measure's evidence ends (data/status.ts `documentedUntil`): an in-force bar past it is drawn
   * faded as "in force when last documented". The measure's own date when not given.
   */
  documentedUntil?: (m: TradeMeasure) => string;
}

/**
 * What a stretch of a bar stands for:
 * - `span`: the days a coarse date can denote (the measure may or may not apply yet there),
 * - `documented`: in force as documented (or until its terms end),
 * - `stale`: more than a year after the documents last speak of it, with nothing saying it ended: drawn, not asserted,
 * - `hypothetical`: the terms of a measure that is only proposed, threatened or announced,
 * - `inactive`: suspended, lifted or expired from its date.
 */
export type SegmentKind = 'span' | 'documented' | 'stale' | 'hypothetical' | 'inactive';

export interface BarSegment {
  x0: number;
  x1: number;
  kind: SegmentKind;
}

/** A point on a bar where its terms say something happens: a window ends, the first term ends, a review. */
export interface TermMark {
  x: number;
  date: string;
  kind: 'ends' | 'review';
  label: string;
}

export interface MeasureBar {
  id: string;
  title: string;
  kind: TradeMeasure['kind'];
  status: MeasureStatus;
  imposerId: string;
  targetId: string;
  /** Where the bar (its first day) starts; below 0 when it started before the range. */
  x0: number;
  /** The measure started before the range: the bar enters from the left edge. */
  enters: boolean;
  segments: BarSegment[];
  terms: TermMark[];
  /** A short reading of the terms drawn on the bar ("window until 12 Mar 2025"), or '' without terms. */
  termsLabel: string;
}

export interface BarGroup {
  key: string;
  imposerId: string;
  targetId: string;
  bars: MeasureBar[];
}

function frac(iso: string, range: BarRange): number {
  const a = isoToTime(range.from);
  const b = isoToTime(range.to);
  return b > a ? (isoToTime(iso) - a) / (b - a) : 0;
}

function clampSeg(s: BarSegment): BarSegment | null {
  const x0 = Math.max(0, s.x0);
  const x1 = Math.min(1, s.x1);
  return x1 > x0 || (x1 === x0 && s.x0 >= 0 && s.x1 <= 1) ? { ...s, x0, x1 } : null;
}

/** "1-year", "90-day"; with `alone`, "year", "2 years", "90 days". */
function period(days: number, alone = false): string {
  if (days % 365 === 0) {
    const y = days / 365;
    return alone ? (y === 1 ? 'year' : `${y} years`) : `${y}-year`;
  }
  return alone ? formatDayCount(days) : `${days}-day`;
}

/** The time-limited terms in a few words, as drawn on the bar. */
export function termsLabel(m: TradeMeasure): string {
  const t = m.terms;
  if (!t) return '';
  const lead = isNotYetInEffect(m.status) ? 'proposed: ' : '';
  if (t.endsOn) return `${lead}window until ${formatIsoDate(t.endsOn)}`;
  const parts: string[] = [];
  if (t.durationDays !== undefined) parts.push(`${period(t.durationDays)} term`);
  if (t.reviewEveryDays !== undefined) parts.push(`then review every ${period(t.reviewEveryDays, true)}`);
  return `${lead}${parts.join(', ')}`;
}

/** One measure's bar within `range`. Bars run to the range's end unless their terms end them sooner. */
export function measureBar(m: TradeMeasure, range: BarRange): MeasureBar {
  const start = frac(m.date.start, range);
  const certain = frac(m.date.end, range);
  const endAll = 1;
  const raw: BarSegment[] = [];
  if (m.date.end > m.date.start) raw.push({ x0: start, x1: certain, kind: 'span' });
  const marks: TermMark[] = [];
  const t = m.terms;
  const end = t ? termsEnd(t, m.date) : undefined;
  if (isNotYetInEffect(m.status)) {
    // Only the terms are drawn: the documents never say the measure took effect.
    if (end) raw.push({ x0: certain, x1: frac(end.latest, range), kind: 'hypothetical' });
    else if (t?.durationDays !== undefined)
      raw.push({ x0: certain, x1: frac(addDays(m.date.end, t.durationDays), range), kind: 'hypothetical' });
  } else if (isInForceStatus(m.status)) {
    const until = end ? frac(end.latest, range) : endAll;
    const evidenceEnds = range.documentedUntil?.(m) ?? m.date.end;
    const staleFrom = end ? until : Math.min(until, Math.max(certain, frac(evidenceEnds, range)));
    raw.push({ x0: certain, x1: staleFrom, kind: 'documented' });
    if (staleFrom < until) raw.push({ x0: staleFrom, x1: until, kind: 'stale' });
  } else {
    raw.push({ x0: certain, x1: endAll, kind: 'inactive' });
  }
  if (t && end) {
    marks.push({
      x: frac(end.latest, range),
      date: end.latest,
      kind: 'ends',
      label: end.explicit ? `ends ${formatIsoDate(end.latest)}` : `term ends`,
    });
  } else if (t?.durationDays !== undefined) {
    const first = addDays(m.date.start, t.durationDays);
    marks.push({ x: frac(first, range), date: first, kind: 'review', label: 'first review' });
    if (t.reviewEveryDays !== undefined) {
      for (let k = 1, d = addDays(first, t.reviewEveryDays); d <= range.to && k < 50; k += 1) {
        marks.push({ x: frac(d, range), date: d, kind: 'review', label: 'review' });
        d = addDays(d, t.reviewEveryDays);
      }
    }
  }
  const segments = raw.map(clampSeg).filter((s): s is BarSegment => s !== null);
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    status: m.status,
    imposerId: m.imposerId,
    targetId: m.targetId,
    x0: start,
    enters: start < 0,
    segments,
    terms: marks.filter((k) => k.x >= 0 && k.x <= 1),
    termsLabel: termsLabel(m),
  };
}

/**
 * The bars of the measures shown, in groups by imposer → target: the group with the newest measure first,
 * and within a group the newest measure first. Measures that end before the range are left out.
 */
export function buildBarGroups(measures: readonly TradeMeasure[], range: BarRange): BarGroup[] {
  const groups = new Map<string, BarGroup & { newest: string }>();
  const sorted = [...measures].sort(
    (a, b) => b.date.start.localeCompare(a.date.start) || a.id.localeCompare(b.id),
  );
  for (const m of sorted) {
    const bar = measureBar(m, range);
    if (bar.segments.length === 0 && bar.terms.length === 0) continue;
    const key = directionKey(m);
    const g = groups.get(key) ?? {
      key,
      imposerId: m.imposerId,
      targetId: m.targetId,
      bars: [],
      newest: m.date.start,
    };
    g.bars.push(bar);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.newest.localeCompare(a.newest) || a.key.localeCompare(b.key))
    .map(({ newest: _n, ...g }) => g);
}

/**
 * The two ranges the chart offers: "recent" (from 1 January of the year the most recent cluster of measures
 * starts in: measures starting within two years of the newest) and "all" (from the first measure's year), both
 * ending at `until` (the as-of date or today) or at the last day a measure's terms reach, whichever is later.
 */
export function barRanges(
  measures: readonly TradeMeasure[],
  until: string,
  sources?: readonly Source[],
): { recent: BarRange; all: BarRange } {
  const starts = measures.map((m) => m.date.start).sort();
  const newest = starts[starts.length - 1] ?? until;
  const oldest = starts[0] ?? until;
  const recentStart = starts.find((s) => s >= addDays(newest, -730)) ?? newest;
  let to = until;
  for (const m of measures) {
    const e = m.terms ? termsEnd(m.terms, m.date) : undefined;
    if (e && e.latest > to) to = e.latest;
    if (m.date.end > to) to = m.date.end;
  }
  // End at the start of the following month, so the last month is drawn whole.
  const [y, mo] = to.split('-').map(Number) as [number, number];
  const end = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  const byId = sources ? sourcesById(sources) : undefined;
  const evidence = byId ? { documentedUntil: (m: TradeMeasure) => documentedUntil(m, byId) } : {};
  return {
    recent: { from: `${recentStart.slice(0, 4)}-01-01`, to: end, ...evidence },
    all: { from: `${oldest.slice(0, 4)}-01-01`, to: end, ...evidence },
  };
}

export interface BarTick {
  x: number;
  date: string;
  label: string;
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Axis ticks at month or year starts, thinned so labels stay at least `minPx` apart on a track `trackPx`
 * wide. Years are major ticks and carry the year; other ticks name the month.
 */
export function barTicks(range: BarRange, trackPx: number, minPx = 64): BarTick[] {
  // A label needs about 40 px; a tick closer than that to the right edge would be cut, so it is left out.
  const fits = (x: number) => x * trackPx + 40 <= trackPx;
  const months: string[] = [];
  let [y, m] = range.from.split('-').map(Number) as [number, number];
  if (range.from.slice(8) !== '01') m += 1;
  for (;;) {
    if (m > 12) {
      y += 1;
      m = 1;
    }
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > range.to) break;
    months.push(iso);
    m += 1;
  }
  const pxPerMonth = months.length > 1 ? trackPx / months.length : trackPx;
  const steps = [1, 2, 3, 6, 12, 24, 36, 60];
  const step = steps.find((s) => s * pxPerMonth >= minPx) ?? 120;
  const ticks: BarTick[] = [];
  for (const iso of months) {
    const mm = Number(iso.slice(5, 7));
    const yy = Number(iso.slice(0, 4));
    if (step >= 12 ? mm !== 1 || yy % (step / 12) !== 0 : (mm - 1) % step !== 0) continue;
    const major = mm === 1;
    if (!fits(frac(iso, range))) continue;
    ticks.push({
      x: frac(iso, range),
      date: iso,
      label: major ? String(yy) : (MONTHS[mm - 1] ?? ''),
      major,
    });
  }
  return ticks;
}

/* ---- Filters ---- */

export interface MeasureFilter {
  /** An actor id: the measure's imposer or target. */
  actor?: string;
  sector?: string;
  status?: MeasureStatus;
  kind?: TradeMeasure['kind'];
  /** Words that must all occur in the title, description, sector, terms or the actors' names. */
  query?: string;
}

/** The measures that pass the filter. `names` gives every name of an actor (full, short, aliases). */
export function filterMeasures(
  measures: readonly TradeMeasure[],
  f: MeasureFilter,
  names: (actorId: string) => readonly string[],
): TradeMeasure[] {
  const words = (f.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return measures.filter((m) => {
    if (f.actor && m.imposerId !== f.actor && m.targetId !== f.actor) return false;
    if (f.sector && m.sector !== f.sector) return false;
    if (f.status && m.status !== f.status) return false;
    if (f.kind && m.kind !== f.kind) return false;
    if (words.length === 0) return true;
    const hay = [
      m.title,
      m.description,
      m.sector,
      m.terms?.description ?? '',
      m.kind === 'sanction' ? 'sanction sanctions' : 'export control controls',
      ...names(m.imposerId),
      ...names(m.targetId),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The distinct values a filter can take, in a stable order (for the select boxes). */
export function filterOptions(measures: readonly TradeMeasure[]): {
  actors: string[];
  sectors: string[];
  statuses: MeasureStatus[];
} {
  const uniq = <T extends string>(xs: T[]) => [...new Set(xs)].sort();
  return {
    actors: uniq(measures.flatMap((m) => [m.imposerId, m.targetId])),
    sectors: uniq(measures.map((m) => m.sector)),
    statuses: uniq(measures.map((m) => m.status)),
  };
}

/* ---- Pixel layout ---- */

export const BAR_GEOMETRY = {
  padX: 8,
  axisHeight: 44,
  groupHeight: 28,
  lineHeight: 17,
  barHeight: 14,
  rowGap: 12,
  /** Average advance of one character of the 13 px title and 12 px terms text. */
  titleCharPx: 7.1,
  termsCharPx: 6.7,
} as const;

/** Breaks a label into lines no wider than `maxPx` (at `charPx` per character), at spaces; never cuts a word. */
export function wrapLabel(text: string, maxPx: number, charPx: number): string[] {
  const max = Math.max(8, Math.floor(maxPx / charPx));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface PlacedText {
  x: number;
  y: number;
  width: number;
  text: string;
}

export interface PlacedBar {
  bar: MeasureBar;
  /** Top of the row and its height (the hit area of the mark). */
  top: number;
  height: number;
  barY: number;
  title: PlacedText[];
  termsText: PlacedText[];
}

export interface PlacedGroup {
  group: BarGroup;
  y: number;
  bars: PlacedBar[];
}

/**
 * Lays the groups out in pixels for a drawing `width` wide: each bar has its own row, its title above it
 * (wrapped, never cut, starting where the bar starts and moved left only as far as it must to fit), and the
 * reading of its terms below it near where they are drawn. Nothing overlaps: every text sits in its own
 * row band inside the drawing.
 */
export function layoutBarGroups(
  groups: readonly BarGroup[],
  width: number,
): { groups: PlacedGroup[]; height: number; trackX: number; trackWidth: number } {
  const G = BAR_GEOMETRY;
  const trackX = G.padX;
  const tw = Math.max(0, width - 2 * G.padX);
  let y = G.axisHeight;
  // A wrapped label keeps one left edge: where the bar starts, moved left only as far as its widest line needs.
  const placeText = (text: string, atPx: number, charPx: number, top: number): PlacedText[] => {
    const lines = wrapLabel(text, tw, charPx);
    const widest = Math.max(0, ...lines.map((l) => Math.ceil(l.length * charPx)));
    const x = Math.max(0, Math.min(atPx, tw - widest));
    return lines.map((line, i) => ({
      x: trackX + x,
      y: top + (i + 1) * G.lineHeight - 4,
      width: Math.ceil(line.length * charPx),
      text: line,
    }));
  };
  const out = groups.map((group) => {
    const gy = y;
    y += G.groupHeight;
    const bars = group.bars.map((bar) => {
      const top = y;
      const startPx = Math.max(0, bar.x0) * tw;
      const title = placeText(bar.title, startPx, G.titleCharPx, top);
      const barY = top + title.length * G.lineHeight + 4;
      let height = barY - top + G.barHeight;
      let termsText: PlacedText[] = [];
      if (bar.termsLabel) {
        const termsAt = bar.segments.find((s) => s.kind !== 'span')?.x0 ?? Math.max(0, bar.x0);
        termsText = placeText(bar.termsLabel, termsAt * tw, G.termsCharPx, barY + G.barHeight + 1);
        height += 1 + termsText.length * G.lineHeight;
      }
      y = top + height + G.rowGap;
      return { bar, top, height, barY, title, termsText };
    });
    return { group, y: gy, bars };
  });
  return { groups: out, height: y, trackX, trackWidth: tw };
}
