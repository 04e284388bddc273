import type { Dataset, DatePrecision, DiplomaticEvent, TradeMeasure } from '../../data/schema.ts';
import { formatFuzzyDate } from '../../lib/format.ts';
import { isoToTime } from '../../lib/dates.ts';
import { isAmbiguous, isCancellation } from '../../data/selectors.ts';
import type { EventKind } from '../shared/event-kinds.ts';

/**
 * Pure: export controls, sanctions and diplomatic events → markers on the escalation chart's time axis.
 * Coarse dates keep their whole span (drawn as a band), never a fake exact day.
 */

/** The kinds the lane draws: every record kind of the one symbol set (shared/event-kinds.ts) but tariffs, which are the lines above. */
export type LaneKind = Exclude<EventKind, 'tariff'>;

/** The rows of the lane, top to bottom. */
export type LaneRow = 'measures' | 'talks' | 'words';

export const LANE_ROWS: { id: LaneRow; label: string }[] = [
  { id: 'measures', label: 'Controls & sanctions' },
  { id: 'talks', label: 'Talks & meetings' },
  { id: 'words', label: 'Calls & statements' },
];

export const LANE_KIND_ROW: Record<LaneKind, LaneRow> = {
  'export-control': 'measures',
  sanction: 'measures',
  negotiation: 'talks',
  meeting: 'talks',
  summit: 'talks',
  visit: 'talks',
  call: 'words',
  statement: 'words',
  cancellation: 'words',
  election: 'words',
};

export interface LaneItem {
  /** The record the marker opens. */
  id: string;
  kind: LaneKind;
  row: LaneRow;
  title: string;
  /** Epoch ms of the first and last day the date can denote (equal for an exact day). */
  start: number;
  end: number;
  precision: DatePrecision;
  /** The date as the user reads it, with "(inferred)" when derived. */
  dateLabel: string;
  /** Status as recorded (in force, proposed, held, cancelled…). */
  status: string;
  ambiguous: boolean;
  /** The document the first quote comes from (for the tooltip). */
  sourceId?: string;
}

function fromTrade(m: TradeMeasure): LaneItem {
  return {
    id: m.id,
    kind: m.kind,
    row: LANE_KIND_ROW[m.kind],
    title: m.title,
    start: isoToTime(m.date.start),
    end: isoToTime(m.date.end),
    precision: m.date.precision,
    dateLabel: formatFuzzyDate(m.date),
    status: m.status,
    ambiguous: isAmbiguous(m),
    sourceId: m.evidence[0]?.sourceId,
  };
}

/** An event that cancels another (`isCancellation`) is shown as a cancellation. */
export function eventLaneKind(e: Pick<DiplomaticEvent, 'kind' | 'cancelsId'>): LaneKind {
  if (isCancellation(e)) return 'cancellation';
  return e.kind;
}

function fromEvent(e: DiplomaticEvent): LaneItem {
  const kind = eventLaneKind(e);
  return {
    id: e.id,
    kind,
    row: LANE_KIND_ROW[kind],
    title: e.title,
    start: isoToTime(e.date.start),
    end: isoToTime(e.date.end),
    precision: e.date.precision,
    dateLabel: formatFuzzyDate(e.date),
    status: e.status,
    ambiguous: isAmbiguous(e),
    sourceId: e.evidence[0]?.sourceId,
  };
}

/** Every lane item whose date span overlaps the domain, and how many records fall outside it. */
export function buildLaneItems(
  data: Pick<Dataset, 'tradeMeasures' | 'events'>,
  domain: readonly [number, number],
): { items: LaneItem[]; outside: number } {
  const all = [...data.tradeMeasures.map(fromTrade), ...data.events.map(fromEvent)];
  const items = all
    .filter((i) => i.end >= domain[0] && i.start <= domain[1])
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  return { items, outside: all.length - items.length };
}

/** At most this many sub-rows of single markers per row; what does not fit is binned (see `packLane`). */
export const MAX_SUB_ROWS = 6;
/** Width of a bin's column in pixels: room for a count of three digits at 12 px. */
export const BIN_PX = 28;

/** Several records too dense to draw one by one: one mark for every record of a row in one pixel column. */
export interface LaneBin {
  row: LaneRow;
  /** Left edge of the column, in the same pixels as `toPx`. */
  x: number;
  /** The records in the column, in time order. */
  items: LaneItem[];
}

export interface LanePacking {
  /** Sub-row of every item drawn as its own marker. */
  level: Map<string, number>;
  /** Sub-rows per row, counting the bins' sub-row when a row has bins. */
  levels: Record<LaneRow, number>;
  /** The items drawn as their own marker, in time order. */
  shown: LaneItem[];
  /** The bins, drawn on the last sub-row of their row. */
  bins: LaneBin[];
}

/**
 * Lays the items of each row out so markers never overlap and the lane's size follows its pixels, never the
 * record count: an item goes to the first of at most `maxSubRows` sub-rows whose last marker ends at least
 * `gapPx` before it; an item that fits none joins the bin of its `binPx`-wide pixel column, drawn as one mark
 * ("n events in this span") on an extra sub-row. So at most maxSubRows × width / gapPx markers and width /
 * binPx bins per row are drawn, whatever the number of records. O(n log n): one sort, then a bounded scan per
 * item.
 */
export function packLane(
  items: readonly LaneItem[],
  toPx: (t: number) => number,
  gapPx: number,
  maxSubRows = MAX_SUB_ROWS,
  binPx = BIN_PX,
): LanePacking {
  const level = new Map<string, number>();
  const levels: Record<LaneRow, number> = { measures: 1, talks: 1, words: 1 };
  const ends: Record<LaneRow, number[]> = { measures: [], talks: [], words: [] };
  const shown: LaneItem[] = [];
  const bins = new Map<string, LaneBin>();
  for (const item of [...items].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))) {
    const x = toPx(item.start);
    const rowEnds = ends[item.row];
    let l = rowEnds.findIndex((end) => x - end >= gapPx);
    if (l === -1 && rowEnds.length < maxSubRows) {
      l = rowEnds.length;
      rowEnds.push(0);
    }
    if (l === -1) {
      const column = Math.floor(x / binPx);
      const key = `${item.row}|${column}`;
      const bin = bins.get(key) ?? { row: item.row, x: column * binPx, items: [] };
      bin.items.push(item);
      bins.set(key, bin);
      continue;
    }
    rowEnds[l] = Math.max(x, toPx(item.end));
    level.set(item.id, l);
    shown.push(item);
    levels[item.row] = Math.max(levels[item.row], l + 1);
  }
  for (const bin of bins.values()) levels[bin.row] = maxSubRows + 1;
  return { level, levels, shown, bins: [...bins.values()] };
}

/** A mark of the lane: an item drawn as its own marker, or a bin; `x` is where it is drawn. */
export type LaneMark =
  { item: LaneItem; bin?: undefined; x: number } | { bin: LaneBin; item?: undefined; x: number };

/**
 * The lane's marks in the order the arrow keys walk them: row by row, top to bottom, and left to right
 * within a row, items and bins together (ties: an item before a bin, then the item's id).
 */
export function laneMarksInOrder(
  shown: readonly LaneItem[],
  bins: readonly LaneBin[],
  toPx: (t: number) => number,
  binPx = BIN_PX,
): LaneMark[] {
  const rowIndex = (row: LaneRow) => LANE_ROWS.findIndex((r) => r.id === row);
  const marks: (LaneMark & { row: LaneRow })[] = [
    ...shown.map((item) => ({ item, x: toPx(item.start), row: item.row })),
    ...bins.map((bin) => ({ bin, x: bin.x + binPx / 2, row: bin.row })),
  ];
  return marks
    .sort(
      (a, b) =>
        rowIndex(a.row) - rowIndex(b.row) ||
        a.x - b.x ||
        (a.item ? 0 : 1) - (b.item ? 0 : 1) ||
        (a.item?.id ?? '').localeCompare(b.item?.id ?? ''),
    )
    .map(({ row: _row, ...m }) => m as LaneMark);
}
