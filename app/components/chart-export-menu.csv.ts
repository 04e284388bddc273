import type { TableData } from './data-table.tsx';

/** Where a row's figure comes from: each quote with the document it is from. */
export interface RowProvenance {
  /** The documents, named for people ("doc-000: Title (Publisher, date)"). */
  sources: string[];
  /** The verbatim quotes, each prefixed with its document id ("doc-000: …"). */
  quotes: string[];
}

export const PROVENANCE_COLUMNS = ['Record', 'Source', 'Quote', 'Dataset version', 'Permalink'] as const;

/**
 * Pure: the chart's table as CSV columns and rows, with its provenance in columns of its own (record id,
 * source documents, verbatim quotes, dataset version, permalink), so the file opens as it is in a
 * spreadsheet or pandas (the first line is the header) and every figure can be traced without the app.
 */
export function csvTable(
  table: TableData,
  provenanceOf: (recordId: string) => RowProvenance,
  pinned: { datasetVersion: string; permalink: string },
): Pick<TableData, 'columns' | 'rows'> {
  const ids = table.recordIds;
  return {
    columns: [...table.columns, ...PROVENANCE_COLUMNS],
    rows: table.rows.map((row, i) => {
      const id = ids?.[i];
      const p = id ? provenanceOf(id) : { sources: [], quotes: [] };
      return [
        ...row,
        id ?? '',
        p.sources.join('; '),
        p.quotes.join(' | '),
        pinned.datasetVersion,
        pinned.permalink,
      ];
    }),
  };
}
