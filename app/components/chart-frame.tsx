import { useId, useRef, type ReactNode } from 'react';
import { DataTable, type TableData } from './data-table.tsx';
import { ChartExportMenu } from './chart-export-menu.tsx';
import { SourceButton } from './record-link.tsx';

/**
 * The frame every chart sits in: a title, a one-line text summary, the chart, its data-table alternative,
 * and the export menu (PNG/SVG with title, source line and permalink baked in; CSV of exactly the rows shown).
 * One place, so every chart gets all of it.
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
      <p className="chart-summary">{summary}</p>
      <div ref={figureRef} className="chart-figure">
        {children}
      </div>
      <details className="chart-table">
        <summary>Data table: {title}</summary>
        <DataTable caption={title} data={table} renderSource={(id) => <SourceButton recordId={id} />} />
      </details>
    </section>
  );
}
