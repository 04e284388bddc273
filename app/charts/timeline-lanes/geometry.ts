import type { Lane, PlacedItem } from './build-lanes.ts';

/**
 * Pixel geometry shared by the drawn timeline (an SVG, which is also what PNG/SVG export captures) and the
 * focusable buttons laid over it, so both always line up.
 */
export const GEOMETRY = {
  labelWidth: 124,
  rightPad: 10,
  axisHeight: 44,
  rowHeight: 30,
  markHeight: 24,
  lanePad: 4,
  minLaneHeight: 38,
  markerSize: 22,
} as const;

export interface LaneBox {
  key: string;
  y: number;
  height: number;
}

/** Vertical position and height of each lane, and the total height of the drawing. */
export function laneBoxes(lanes: readonly Lane[]): { boxes: LaneBox[]; height: number } {
  let y = GEOMETRY.axisHeight;
  const boxes = lanes.map((l) => {
    const height = Math.max(GEOMETRY.minLaneHeight, l.rows * GEOMETRY.rowHeight + 2 * GEOMETRY.lanePad);
    const box = { key: l.key, y, height };
    y += height;
    return box;
  });
  return { boxes, height: y + 1 };
}

/** Width of the time track for a drawing `width` pixels wide. */
export function trackWidth(width: number): number {
  return Math.max(0, width - GEOMETRY.labelWidth - GEOMETRY.rightPad);
}

/** Average width of a 12 px label character (the titles are drawn at 12 px). */
const CHAR_PX = 6.9;

/** Cuts a label to fit `px` pixels at roughly `charPx` per character, with an ellipsis; '' when nothing fits. */
export function fitText(text: string, px: number, charPx = CHAR_PX): string {
  const max = Math.floor(px / charPx);
  if (max < 4) return '';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Labels drawn beside a mark are cut at this width so one long title cannot push a lane into many rows. */
export const OUTSIDE_LABEL_MAX_PX = 420;
/** Space kept for the kind glyph at the start of a mark. */
const GLYPH_PX = 24;
/** Horizontal gap between two marks (with their labels) in one row. */
const ROW_GAP_PX = 8;

/** Horizontal extent of a mark in pixels within a track `tw` pixels wide. */
export function markBox(it: Pick<PlacedItem, 'exact' | 'x0' | 'x1'>, tw: number): { x: number; w: number } {
  if (it.exact) return { x: ((it.x0 + it.x1) / 2) * tw - GEOMETRY.markerSize / 2, w: GEOMETRY.markerSize };
  return { x: it.x0 * tw, w: Math.max(GEOMETRY.markerSize, (it.x1 - it.x0) * tw) };
}

/** Where a mark and its label are drawn. */
export interface DrawnMark {
  x: number;
  w: number;
  row: number;
  /** The label as drawn ('' when there is no room for any of it). */
  label: string;
  /** Inside the span (after the glyph), or beside the mark, to its right. */
  labelInside: boolean;
  /** Width of mark plus label: the hit area of the mark's button. */
  extent: number;
}

/**
 * Rows of single marks a lane may take; a mark that would need another joins the bin of its pixel column on
 * the row after them. A lane is bounded by its pixels, whatever the record count (about 600 marks at 10k
 * realistic records in a busy year, many lanes dozens of rows tall, before). Sixteen: the curated data's
 * busiest lane (US–China in 2025) needs about a dozen, and none of its records may hide in a bin.
 */
export const MAX_LANE_ROWS = 16;
/** Width of a bin's column in pixels: room for a count of three digits. */
export const LANE_BIN_PX = 28;

/** Marks of one lane too many to draw apart: one numbered box per pixel column, on the lane's last row. */
export interface LaneMarkBin {
  laneKey: string;
  /** Left edge in track pixels and the row it sits on. */
  x: number;
  row: number;
  items: PlacedItem[];
}

/**
 * Places marks in pixels: every mark gets a readable label (inside a span wide enough for it, else beside the
 * mark, so exact days and short spans are named too), and marks are packed into rows so that no mark or label
 * overlaps another. Returns the lanes with their rows recounted and the drawing of each mark by record id.
 */
export function placeMarks(
  lanes: readonly Lane[],
  tw: number,
  text: (it: PlacedItem) => string,
  maxRows = MAX_LANE_ROWS,
  binPx = LANE_BIN_PX,
): { lanes: Lane[]; marks: Map<string, DrawnMark>; bins: LaneMarkBin[] } {
  const marks = new Map<string, DrawnMark>();
  const bins: LaneMarkBin[] = [];
  const out = lanes.map((lane) => {
    const rowEnds: number[] = [];
    const laneBins = new Map<number, LaneMarkBin>();
    const items = [...lane.items]
      .sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1)
      .map((it) => {
        const { x, w } = markBox(it, tw);
        const full = text(it);
        const insideRoom = it.exact ? 0 : w - GLYPH_PX - 6;
        const insideChars = Math.floor(insideRoom / CHAR_PX);
        const besideRoom = Math.min(OUTSIDE_LABEL_MAX_PX, tw - (x + w + 4));
        let label: string;
        let labelInside: boolean;
        // Inside when the whole label fits there, or when there is more room inside than beside (near the right edge).
        if (insideChars >= full.length || insideRoom >= besideRoom) {
          label = fitText(full, insideRoom, CHAR_PX);
          labelInside = true;
        } else {
          label = fitText(full, besideRoom, CHAR_PX);
          labelInside = false;
        }
        const extent = labelInside ? w : w + 4 + Math.ceil(label.length * CHAR_PX);
        let row = rowEnds.findIndex((end) => end <= x);
        if (row === -1) row = rowEnds.length;
        if (row >= maxRows) {
          // No room in the lane's rows: counted in its column's bin instead of opening another row.
          const column = Math.max(0, Math.floor(x / binPx));
          const bin = laneBins.get(column) ?? {
            laneKey: lane.key,
            x: column * binPx,
            row: maxRows,
            items: [],
          };
          bin.items.push(it);
          laneBins.set(column, bin);
          return { ...it, row: maxRows };
        }
        rowEnds[row] = x + extent + ROW_GAP_PX;
        marks.set(it.id, { x, w, row, label, labelInside, extent });
        return { ...it, row };
      });
    bins.push(...laneBins.values());
    return { ...lane, items, rows: Math.max(1, rowEnds.length + (laneBins.size > 0 ? 1 : 0)) };
  });
  return { lanes: out, marks, bins };
}
