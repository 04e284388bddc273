import type { RefObject } from 'react';
import type { TableData } from './data-table.tsx';

/**
 * Export menu for a chart (PNG, SVG, CSV). Placeholder until the export work lands; the props are the
 * contract: everything an export needs is passed here by ChartFrame.
 */
export function ChartExportMenu(_props: {
  title: string;
  summary: string;
  table: TableData;
  sourceIds: string[];
  figureRef: RefObject<HTMLDivElement | null>;
}) {
  return null;
}
