/**
 * The browser side of exports: serialise a live chart SVG with its computed styles inlined (so it looks
 * the same outside the page), rasterise an SVG string to PNG, and trigger a download. Kept apart from the
 * pure builders, which are unit-tested in node.
 */

import { combineParts, stripActiveContent, type ChartPart } from './svg.ts';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  // Label halos are a thick stroke painted under the fill; without paint-order they cover the text.
  'paint-order',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** The largest <svg> inside an element (legend icons and markers are small SVGs too). */
function largestSvg(root: Element): SVGSVGElement | null {
  if (root instanceof SVGSVGElement) return root;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const s of root.querySelectorAll('svg')) {
    const r = s.getBoundingClientRect();
    if (r.width * r.height > bestArea) {
      best = s;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

/** One <svg> cloned with its computed styles inlined and nothing interactive left (focus, handlers, scripts). */
export function serializeSvgElement(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
    copy.removeAttribute('tabindex');
    copy.removeAttribute('role');
    copy.removeAttribute('aria-haspopup');
  });
  for (const el of clone.querySelectorAll('script, foreignObject')) el.remove();
  return stripActiveContent(new XMLSerializer().serializeToString(clone));
}

/**
 * Every drawn part of a chart, styles inlined, composed as it sits on screen. A chart marks its parts with
 * `data-export-part` (the escalation plot and its events lane; the timeline drawing); a chart that marks none
 * is its largest <svg>.
 */
export function serializeChartSvg(
  figure: HTMLElement | null,
): { markup: string; width: number; height: number } | null {
  if (!figure) return null;
  const marked = [...figure.querySelectorAll('[data-export-part]')];
  const svgs = (marked.length > 0 ? marked.map(largestSvg) : [largestSvg(figure)]).filter(
    (s): s is SVGSVGElement => s !== null,
  );
  const origin = figure.getBoundingClientRect();
  const parts: ChartPart[] = svgs.flatMap((svg) => {
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return [];
    return [
      {
        markup: serializeSvgElement(svg),
        x: r.left - origin.left,
        y: r.top - origin.top,
        width: r.width,
        height: r.height,
      },
    ];
  });
  if (parts.length === 0) return null;
  return combineParts(parts);
}

/** Draws an SVG string onto a canvas at `scale`× and returns the PNG. */
export function svgToPngBlob(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no 2d context'));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** Saves a blob under a file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
