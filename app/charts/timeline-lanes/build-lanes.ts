import type { Actor, Dataset, FuzzyDate } from '../../data/schema.ts';
import { isCancellation, noteFlag, TIMELINE_KINDS, type NoteFlag } from '../../data/selectors.ts';
import { DAY_MS, isoToTime, timeToIso } from '../../lib/dates.ts';

/**
 * Pure: every dated record (tariff measures, sanctions, export controls, diplomatic events) → items on one
 * time axis, grouped in lanes by actor pair, packed into rows so marks never overlap, for a visible range.
 */

export { TIMELINE_KINDS };
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineCollection = 'tariffMeasures' | 'tradeMeasures' | 'events';

export interface TimelineItem {
  id: string;
  collection: TimelineCollection;
  kind: TimelineKind;
  title: string;
  /** Measure status (in-force, threatened, …) or event status (held, cancelled, …). */
  status: string;
  date: FuzzyDate;
  /** Epoch ms of the first day, and of the end of the last day (exclusive), so a one-day span has width. */
  start: number;
  end: number;
  /** True when the date is an exact day: drawn as a marker; otherwise as a span over start..end. */
  exact: boolean;
  /** The countries (or groups) involved, people mapped to the country they act for. */
  actorIds: string[];
  laneKey: string;
  flag: NoteFlag | null;
  /** The rate of a tariff measure, so its mark can lead with the figure. */
  rate?: number;
}

export interface PlacedItem extends TimelineItem {
  /** Horizontal position as a fraction of the visible range (clipped to 0..1). */
  x0: number;
  x1: number;
  /** The item continues beyond the left / right edge of the range. */
  clippedStart: boolean;
  clippedEnd: boolean;
  row: number;
}

export interface Lane {
  key: string;
  actorIds: string[];
  items: PlacedItem[];
  rows: number;
}

export interface TimeRange {
  from: string;
  to: string;
}

export interface TimelineFilters {
  actors: readonly string[];
  kinds: readonly string[];
  statuses: readonly string[];
}

/** Lanes the analyst expects first; others follow by number of records. Pairs are unordered. */
export const PREFERRED_LANES = ['us|china', 'us|russia', 'china|russia', 'russia|ukraine', 'us|iran'];

/** Actor order inside a pair key, so "china|us" and "us|china" are one lane. */
const ACTOR_RANK = ['us', 'china', 'russia', 'ukraine', 'iran', 'india', 'europe'];

function rank(id: string): number {
  const i = ACTOR_RANK.indexOf(id);
  return i === -1 ? ACTOR_RANK.length : i;
}

/** The country a person acts for; countries and groups stand for themselves. */
export function countryOf(actors: ReadonlyMap<string, Actor>, id: string): string {
  const a = actors.get(id);
  return a?.kind === 'person' && a.countryId ? a.countryId : id;
}

/** Lane key for a set of actors: the first two distinct ones (unordered pair), or the single actor. */
export function laneKeyOf(actorIds: readonly string[]): string {
  const distinct = [...new Set(actorIds)].slice(0, 2);
  return distinct.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join('|');
}

function item(base: Omit<TimelineItem, 'start' | 'end' | 'exact' | 'laneKey'>): TimelineItem {
  return {
    ...base,
    start: isoToTime(base.date.start),
    end: isoToTime(base.date.end) + DAY_MS,
    exact: base.date.precision === 'day' && base.date.start === base.date.end,
    laneKey: laneKeyOf(base.actorIds),
  };
}

/** Every dated record of the dataset as a timeline item (titles as the dataset gives them). */
export function timelineItems(data: Dataset): TimelineItem[] {
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const dedupe = (ids: string[]) => [...new Set(ids.map((id) => countryOf(actors, id)))];
  const out: TimelineItem[] = [];
  for (const m of data.tariffMeasures) {
    out.push(
      item({
        id: m.id,
        collection: 'tariffMeasures',
        kind: 'tariff',
        title: m.label,
        status: m.status,
        date: m.date,
        actorIds: dedupe([m.imposerId, m.targetId]),
        flag: noteFlag(m),
        rate: m.rate,
      }),
    );
  }
  for (const m of data.tradeMeasures) {
    out.push(
      item({
        id: m.id,
        collection: 'tradeMeasures',
        kind: m.kind,
        title: m.title,
        status: m.status,
        date: m.date,
        actorIds: dedupe([m.imposerId, m.targetId]),
        flag: noteFlag(m),
      }),
    );
  }
  for (const e of data.events) {
    out.push(
      item({
        id: e.id,
        collection: 'events',
        kind: isCancellation(e) ? 'cancellation' : e.kind,
        title: e.title,
        status: e.status,
        date: e.date,
        actorIds: dedupe(e.partyIds),
        flag: noteFlag(e),
      }),
    );
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

/**
 * The text drawn on a mark: a tariff leads with its rate ("100% · Threatened US tariff …"), so rates that share
 * a title start ("US tariffs on goods from China …": 57% and 47%) stay apart when the label is cut short. The
 * rate the title repeats at its end (": 57%") is dropped; everything else is the title as the dataset gives it.
 */
export function markText(item: Pick<TimelineItem, 'title' | 'rate'>): string {
  if (item.rate === undefined) return item.title;
  const figure = `${item.rate}%`;
  const rest = item.title.replace(`: ${figure}`, '').replace(/\s+\(\)/, '');
  return `${figure} · ${rest}`;
}

/** Items matching the filters (an empty filter lets everything through). Actors match either party. */
export function filterItems(items: readonly TimelineItem[], f: TimelineFilters): TimelineItem[] {
  return items.filter(
    (i) =>
      (f.kinds.length === 0 || f.kinds.includes(i.kind)) &&
      (f.statuses.length === 0 || f.statuses.includes(i.status)) &&
      (f.actors.length === 0 || i.actorIds.some((a) => f.actors.includes(a))),
  );
}

/** The calendar year in which most records start: the default range, so that year is never a sliver. */
export function busiestYear(items: readonly TimelineItem[]): number {
  const counts = new Map<number, number>();
  for (const i of items) {
    const y = new Date(i.start).getUTCFullYear();
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best = new Date().getUTCFullYear();
  let bestCount = -1;
  for (const [y, c] of counts) {
    if (c > bestCount || (c === bestCount && y > best)) {
      best = y;
      bestCount = c;
    }
  }
  return best;
}

export interface QuickRange extends TimeRange {
  id: string;
  label: string;
}

/**
 * The quick ranges: the busiest year (default), the Oct–Nov 2025 window where the rare-earth controls, the
 * tariff threat, the leaders' meeting and the new oil sanctions meet, 2022 to the busiest year, and all records.
 */
export function quickRanges(items: readonly TimelineItem[]): QuickRange[] {
  const year = busiestYear(items);
  const first = items.length ? new Date(Math.min(...items.map((i) => i.start))).getUTCFullYear() : year;
  const last = items.length ? new Date(Math.max(...items.map((i) => i.end - DAY_MS))).getUTCFullYear() : year;
  return [
    { id: 'year', label: String(year), from: `${year}-01-01`, to: `${year}-12-31` },
    { id: 'oct-nov-2025', label: 'Oct–Nov 2025', from: '2025-10-01', to: '2025-11-30' },
    { id: 'since-2022', label: `2022–${year}`, from: '2022-01-01', to: `${year}-12-31` },
    { id: 'all', label: `All (${first}–)`, from: `${first}-01-01`, to: `${Math.max(last, year)}-12-31` },
  ];
}

/** The range to show: the URL's from/to where valid, else the default (busiest-year) quick range. */
export function resolveRange(
  items: readonly TimelineItem[],
  from: string | null,
  to: string | null,
): TimeRange {
  const def = quickRanges(items)[0] ?? { from: '2025-01-01', to: '2025-12-31' };
  const f = from ?? def.from;
  const tt = to ?? def.to;
  return f <= tt ? { from: f, to: tt } : { from: tt, to: f };
}

/** Zooms a range in (factor < 1) or out (factor > 1) around its centre; never narrower than two weeks. */
export function zoomRange(r: TimeRange, factor: number, bounds?: TimeRange): TimeRange {
  const a = isoToTime(r.from);
  const b = isoToTime(r.to) + DAY_MS;
  const centre = (a + b) / 2;
  const half = Math.max(7 * DAY_MS, ((b - a) * factor) / 2);
  let from = centre - half;
  let to = centre + half - DAY_MS;
  if (bounds) {
    from = Math.max(from, isoToTime(bounds.from));
    to = Math.min(to, isoToTime(bounds.to));
  }
  const iso = (ms: number) => timeToIso(Math.round(ms / DAY_MS) * DAY_MS);
  return { from: iso(from), to: iso(to) };
}

/**
 * Lanes for the visible range: items overlapping it, positioned as fractions of the range and packed into rows
 * so that no two marks (at least `minWidth` wide, plus a small gap) overlap. Lane order: preferred pairs first,
 * then by number of records.
 */
export function layoutLanes(items: readonly TimelineItem[], range: TimeRange, minWidth = 0.02): Lane[] {
  const a = isoToTime(range.from);
  const b = isoToTime(range.to) + DAY_MS;
  const width = b - a;
  const visible = items.filter((i) => i.start < b && i.end > a);
  const byLane = new Map<string, TimelineItem[]>();
  for (const i of visible) {
    const list = byLane.get(i.laneKey);
    if (list) list.push(i);
    else byLane.set(i.laneKey, [i]);
  }
  const lanes: Lane[] = [];
  for (const [key, laneItems] of byLane) {
    const rowEnds: number[] = [];
    const placed: PlacedItem[] = [];
    for (const i of [...laneItems].sort((p, q) => p.start - q.start || p.end - q.end)) {
      const x0 = Math.max(0, (i.start - a) / width);
      const x1 = Math.min(1, (i.end - a) / width);
      const drawnEnd = Math.max(x1, x0 + minWidth);
      let row = rowEnds.findIndex((end) => end <= x0);
      if (row === -1) {
        row = rowEnds.length;
        rowEnds.push(drawnEnd + minWidth / 4);
      } else {
        rowEnds[row] = drawnEnd + minWidth / 4;
      }
      placed.push({ ...i, x0, x1, clippedStart: i.start < a, clippedEnd: i.end > b, row });
    }
    lanes.push({ key, actorIds: key.split('|'), items: placed, rows: rowEnds.length });
  }
  return lanes.sort((p, q) => {
    const pi = PREFERRED_LANES.indexOf(p.key);
    const qi = PREFERRED_LANES.indexOf(q.key);
    if (pi !== -1 || qi !== -1) return (pi === -1 ? Infinity : pi) - (qi === -1 ? Infinity : qi);
    return q.items.length - p.items.length || p.key.localeCompare(q.key);
  });
}

export interface Tick {
  t: number;
  x: number;
  unit: 'month' | 'year';
}

/** Axis ticks: months for short ranges (every 1, 2 or 3 months), years for long ones. */
export function timeTicks(range: TimeRange): Tick[] {
  const a = isoToTime(range.from);
  const b = isoToTime(range.to) + DAY_MS;
  const months = (b - a) / (30.44 * DAY_MS);
  const ticks: Tick[] = [];
  if (months > 30) {
    const y0 = new Date(a).getUTCFullYear();
    const y1 = new Date(b).getUTCFullYear();
    const step = months > 120 ? 2 : 1;
    for (let y = y0; y <= y1; y += 1) {
      const tt = Date.UTC(y, 0, 1);
      if (tt >= a && tt < b && (y - y0) % step === 0)
        ticks.push({ t: tt, x: (tt - a) / (b - a), unit: 'year' });
    }
    return ticks;
  }
  const step = months <= 8 ? 1 : months <= 16 ? 2 : 3;
  const d = new Date(a);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  if (d.getUTCDate() !== 1) m += 1;
  for (;;) {
    const tt = Date.UTC(y, m, 1);
    if (tt >= b) break;
    if (m % step === 0) ticks.push({ t: tt, x: (tt - a) / (b - a), unit: 'month' });
    m += 1;
    if (m > 11) {
      m = 0;
      y += 1;
    }
  }
  return ticks;
}

/** Position of an ISO date within a range as a fraction, or null when it is outside. */
export function positionInRange(iso: string, range: TimeRange): number | null {
  const a = isoToTime(range.from);
  const b = isoToTime(range.to) + DAY_MS;
  const x = isoToTime(iso) + DAY_MS / 2;
  return x < a || x > b ? null : (x - a) / (b - a);
}

/** Distinct values present, in a stable order: for building the filter choices from the data. */
export function presentKinds(items: readonly TimelineItem[]): TimelineKind[] {
  return TIMELINE_KINDS.filter((k) => items.some((i) => i.kind === k));
}

export function presentStatuses(items: readonly TimelineItem[]): string[] {
  return [...new Set(items.map((i) => i.status))].sort();
}

/** Actors that appear in lanes, most frequent first. */
export function presentActors(items: readonly TimelineItem[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) for (const a of i.actorIds) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((p, q) => q[1] - p[1] || rank(p[0]) - rank(q[0])).map(([a]) => a);
}
