import { wrapText, xmlEscape } from '../lib/export/svg.ts';

/** One legend entry as found on screen: its swatch (an <svg>, serialised) and its text. */
export interface LegendEntry {
  swatch: string;
  swatchWidth: number;
  swatchHeight: number;
  label: string;
}

const FONT_SIZE = 12;
const ROW_HEIGHT = 20;
const GAP = 18;

/**
 * Pure: adds the chart's key under the chart in an exported image. Without it a PNG handed out on its own
 * cannot say which colour is which direction, or what a dashed line or a hollow marker means. Entries flow
 * in rows within the chart's width (text width estimated at ~0.56 em a glyph, as the export's titles are).
 */
export function appendLegend(
  chart: { markup: string; width: number; height: number },
  entries: readonly LegendEntry[],
  textFill: string,
): { markup: string; width: number; height: number } {
  if (entries.length === 0) return chart;
  const items: string[] = [];
  let x = 0;
  let y = chart.height + 8;
  const glyph = FONT_SIZE * 0.56;
  for (const e of entries) {
    const gap = e.swatchWidth > 0 ? 6 : 0;
    // A label longer than the chart is wide wraps onto rows of its own.
    const lines = wrapText(e.label, Math.max(10, Math.floor((chart.width - e.swatchWidth - gap) / glyph)));
    const w = e.swatchWidth + gap + Math.ceil(Math.max(...lines.map((l) => l.length)) * glyph);
    if (x > 0 && x + w > chart.width) {
      x = 0;
      y += ROW_HEIGHT;
    }
    const inner = e.swatch.replace(/^<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    items.push(
      (inner ? `<g transform="translate(${x},${y + (ROW_HEIGHT - e.swatchHeight) / 2})">${inner}</g>` : '') +
        lines
          .map(
            (line, i) =>
              `<text x="${x + e.swatchWidth + gap}" y="${y + i * ROW_HEIGHT + ROW_HEIGHT / 2}" dy="0.35em" font-size="${FONT_SIZE}" fill="${xmlEscape(textFill)}">${xmlEscape(line)}</text>`,
          )
          .join(''),
    );
    if (lines.length > 1) {
      x = 0;
      y += lines.length * ROW_HEIGHT;
    } else x += w + GAP;
  }
  const height = y + ROW_HEIGHT + 4;
  const legend = `<g class="export-legend">${items.join('')}</g>`;
  return { markup: chart.markup.replace(/<\/svg>\s*$/, `${legend}</svg>`), width: chart.width, height };
}
