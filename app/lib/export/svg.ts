/**
 * Composes a standalone SVG for export: the chart's own SVG nested inside a frame that carries the title,
 * the subtitle (the chart's one-line summary), the source line and the permalink as real <text>, so the
 * citation travels with the image. Pure: the component serialises the live chart and calls this.
 */

/** Escapes text for XML content and attribute values. Strings from data or URL are never markup. */
export function xmlEscape(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Control characters are not allowed in XML 1.0.
      // eslint-disable-next-line no-control-regex -- removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

/** Greedy word wrap to at most `maxChars` per line (long words are cut). */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > maxChars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (!word) continue;
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Replaces CSS custom properties (`var(--x)`, `var(--x, fallback)`) with their resolved values. */
export function resolveCssVars(markup: string, lookup: (name: string) => string | undefined): string {
  return markup.replace(
    /var\(\s*(--[a-zA-Z0-9-]+)\s*(?:,\s*([^()]*?))?\s*\)/g,
    (whole, name: string, fb?: string) => {
      const v = lookup(name)?.trim();
      if (v) return v;
      return fb?.trim() || whole;
    },
  );
}

export interface ComposeSvgInput {
  /** The chart's <svg> element serialised (with styles inlined). */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  /** "Source: …" — the documents the figures come from. */
  sourceLine: string;
  permalink: string;
  colors: { background: string; text: string; muted: string };
  fontFamily?: string;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 24;
const TITLE_SIZE = 22;
const BODY_SIZE = 14;
const SMALL_SIZE = 12;

/** The chart with its title, subtitle, source line and permalink baked in as text. */
export function composeSvg(input: ComposeSvgInput): ComposedSvg {
  const width = Math.max(Math.round(input.chartWidth) + PAD * 2, 480);
  // Characters per line, at an average glyph width of ~0.56 em.
  const chars = (size: number) => Math.max(20, Math.floor((width - PAD * 2) / (size * 0.56)));
  const font = xmlEscape(input.fontFamily ?? 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif');
  const parts: string[] = [];
  let y = PAD;
  const textLines = (lines: string[], size: number, fill: string, weight = 'normal', cls = '') => {
    for (const line of lines) {
      y += Math.round(size * 1.3);
      parts.push(
        `<text x="${PAD}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${xmlEscape(fill)}"${cls ? ` class="${cls}"` : ''}>${xmlEscape(line)}</text>`,
      );
    }
  };
  textLines(wrapText(input.title, chars(TITLE_SIZE)), TITLE_SIZE, input.colors.text, '700', 'export-title');
  textLines(
    wrapText(input.subtitle, chars(BODY_SIZE)),
    BODY_SIZE,
    input.colors.muted,
    'normal',
    'export-subtitle',
  );
  y += 12;
  const chartY = y;
  const chartW = Math.round(input.chartWidth);
  const chartH = Math.round(input.chartHeight);
  // Nested <svg> positioned in the frame; its own width/height/viewBox are replaced.
  const inner = innerOf(input.chartSvg);
  parts.push(
    `<svg x="${PAD}" y="${chartY}" width="${chartW}" height="${chartH}" viewBox="0 0 ${chartW} ${chartH}" overflow="hidden">${inner}</svg>`,
  );
  y = chartY + chartH + 8;
  textLines(
    wrapText(input.sourceLine, chars(SMALL_SIZE)),
    SMALL_SIZE,
    input.colors.text,
    'normal',
    'export-source',
  );
  textLines(
    wrapText(`Permalink: ${input.permalink}`, chars(SMALL_SIZE)),
    SMALL_SIZE,
    input.colors.muted,
    'normal',
    'export-permalink',
  );
  const height = y + PAD;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
    `<title>${xmlEscape(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="${xmlEscape(input.colors.background)}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg: stripActiveContent(svg), width, height };
}

/** "Source: doc-001 Title (Publisher); … — dataset 2026-11-26". */
export function sourceLine(
  sources: { title: string; publisher?: string | undefined; strength?: string | undefined }[],
  datasetVersion: string,
): string {
  // "Title (Publisher; opinion · translated · no author · 2025)": how much each document can bear travels
  // with the exported chart.
  const docs = sources
    .map((s) => {
      const about = [s.publisher, s.strength].filter(Boolean).join('; ');
      return about ? `${s.title} (${about})` : s.title;
    })
    .join('; ');
  return `Source: ${docs || 'the curated dataset'}. Dataset version ${datasetVersion}.`;
}

/** A safe file name from the chart title and dataset version: "rates-by-direction_data-2026-11-26.svg". */
export function exportFileName(title: string, datasetVersion: string, ext: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'chart';
  const version = datasetVersion.replace(/[^0-9a-zA-Z.-]/g, '');
  return `${slug}_data-${version}.${ext}`;
}

/** One drawn part of a chart (the plot, an events lane): its <svg> serialised, placed where it sits on screen. */
export interface ChartPart {
  markup: string;
  /** Offset from the figure's top-left corner, in CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

function innerOf(svg: string): string {
  return svg.replace(/^<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
}

/**
 * Pure: every part of a chart in one <svg>, each part nested at its place on screen, so the image shows the
 * chart as the reader sees it (the escalation plot with the events lane under it), not only its largest SVG.
 */
export function combineParts(parts: readonly ChartPart[]): { markup: string; width: number; height: number } {
  const drawn = parts.filter((p) => p.width > 0 && p.height > 0);
  if (drawn.length === 0) return { markup: '<svg width="0" height="0"></svg>', width: 0, height: 0 };
  const left = Math.min(...drawn.map((p) => p.x));
  const top = Math.min(...drawn.map((p) => p.y));
  const width = Math.round(Math.max(...drawn.map((p) => p.x + p.width)) - left);
  const height = Math.round(Math.max(...drawn.map((p) => p.y + p.height)) - top);
  const body = drawn
    .map((p) => {
      const w = Math.round(p.width);
      const h = Math.round(p.height);
      return `<svg x="${Math.round(p.x - left)}" y="${Math.round(p.y - top)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" overflow="hidden">${innerOf(p.markup)}</svg>`;
    })
    .join('');
  return { markup: `<svg width="${width}" height="${height}">${body}</svg>`, width, height };
}

/**
 * Pure: removes what could run when an exported SVG is opened: <script> and <foreignObject> elements, event
 * handler attributes (onclick, onload, …) and javascript: links. Exports are images, never programs.
 */
export function stripActiveContent(markup: string): string {
  return markup
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/<foreignObject\b[^>]*\/>/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) =>
      // Inside tags only: text such as "onion=1" in a label is content, not an attribute.
      tag
        .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>/]+)/gi, '')
        .replace(/\s+(?:xlink:)?href\s*=\s*("\s*javascript:[^"]*"|'\s*javascript:[^']*')/gi, ''),
    );
}
