import type { TableData } from './data-table.tsx';

/** What a row's record is and which documents its quotes come from ("doc-000; doc-003"). */
export type RowSources = (recordId: string) => string[];

/**
 * Pure: the chart's table as CSV columns and rows. Rows tied to a record get two more columns, the record id
 * and the documents its quotes come from, so every figure in a handed-out file can be traced to its source
 * without the app (the on-screen table has a "source" button there instead).
 */
export function csvTable(table: TableData, sourcesOf: RowSources): Pick<TableData, 'columns' | 'rows'> {
  const ids = table.recordIds;
  if (!ids || ids.every((id) => !id)) return { columns: table.columns, rows: table.rows };
  return {
    columns: [...table.columns, 'Record', 'Source documents'],
    rows: table.rows.map((row, i) => {
      const id = ids[i];
      return id ? [...row, id, sourcesOf(id).join('; ')] : [...row, '', ''];
    }),
  };
}
