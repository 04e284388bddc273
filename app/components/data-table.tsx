import type { ReactNode } from 'react';

/** Rows behind a chart. Cells are plain text or numbers (exported to CSV as they are shown). */
export interface TableData {
  columns: string[];
  rows: (string | number)[][];
  /** Optional record id per row: the row gets a "source" button that opens the provenance drawer. */
  recordIds?: (string | null)[];
}

/** A real <table> alternative to a chart; scrolls inside itself on narrow screens. */
export function DataTable({
  caption,
  data,
  renderSource,
}: {
  caption: string;
  data: TableData;
  renderSource?: (recordId: string) => ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {data.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {data.recordIds && renderSource && <th scope="col">Source</th>}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, i) => {
            const rid = data.recordIds?.[i];
            return (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
                {data.recordIds && renderSource && <td>{rid ? renderSource(rid) : ''}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
