import type { RefObject } from 'react';
import type { TableData } from './data-table.tsx';
import { useDataset } from '../data/use-dataset.ts';
import { currentPermalink, permalinkOf } from '../lib/url-sync.ts';
import { useStateScope } from '../lib/state-scope.ts';
import { chartCsv } from '../lib/export/csv.ts';
import { sourceStrength, strengthLine } from '../data/source-strength.ts';
import { composeSvg, exportFileName, resolveCssVars, sourceLine } from '../lib/export/svg.ts';
import { downloadBlob, serializeChartSvg, serializeSvgElement, svgToPngBlob } from '../lib/export/dom.ts';
import { raiseNotice } from '../state/notices-store.ts';
import { csvTable } from './chart-export-menu.csv.ts';
import { appendLegend, type LegendEntry } from './chart-export-menu.legend.ts';
import './chart-export-menu.css';

/**
 * Export menu for a chart: PNG and SVG with title, subtitle, source line and permalink baked into the image,
 * and CSV of exactly the rows the chart's table shows (header first), each row with its record, documents,
 * quotes, dataset version and permalink.
 */
/**
 * The keys a chart marks for export (`data-export-legend` on each legend list: the rate lines, the events
 * lane, the timeline's line styles): each entry's swatch (styles inlined) and text, read from the page so the
 * image shows exactly the key the reader sees. An entry without a swatch is exported as text.
 */
function legendEntries(figure: HTMLElement | null): LegendEntry[] {
  if (!figure) return [];
  return [...figure.querySelectorAll('[data-export-legend] > li')].flatMap((li) => {
    const svg = li.querySelector('svg');
    const label = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!label) return [];
    if (!svg) return [{ swatch: '', swatchWidth: 0, swatchHeight: 0, label }];
    return [
      {
        swatch: serializeSvgElement(svg),
        swatchWidth: Number(svg.getAttribute('width')) || 20,
        swatchHeight: Number(svg.getAttribute('height')) || 12,
        label,
      },
    ];
  });
}

export function ChartExportMenu({
  title,
  summary,
  table,
  sourceIds,
  figureRef,
}: {
  title: string;
  summary: string;
  table: TableData;
  sourceIds: string[];
  figureRef: RefObject<HTMLDivElement | null>;
}) {
  const data = useDataset();
  const version = data.datasetVersion;
  // In a slide (a state scope) the slide's own state, else the page's as it is at the moment of export.
  const scope = useStateScope();
  const permalinkHere = () => (scope ? permalinkOf(scope.query) : currentPermalink());
  const sources = sourceIds.flatMap((id) =>
    data.sources.filter((s) => s.id === id).map((s) => ({ ...s, strength: strengthLine(sourceStrength(s)) })),
  );
  const line = sourceLine(sources, version);

  const composed = () => {
    const root = getComputedStyle(document.documentElement);
    const drawn = serializeChartSvg(figureRef.current);
    if (!drawn) {
      raiseNotice('warning', `"${title}" has no chart image to export yet; the CSV export still works.`);
      return null;
    }
    const lookup = (name: string) => root.getPropertyValue(name) || undefined;
    const chart = appendLegend(drawn, legendEntries(figureRef.current), 'var(--text)');
    return composeSvg({
      chartSvg: resolveCssVars(chart.markup, lookup),
      chartWidth: chart.width,
      chartHeight: chart.height,
      title,
      subtitle: summary,
      sourceLine: line,
      permalink: permalinkHere(),
      colors: {
        background: lookup('--surface')?.trim() ?? '#ffffff',
        text: lookup('--text')?.trim() ?? '#111111',
        muted: lookup('--muted')?.trim() ?? '#555555',
      },
      fontFamily: root.fontFamily,
    });
  };

  const exportSvg = () => {
    const c = composed();
    if (c) downloadBlob(new Blob([c.svg], { type: 'image/svg+xml' }), exportFileName(title, version, 'svg'));
  };

  /** PNG at 1× (the chart's size on screen, for slides and documents) or 2× (print and high-density screens). */
  const exportPng = async (scale: 1 | 2) => {
    const c = composed();
    if (!c) return;
    try {
      downloadBlob(
        await svgToPngBlob(c.svg, c.width, c.height, scale),
        exportFileName(scale === 1 ? title : `${title} 2x`, version, 'png'),
      );
    } catch {
      raiseNotice('error', `The PNG of "${title}" could not be drawn in this browser; try the SVG export.`);
    }
  };

  const exportCsv = () => {
    const records = new Map<string, { evidence: { sourceId: string; quote: string }[] }>(
      [...data.tariffMeasures, ...data.tradeMeasures, ...data.events, ...data.metrics, ...data.claims].map(
        (r) => [r.id, r],
      ),
    );
    const docName = new Map(
      data.sources.map((s) => [
        s.id,
        `${s.id}: ${s.title} (${[s.publisher, s.published.label, strengthLine(sourceStrength(s))].filter(Boolean).join(', ')})`,
      ]),
    );
    const rows = csvTable(
      table,
      (id) => {
        const evidence = records.get(id)?.evidence ?? [];
        return {
          sources: [...new Set(evidence.map((e) => docName.get(e.sourceId) ?? e.sourceId))],
          quotes: evidence.map((e) => `${e.sourceId}: ${e.quote}`),
        };
      },
      { datasetVersion: version, permalink: permalinkHere() },
    );
    const csv = chartCsv(rows);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(title, version, 'csv'));
  };

  return (
    <>
      <div className="chart-export" role="group" aria-label={`Export ${title}`}>
        <span className="chart-export-label" aria-hidden="true">
          Export
        </span>
        <button
          type="button"
          onClick={() => void exportPng(1)}
          aria-label={`PNG 1×: download "${title}" as an image at screen size`}
        >
          PNG 1×
        </button>
        <button
          type="button"
          onClick={() => void exportPng(2)}
          aria-label={`PNG 2×: download "${title}" as an image at double size, for print`}
        >
          PNG 2×
        </button>
        <button type="button" onClick={exportSvg} aria-label={`SVG: download "${title}" as a vector image`}>
          SVG
        </button>
        <button type="button" onClick={exportCsv} aria-label={`CSV: download the data of "${title}"`}>
          CSV
        </button>
      </div>
    </>
  );
}
