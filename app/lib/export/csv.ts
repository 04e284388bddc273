import type { Dataset } from '../../data/schema.ts';

/**
 * CSV builders for exports. RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed
 * with an apostrophe, because a string from the data must never execute anywhere it travels.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Whether text gets the apostrophe guard: it starts like a formula (a negative number written as text, "-5",
 * stays readable), or it already starts with apostrophes before such a start, so that `readCsvCell` can
 * always tell the guard from the text's own apostrophe and give back exactly what was written.
 */
function needsGuard(value: string): boolean {
  const rest = value.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !/^-\d+(\.\d+)?%?$/.test(rest);
}

/** One CSV cell: numbers as they are, text quoted when needed and defused against formula injection. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = needsGuard(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The inverse of the formula guard, for a cell a CSV parser has already unquoted: the apostrophe `csvCell`
 * put before a formula-like start is removed, and nothing else is touched. `readCsvCell(unquoted(csvCell(s)))`
 * is `s` for every string.
 */
export function readCsvCell(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

export interface ChartCsvInput {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * The CSV of a chart: the header line first, then exactly the rows the chart's table shows, in the same order
 * and the same text. Title, sources and permalink travel in columns (see the chart export menu), never in
 * comment lines, which break the header row in Excel, LibreOffice and a default pandas read_csv.
 */
export function chartCsv(input: ChartCsvInput): string {
  return `${[csvRow(input.columns), ...input.rows.map((r) => csvRow(r))].join('\r\n')}\r\n`;
}

/** The whole dataset as JSON, exactly as loaded (validated), pretty-printed for people. */
export function datasetJson(data: Dataset): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
