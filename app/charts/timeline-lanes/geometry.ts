import type { Lane } from './build-lanes.ts';

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

/** Cuts a label to fit `px` pixels at roughly `charPx` per character, with an ellipsis; '' when nothing fits. */
export function fitText(text: string, px: number, charPx = 6.6): string {
  const max = Math.floor(px / charPx);
  if (max < 4) return '';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
