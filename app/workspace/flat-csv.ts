import { csvRow, readCsvCell } from '../lib/export/csv.ts';
import { DatasetError, validateDataset } from '../data/load-dataset.ts';
import { formatProblem, type DatasetProblem } from '../data/problems.ts';
import type { Ambiguity, Dataset, Reading } from '../data/schema.ts';
import { columnName, FLAT_FILES, type CollectionColumns, type Field } from './flat-columns.ts';

/**
 * The dataset as flat CSVs, one per collection, and back. Each record is one row; dates are column groups
 * (date_start, date_end, date_precision, date_label, date_inferred, date_reasoning); quotes, notes, aliases,
 * steps and concessions are numbered column groups (quote_1_source, quote_1, quote_2_source, …) so a record
 * keeps its quotes beside it when a spreadsheet sorts or filters, and one collection's file can be imported
 * on its own. Only readings, which hold quotes and values of their own, get a file of their own
 * (readings.csv, one row per reading). Cells go through lib/export/csv.ts, so the formula guard is the same
 * as every other export's and is removed on the way back. Pure: parsing the text is the caller's (papaparse).
 */

export interface CsvFile {
  name: string;
  text: string;
}

/** A parsed CSV: its file name and rows of cells, the header first (papaparse's output). */
export interface CsvTable {
  file: string;
  rows: string[][];
}

type Obj = Record<string, unknown>;
type Cell = string | number | boolean | undefined;

const spec = (collection: string) => FLAT_FILES.find((f) => f.collection === collection)!;

function itemsOf(records: readonly unknown[], key: string): unknown[] {
  return records.flatMap((r) => ((r as Obj | undefined)?.[key] as unknown[] | undefined) ?? []);
}

/** The columns a file needs for these records: every list gets as many groups as its longest (at least one). */
function columnsOf(fields: readonly Field[], records: readonly unknown[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const col = columnName(prefix, f);
    if (f.kind === 'group') {
      const inner = records.map((r) => (r as Obj | undefined)?.[f.key]).filter((v) => v !== undefined);
      return columnsOf(f.fields, inner, col);
    }
    if (f.kind !== 'list') return [col];
    const longest = Math.max(1, ...records.map((r) => (((r as Obj)[f.key] as unknown[]) ?? []).length));
    const items = itemsOf(records, f.key);
    return Array.from({ length: longest }, (_, i) =>
      plain(f) ? [`${col}_${i + 1}`] : columnsOf(f.fields, items, `${col}_${i + 1}`),
    ).flat();
  });
}

/** A list of plain values (aliases), not of objects. */
const plain = (f: Field) => f.kind === 'list' && f.fields.length === 1 && f.fields[0]!.key === '';

function flatten(fields: readonly Field[], obj: Obj, prefix: string, out: Map<string, Cell>): void {
  for (const f of fields) {
    const col = columnName(prefix, f);
    const v = obj[f.key];
    if (v === undefined) continue;
    if (f.kind === 'group') flatten(f.fields, v as Obj, col, out);
    else if (f.kind === 'list') {
      (v as unknown[]).forEach((item, i) => {
        if (plain(f)) out.set(`${col}_${i + 1}`, item as string);
        else flatten(f.fields, item as Obj, `${col}_${i + 1}`, out);
      });
    } else if (f.kind === 'ids') out.set(col, (v as string[]).join(' '));
    else out.set(col, v as Cell);
  }
}

function fileOf(c: CollectionColumns, records: readonly Obj[]): CsvFile {
  const columns = columnsOf(c.fields, records);
  const lines = [csvRow(columns)];
  for (const r of records) {
    const cells = new Map<string, Cell>();
    flatten(c.fields, r, '', cells);
    lines.push(csvRow(columns.map((k) => cells.get(k))));
  }
  return { name: c.file, text: `${lines.join('\r\n')}\r\n` };
}

/** The dataset as flat CSV files (dataset.csv, sources.csv, …, readings.csv). Lossless with `decodeFlatCsv`. */
export function encodeFlatCsv(data: Dataset): CsvFile[] {
  return FLAT_FILES.map((c) => {
    if (c.collection === 'dataset') return fileOf(c, [data as unknown as Obj]);
    if (c.collection === 'readings') {
      const rows = data.ambiguities.flatMap((a) => a.readings.map((r) => ({ ambiguityId: a.id, ...r })));
      return fileOf(c, rows);
    }
    return fileOf(c, data[c.collection as keyof Dataset] as unknown as Obj[]);
  });
}

/** README.txt of the flat CSVs, generated from the same column definitions the files are written with. */
export function flatCsvReadme(data?: Pick<Dataset, 'datasetVersion' | 'title'>): string {
  const out: string[] = [
    data ? `${data.title} (dataset version ${data.datasetVersion}) as flat CSV files` : 'Flat CSV files',
    '',
    'One CSV per collection, UTF-8, comma-separated, the first line is the header. One row per record.',
    'The dataset JSON is the lossless copy; these files hold the same content and import back into the',
    'dashboard ("Your data") with nothing lost. Rules for every file:',
    '- An empty cell means "not given". Dates are YYYY-MM-DD. true/false for yes/no.',
    '- Lists of ids are separated by spaces ("us china").',
    '- Numbered column groups hold lists: quote_1_source and quote_1 are the first quote, quote_2_… the',
    '  second; add a group (quote_3_source, quote_3) for another. The same for note_N_, alias_N, step_N_, …',
    '- A cell starting with an apostrophe before = + - or @ is guarded against running as a formula; the',
    '  apostrophe is removed on import.',
    '- Import errors name the file, the row as a spreadsheet numbers it (the header is row 1) and the column.',
    '',
  ];
  const describe = (fields: readonly Field[], prefix: string, indent: string) => {
    for (const f of fields) {
      const col = columnName(prefix, f);
      if (f.kind === 'group') {
        out.push(`${indent}${col}_…: ${f.doc}`);
        describe(f.fields, col, `${indent}  `);
      } else if (f.kind === 'list') {
        out.push(plain(f) ? `${indent}${col}_N: ${f.doc}` : `${indent}${col}_N_…: ${f.doc}`);
        if (!plain(f)) describe(f.fields, `${col}_N`, `${indent}  `);
      } else {
        const values = f.values ? ` (one of: ${f.values.join(', ')})` : '';
        const optional = f.optional ? ', optional' : '';
        out.push(`${indent}${col || f.key}: ${f.doc}${values}${optional}`);
      }
    }
  };
  for (const c of FLAT_FILES) {
    out.push(c.file, `  ${c.doc}`);
    describe(c.fields, '', '  ');
    out.push('');
  }
  return out.join('\r\n');
}

// ---- reading back ----

/** Where a record came from: its file and row as a spreadsheet numbers it (header = row 1). */
interface RowOrigin {
  file: string;
  row: number;
}

class Row {
  readonly used = new Set<string>();
  constructor(
    readonly origin: RowOrigin,
    private readonly cells: Map<string, string>,
    readonly problems: string[],
  ) {}
  get(col: string): string | undefined {
    this.used.add(col);
    return this.cells.get(col);
  }
  /** Numbers of the groups present for a list column, e.g. quote_1, quote_3 → [1, 3]. */
  groups(col: string): number[] {
    const re = new RegExp(`^${col}_(\\d+)(?:_|$)`);
    const found = new Set<number>();
    for (const k of this.cells.keys()) {
      const m = re.exec(k);
      if (m) found.add(Number(m[1]));
    }
    return [...found].sort((a, b) => a - b);
  }
  problem(col: string, message: string): void {
    this.problems.push(`${this.origin.file} row ${this.origin.row}, column ${col}: ${message}`);
  }
}

/** Reads fields from a row; `any` says whether any cell of them held something. */
function unflatten(fields: readonly Field[], row: Row, prefix: string): { value: Obj; any: boolean } {
  const value: Obj = {};
  let any = false;
  for (const f of fields) {
    const col = columnName(prefix, f);
    if (f.kind === 'group') {
      const inner = unflatten(f.fields, row, col);
      if (inner.any || !f.optional) value[f.key] = inner.value;
      any ||= inner.any;
      continue;
    }
    if (f.kind === 'list') {
      const items: unknown[] = [];
      for (const n of row.groups(col)) {
        if (plain(f)) {
          const c = row.get(`${col}_${n}`);
          if (c) items.push(c);
        } else {
          const item = unflatten(f.fields, row, `${col}_${n}`);
          if (item.any) items.push(item.value);
        }
      }
      value[f.key] = items;
      any ||= items.length > 0;
      continue;
    }
    const raw = row.get(col);
    if (raw === undefined || raw === '') {
      if (f.kind === 'ids') {
        if (!f.optional) value[f.key] = [];
      } else if (!f.optional && f.kind === 'text' && raw === '') value[f.key] = '';
      continue;
    }
    any = true;
    const t = raw.trim();
    if (f.kind === 'text') value[f.key] = raw;
    else if (f.kind === 'ids') value[f.key] = t.split(/[\s,;]+/).filter(Boolean);
    else if (f.kind === 'number') {
      const n = Number(t);
      if (t === '' || !Number.isFinite(n)) row.problem(col, `expected a number, got "${raw}"`);
      else value[f.key] = n;
    } else if (/^true$/i.test(t)) value[f.key] = true;
    else if (/^false$/i.test(t)) value[f.key] = false;
    else row.problem(col, `expected true or false, got "${raw}"`);
  }
  return { value, any };
}

/** "Tariff-Measures (2).csv" or "export/tariff-measures.csv" → its flat file, if it is one. */
function flatFileOf(name: string): CollectionColumns | undefined {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .toLowerCase()
    .replace(/\s*\(\d+\)(?=\.csv$)/, '');
  return FLAT_FILES.find((f) => f.file === base);
}

interface ReadTable {
  spec: CollectionColumns;
  rows: Row[];
  records: Obj[];
}

function readTable(spec: CollectionColumns, table: CsvTable, problems: string[]): ReadTable {
  const [header = [], ...body] = table.rows;
  const names = header.map((h) => h.trim());
  const rows: Row[] = [];
  const records: Obj[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return; // a blank line a spreadsheet left
    const map = new Map<string, string>();
    names.forEach((n, j) => {
      if (n) map.set(n, readCsvCell(cells[j] ?? ''));
    });
    const row = new Row({ file: table.file, row: i + 2 }, map, problems);
    records.push(unflatten(spec.fields, row, '').value);
    rows.push(row);
  });
  // A column the dashboard does not read would be dropped without a word; say so instead.
  // (Every row reads the same columns, so the first row tells which ones were read.)
  const unknown = rows.length > 0 ? names.filter((n) => n && !rows[0]!.used.has(n)) : [];
  for (const n of unknown) {
    problems.push(`${table.file}, column ${n}: not a column of ${spec.file} (README.txt lists them)`);
  }
  return { spec, rows, records };
}

/** Splits "readings[0].values[1].rate" into its path. */
function pathOf(field: string | undefined): (string | number)[] {
  if (!field) return [];
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The column a path inside a record is written in: ["evidence", 0, "quote"] → "quote_1". */
function columnAt(fields: readonly Field[], path: readonly (string | number)[], prefix = ''): string {
  const [head, ...rest] = path;
  const f = fields.find((x) => x.key === head);
  if (!f) return prefix || String(head ?? '(row)');
  const col = columnName(prefix, f);
  if (f.kind === 'group') return rest.length ? columnAt(f.fields, rest, col) : `${col}_start`;
  if (f.kind === 'list') {
    const [n, ...inner] = rest;
    if (typeof n !== 'number') return plain(f) ? `${col}_1` : columnAt(f.fields, [], `${col}_1`);
    const item = `${col}_${n + 1}`;
    return plain(f) ? item : columnAt(f.fields, inner.length ? inner : [f.fields[0]!.key], item);
  }
  return col;
}

export type FlatImport = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

type Origins = Map<string, (RowOrigin | undefined)[]>;

/**
 * Reads flat CSV tables back into a dataset, checked with the same schema and integrity checks as the
 * shipped data. With dataset.csv the files are a full dataset (every collection's file must be there);
 * without it, their records are added to `base` (the data already loaded): a record with a new id is
 * added, one with an id already there replaces it. Problems are located by file, row and column
 * ("tariff-measures.csv row 2, column rate: expected a number, got "abc"").
 */
export function decodeFlatCsv(tables: readonly CsvTable[], base?: Dataset): FlatImport {
  const problems: string[] = [];
  const read = new Map<string, ReadTable>();
  for (const t of tables) {
    const s = flatFileOf(t.file);
    if (!s) {
      problems.push(
        `${t.file}: not one of the dashboard's flat CSV files (${FLAT_FILES.map((f) => f.file).join(', ')})`,
      );
    } else if (read.has(s.collection)) {
      problems.push(`${t.file}: ${s.file} is given twice`);
    } else read.set(s.collection, readTable(s, t, problems));
  }
  const meta = read.get('dataset');
  const full = meta !== undefined;
  if (full) {
    for (const f of FLAT_FILES) {
      if (!read.has(f.collection)) {
        problems.push(`${f.file} is missing: a full set (with dataset.csv) has every collection's file`);
      }
    }
    if (meta.records.length !== 1)
      problems.push(`${meta.rows[0]?.origin.file ?? 'dataset.csv'}: needs exactly one row`);
  } else if (!base) {
    problems.push('dataset.csv is missing, and there is no loaded dataset to add these files to');
  }
  if (read.size === 0 && problems.length === 0) problems.push('no CSV files were given');
  if (problems.length > 0 && (full || !base)) return { ok: false, problems };

  const origins: Origins = new Map();
  const raw: Obj = full ? { ...meta.records[0] } : { ...base };
  for (const f of FLAT_FILES) {
    if (f.collection === 'dataset' || f.collection === 'readings') continue;
    const t = read.get(f.collection);
    const existing = full ? [] : ((base as unknown as Obj)[f.collection] as Obj[]);
    const list: Obj[] = [...existing];
    const where: (RowOrigin | undefined)[] = existing.map(() => undefined);
    t?.records.forEach((r, i) => {
      const at = list.findIndex((x) => x.id === r.id && r.id !== undefined);
      if (f.collection === 'ambiguities') {
        // Readings come from readings.csv; an ambiguity already loaded keeps its own until then.
        const before = at >= 0 ? (list[at] as Ambiguity | undefined) : undefined;
        r.readings = before?.readings ?? [];
      }
      if (at >= 0) {
        list[at] = r;
        where[at] = t.rows[i]!.origin;
      } else {
        list.push(r);
        where.push(t.rows[i]!.origin);
      }
    });
    raw[f.collection] = list;
    origins.set(f.collection, where);
  }
  const readingOrigins = new Map<string, RowOrigin[]>();
  const readings = read.get('readings');
  if (readings) {
    const ambiguities = raw.ambiguities as Obj[];
    const fresh = new Set<string>();
    readings.records.forEach((r, i) => {
      const { ambiguityId, ...reading } = r;
      const row = readings.rows[i]!;
      const at = ambiguities.findIndex((a) => a.id === ambiguityId);
      if (at < 0) {
        row.problem(
          'ambiguity_id',
          `no ambiguity "${String(ambiguityId ?? '')}" in ambiguities.csv or the loaded data`,
        );
        return;
      }
      const id = String(ambiguityId);
      // The file's readings replace an ambiguity's readings as a whole.
      if (!fresh.has(id)) {
        fresh.add(id);
        ambiguities[at] = { ...ambiguities[at], readings: [] };
        readingOrigins.set(id, []);
      }
      (ambiguities[at]!.readings as Reading[]).push(reading as unknown as Reading);
      readingOrigins.get(id)!.push(row.origin);
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  try {
    return { ok: true, dataset: validateDataset('the CSV files', raw) };
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    return { ok: false, problems: e.problems.map((p) => locate(p, raw, origins, readingOrigins)) };
  }
}

/** A dataset problem said in the CSVs' terms: file, row, column. */
function locate(
  p: DatasetProblem,
  raw: Obj,
  origins: Origins,
  readingOrigins: Map<string, RowOrigin[]>,
): string {
  const m = /^(\w+)\[(\d+)\]$/.exec(p.where);
  const path = pathOf(p.field);
  if (!m) {
    const meta = spec('dataset');
    if (p.where === '(top level)' || !origins.has(p.where)) {
      return `dataset.csv row 2, column ${columnAt(meta.fields, [p.where, ...path])}: ${p.message}`;
    }
    return `${spec(p.where).file}: ${p.message}`;
  }
  const collection = m[1]!;
  const index = Number(m[2]);
  const origin = origins.get(collection)?.[index];
  if (!origin) return formatProblem({ ...p, file: 'the data already loaded' });
  if (collection === 'ambiguities' && path[0] === 'readings') {
    const id = String(((raw.ambiguities as Obj[])[index] as Obj).id);
    const k = path[1];
    const at = typeof k === 'number' ? readingOrigins.get(id)?.[k] : undefined;
    if (at)
      return `${at.file} row ${at.row}, column ${columnAt(spec('readings').fields, path.slice(2))}: ${p.message}`;
    return `${origin.file} row ${origin.row} (${id}): its readings (readings.csv): ${p.message}`;
  }
  return `${origin.file} row ${origin.row}, column ${columnAt(spec(collection).fields, path)}: ${p.message}`;
}
