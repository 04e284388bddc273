import { useState, type ReactNode } from 'react';

/** Rows behind a chart. Cells are plain text or numbers (exported to CSV as they are shown). */
export interface TableData {
  columns: string[];
  rows: (string | number)[][];
  /** Optional record id per row: the row gets a "source" button that opens the provenance drawer. */
  recordIds?: (string | null)[];
}

/** Rows a table draws at first and adds per "show more": a table's DOM follows what is read, not the record count. */
export const TABLE_PAGE_ROWS = 200;

/**
 * A folded table: nothing of it is in the DOM until the reader opens it (a closed table of 10,000 records
 * would otherwise cost tens of thousands of nodes on every view), then its first rows, with the rest a click
 * away. The CSV export always carries every row.
 */
export function TableDisclosure({
  summary,
  caption,
  data,
  renderSource,
}: {
  summary: ReactNode;
  caption: string;
  data: TableData;
  renderSource?: (recordId: string) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <DataTable caption={caption} data={data} renderSource={renderSource} />}
    </details>
  );
}

/** A real <table> alternative to a chart; scrolls inside itself on narrow screens. */
export function DataTable({
  caption,
  data,
  renderSource,
}: {
  caption: string;
  data: TableData;
  renderSource?: ((recordId: string) => ReactNode) | undefined;
}) {
  const [shown, setShown] = useState(TABLE_PAGE_ROWS);
  const total = data.rows.length;
  const rows = total > shown ? data.rows.slice(0, shown) : data.rows;
  const rest = total - rows.length;
  return (
    <>
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
            {rows.map((row, i) => {
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
      {rest > 0 && (
        <p className="table-more">
          {rows.length.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} rows shown (the CSV export
          has every row).{' '}
          <button type="button" onClick={() => setShown((n) => n + TABLE_PAGE_ROWS)}>
            Show {Math.min(TABLE_PAGE_ROWS, rest).toLocaleString('en-GB')} more
          </button>{' '}
          <button type="button" onClick={() => setShown(total)}>
            Show all {total.toLocaleString('en-GB')}
          </button>
        </p>
      )}
    </>
  );
}
