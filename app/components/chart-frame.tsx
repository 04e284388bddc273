import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { TableDisclosure, type TableData } from './data-table.tsx';
import { ChartExportMenu } from './chart-export-menu.tsx';
import { SourceButton } from './record-link.tsx';
import { SlideFigure } from './slide-figure.tsx';
import { useSlideFrame, type SlideFrame } from './slide-context.ts';
import { datasetQueries } from '../data/queries.ts';
import { sourceLine } from '../lib/export/svg.ts';
import { currentPermalink, permalinkOf } from '../lib/url-sync.ts';
import { useStateScope } from '../lib/state-scope.ts';
import { sentencesOf } from '../lib/format.ts';

/**
 * The frame every chart sits in: a title, a one-line text summary, the chart, its data-table alternative,
 * and the export menu (PNG/SVG with title, source line and permalink baked in; CSV of exactly the rows shown).
 * One place, so every chart gets all of it. Inside a slide (the briefing presenter) the same frame is laid
 * out for the screen: the slide's title, the summary as the takeaway, the chart filling the rest, and the
 * source line with the data version and the state the slide shows.
 */
export function ChartFrame({
  title,
  summary,
  table,
  sourceIds,
  children,
  className,
}: {
  title: string;
  /** One plain sentence saying what the chart shows (also read by screen readers). */
  summary: string;
  /** The rows behind the chart: shown as the table alternative and exported as CSV. */
  table: TableData;
  /** Source ids of the documents the figures come from (for the export's source line). */
  sourceIds: string[];
  children: ReactNode;
  className?: string;
}) {
  const headingId = useId();
  const figureRef = useRef<HTMLDivElement>(null);
  const slide = useSlideFrame();
  if (slide) {
    return (
      <SlideChartFrame
        slide={slide}
        title={title}
        summary={summary}
        sourceIds={sourceIds}
        className={className}
      >
        {children}
      </SlideChartFrame>
    );
  }
  return (
    <section className={`panel chart-frame ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="chart-frame-head">
        <h2 id={headingId}>{title}</h2>
        <ChartExportMenu
          title={title}
          summary={summary}
          table={table}
          sourceIds={sourceIds}
          figureRef={figureRef}
        />
      </div>
      <ChartSummary summary={summary} />
      <div ref={figureRef} className="chart-figure">
        {children}
      </div>
      <PrintSource sourceIds={sourceIds} />
      <TableDisclosure
        summary={`Data table: ${title}`}
        caption={title}
        data={table}
        renderSource={(id) => <SourceButton recordId={id} />}
      />
    </section>
  );
}

/**
 * The chart's summary. On a phone it shows its first two lines and a button for the rest, so the chart
 * starts in the first screen; the whole sentence is always in the page (screen readers read all of it).
 */
function ChartSummary({ summary }: { summary: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={open ? 'chart-summary-wrap is-open' : 'chart-summary-wrap'}>
      <p id={id} className="chart-summary">
        {summary}
      </p>
      <button
        type="button"
        className="link-button chart-summary-more"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Less' : 'Read the whole summary'}
      </button>
    </div>
  );
}

function SlideChartFrame({
  slide,
  title,
  summary,
  sourceIds,
  className,
  children,
}: {
  slide: SlideFrame;
  title: string;
  summary: string;
  sourceIds: string[];
  className?: string | undefined;
  children: ReactNode;
}) {
  const headingId = useId();
  const figureRef = useRef<HTMLDivElement>(null);
  const { data } = useQuery(datasetQueries.all());
  const sources = data ? sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id)) : [];
  const heading = slide.title.trim() || title;
  // One sentence for the room: the summary's first, or its second where the title already is the first.
  const sentences = sentencesOf(summary);
  const takeaway = (sentences[0] === heading ? sentences[1] : sentences[0]) ?? '';
  return (
    <section className={`chart-frame slide-frame ${className ?? ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="slide-frame-title">
        {heading}
      </h2>
      <p className="slide-frame-takeaway">{takeaway}</p>
      {slide.stepLabel && <p className="slide-frame-step">{slide.stepLabel}</p>}
      <SlideFigure figureRef={figureRef}>{children}</SlideFigure>
      <footer className="slide-frame-footer">
        {heading !== title && <span className="slide-frame-chart">{title}. </span>}
        {data ? sourceLine(sources, data.datasetVersion) : null}
        {slide.stateLine && <span className="slide-frame-state"> {slide.stateLine}</span>}
      </footer>
    </section>
  );
}

/** Under the chart on paper only: its source line and the permalink of the state printed. */
function PrintSource({ sourceIds }: { sourceIds: string[] }) {
  const { data } = useQuery(datasetQueries.all());
  // In a slide (a state scope) the slide's own state, else the page's.
  const scope = useStateScope();
  const [pagePermalink, setPermalink] = useState(() => currentPermalink());
  const permalink = scope ? permalinkOf(scope.query) : pagePermalink;
  useEffect(() => {
    // The address follows every change of state; read it again when the page is printed.
    const update = () => setPermalink(currentPermalink());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  if (!data) return null;
  const sources = sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id));
  return (
    <div className="print-source">
      <p>{sourceLine(sources, data.datasetVersion)}</p>
      <p className="print-permalink">Permalink: {permalink}</p>
    </div>
  );
}

/**
 * Opens the data table of the chart frame `from` sits in and moves focus to it: what a mark standing for
 * more records than it can draw leads to (the table lists each). Nothing happens outside a frame (a slide).
 */
export function openFrameTable(from: Element): void {
  const details = from.closest('.chart-frame')?.querySelector<HTMLDetailsElement>('details.chart-table');
  if (!details) return;
  details.open = true;
  const summary = details.querySelector('summary');
  summary?.focus();
  summary?.scrollIntoView({ block: 'start' });
}
