/**
 * Pure: where the turning-point labels go above a time axis. Labels sit in rows above the plot, each tied to
 * its date by a vertical leader line at one of its edges (the label reads to the right of its date, or ends at
 * it). Nothing overlaps: no two boxes share space in a row, and no leader line runs through a label on its way
 * down to the axis. A label that finds no room collapses to a numbered marker (its words go in the key under the
 * chart); a marker that finds none either is left to the key alone.
 *
 * Greedy placement depends on the order it tries things, so a handful of orders are tried and the one that
 * writes the most words with the fewest rows wins (as OWID's and Plot's label placers do, cheap and stable).
 */

export interface AnnotationInput {
  id: string;
  /** Pixel x of the date on the shared time axis. */
  x: number;
  label: string;
}

export type AnchorSide = 'start' | 'end';

export interface PlacedAnnotation {
  id: string;
  /** The date's x: where the leader line runs. */
  x: number;
  label: string;
  /** 1-based number in time order, shown on a collapsed marker and in the key. */
  n: number;
  /** label: the words drawn; marker: a numbered circle; key: only in the key under the chart. */
  mode: 'label' | 'marker' | 'key';
  /** Row counted from the plot upwards (0 sits right above it). */
  row: number;
  /** Left and right edge of the box drawn. */
  x0: number;
  x1: number;
  anchor: AnchorSide;
}

export interface PlacementOptions {
  /** Left and right bounds boxes must stay within (the chart's full width). */
  minX: number;
  maxX: number;
  /** Rows available for labels; markers may use `markerRows` more. */
  maxRows: number;
  markerRows?: number;
  /** Width of a label's box for its text (an estimate is fine if it errs wide). */
  measure?: (label: string) => number;
  markerWidth?: number;
  /** Clear space kept between boxes and between a box and a leader line. */
  pad?: number;
}

/** Width of a 12 px label in the app's sans-serif, erring wide (about 7 px a character, plus the padding). */
export function estimateLabelWidth(label: string, fontSize = 12): number {
  return Math.ceil(label.length * fontSize * 0.58) + 8;
}

/** Leaders closer than this read as one line: labels of (nearly) the same date stack on it. */
export const SAME_LEADER_PX = 1.5;

interface Box {
  row: number;
  x0: number;
  x1: number;
  leader: number;
}

/**
 * Boxes in a row keep `pad` apart; a leader only has to miss a box by a pixel, since a label's words sit 4 px
 * inside its box (so two dates a few pixels apart can still stack, each with its own line).
 */
function conflicts(c: Box, placed: readonly Box[], pad: number): boolean {
  const clear = 1;
  for (const p of placed) {
    if (p.row === c.row && c.x0 < p.x1 + pad && p.x0 < c.x1 + pad) return true;
    // Labels of (nearly) the same date stack on one leader.
    const sameLeader = Math.abs(p.leader - c.leader) < SAME_LEADER_PX;
    if (sameLeader) continue;
    // A higher leader runs down through this row: it must pass clear of the box.
    if (p.row > c.row && p.leader > c.x0 - clear && p.leader < c.x1 + clear) return true;
    // This leader runs down through lower rows: it must pass clear of their boxes.
    if (c.row > p.row && c.leader > p.x0 - clear && c.leader < p.x1 + clear) return true;
  }
  return false;
}

type Order = 'asc' | 'desc';
type Try = 'rows-first' | 'anchor-first';

function placeOnce(
  items: readonly Item[],
  o: Required<PlacementOptions>,
  order: Order,
  strategy: Try,
  prefer: AnchorSide,
): PlacedAnnotation[] {
  const placed: Box[] = [];
  const out: PlacedAnnotation[] = [];
  const other: AnchorSide = prefer === 'start' ? 'end' : 'start';
  const seq = order === 'asc' ? items : [...items].reverse();
  const tryPlace = (
    item: (typeof items)[number],
    width: number,
    rows: number,
    mode: 'label' | 'marker',
  ): PlacedAnnotation | null => {
    const candidates: [number, AnchorSide][] = [];
    if (strategy === 'rows-first') {
      for (let r = 0; r < rows; r++) candidates.push([r, prefer], [r, other]);
    } else {
      for (const a of [prefer, other]) for (let r = 0; r < rows; r++) candidates.push([r, a]);
    }
    for (const [row, anchor] of candidates) {
      const x0 = anchor === 'start' ? item.x : item.x - width;
      const x1 = x0 + width;
      if (x0 < o.minX || x1 > o.maxX) continue;
      const box = { row, x0, x1, leader: item.x };
      if (conflicts(box, placed, o.pad)) continue;
      placed.push(box);
      return { id: item.id, x: item.x, label: item.label, n: item.n, mode, row, x0, x1, anchor };
    }
    return null;
  };
  const collapsed: (typeof items)[number][] = [];
  for (const item of seq) {
    const p = tryPlace(item, item.w, o.maxRows, 'label');
    if (p) out.push(p);
    else collapsed.push(item);
  }
  // Markers go in after every label that fits, so a marker never takes a label's place.
  for (const item of collapsed) {
    const p = tryPlace(item, o.markerWidth, o.maxRows + o.markerRows, 'marker');
    out.push(
      p ?? {
        id: item.id,
        x: item.x,
        label: item.label,
        n: item.n,
        mode: 'key',
        row: -1,
        x0: item.x,
        x1: item.x,
        anchor: 'start',
      },
    );
  }
  return out.sort((a, b) => a.n - b.n);
}

function cost(p: readonly PlacedAnnotation[]): number {
  const markers = p.filter((a) => a.mode === 'marker').length;
  const keyOnly = p.filter((a) => a.mode === 'key').length;
  const rows = Math.max(0, ...p.map((a) => a.row + 1));
  return keyOnly * 10_000 + markers * 100 + rows;
}

/** Above this many annotations only the greedy orders run (see placeAnnotations). */
export const SEARCH_MAX = 40;

type Item = AnnotationInput & { n: number; w: number };

/**
 * Branch and bound over every item's candidates (label rows × sides, then marker rows × sides, then the key),
 * starting from the best greedy result; stops after `budget` steps with the best found so far.
 */
function search(
  items: readonly Item[],
  o: Required<PlacementOptions>,
  start: PlacedAnnotation[],
  budget: number,
): PlacedAnnotation[] {
  let best = start;
  let bestCost = cost(start);
  let steps = 0;
  const placed: Box[] = [];
  const chosen: PlacedAnnotation[] = [];
  const candidatesOf = (item: Item): PlacedAnnotation[] => {
    const out: PlacedAnnotation[] = [];
    const add = (mode: 'label' | 'marker', width: number, rows: number) => {
      for (let row = 0; row < rows; row++)
        for (const anchor of ['start', 'end'] as const) {
          const x0 = anchor === 'start' ? item.x : item.x - width;
          const x1 = x0 + width;
          if (x0 < o.minX || x1 > o.maxX) continue;
          out.push({ id: item.id, x: item.x, label: item.label, n: item.n, mode, row, x0, x1, anchor });
        }
    };
    add('label', item.w, o.maxRows);
    add('marker', o.markerWidth, o.maxRows + o.markerRows);
    return out;
  };
  const all = items.map(candidatesOf);
  // `rows` is the rows the chosen boxes use so far, carried down the recursion (not recounted per step).
  const visit = (i: number, partial: number, rows: number) => {
    if (steps++ > budget || partial >= bestCost) return;
    if (i === items.length) {
      best = [...chosen].sort((a, b) => a.n - b.n);
      bestCost = partial;
      return;
    }
    const item = items[i]!;
    for (const c of all[i]!) {
      const box = { row: c.row, x0: c.x0, x1: c.x1, leader: c.x };
      if (conflicts(box, placed, o.pad)) continue;
      const next = Math.max(rows, c.row + 1);
      const add = (c.mode === 'marker' ? 100 : 0) + next - rows;
      placed.push(box);
      chosen.push(c);
      visit(i + 1, partial + add, next);
      placed.pop();
      chosen.pop();
    }
    chosen.push({ ...item, mode: 'key', row: -1, x0: item.x, x1: item.x, anchor: 'start' });
    visit(i + 1, partial + 10_000, rows);
    chosen.pop();
  };
  visit(0, 0, 0);
  return best;
}

/** Places every annotation (in time order) and returns them numbered 1… in that order. */
export function placeAnnotations(
  input: readonly AnnotationInput[],
  options: PlacementOptions,
): PlacedAnnotation[] {
  const o: Required<PlacementOptions> = {
    markerRows: 2,
    measure: estimateLabelWidth,
    markerWidth: 18,
    pad: 4,
    ...options,
  };
  const items = [...input]
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))
    .map((a, i) => ({ ...a, n: i + 1, w: o.measure(a.label) }));
  let best: PlacedAnnotation[] | null = null;
  for (const order of ['asc', 'desc'] as const)
    for (const strategy of ['rows-first', 'anchor-first'] as const)
      for (const prefer of ['start', 'end'] as const) {
        const p = placeOnce(items, o, order, strategy, prefer);
        if (!best || cost(p) < cost(best)) best = p;
      }
  // The branch and bound improves on the greedy orders for the handful of turning points a story has; past
  // SEARCH_MAX (a long tracker's hundreds) its budget is spent deep in one branch and buys nothing, at a cost
  // that grows with the count, so the best greedy placement stands.
  return items.length <= SEARCH_MAX ? search(items, o, best ?? [], 20_000) : (best ?? []);
}

/** Rows the placement uses (0 when nothing is drawn above the plot). */
export function rowsUsed(placed: readonly PlacedAnnotation[]): number {
  return Math.max(0, ...placed.map((a) => a.row + 1));
}

/** Rows of words above the plot: more would push the chart down more than the words are worth. */
const MAX_ROWS = 4;

/** Places the turning points of a chart `width` px wide whose plot spans `left`…`left + plotWidth`. */
export function placeTurningPoints(
  items: readonly { id: string; t: number; label: string }[],
  domain: readonly [number, number],
  width: number,
  left: number,
  plotWidth: number,
): PlacedAnnotation[] {
  const span = Math.max(1, domain[1] - domain[0]);
  return placeAnnotations(
    items.map((i) => ({ id: i.id, label: i.label, x: left + ((i.t - domain[0]) / span) * plotWidth })),
    { minX: 0, maxX: width, maxRows: MAX_ROWS },
  );
}
