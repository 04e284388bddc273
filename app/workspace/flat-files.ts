import type { Dataset } from '../data/schema.ts';
import { encodeFlatCsv, flatCsvReadme, type CsvTable } from './flat-csv.ts';

/**
 * The flat CSVs as files: zipped with their README for a download, and read back from dropped .csv or .zip
 * files. papaparse and fflate are imported here, when a file is made or read, so the app's first load does
 * not carry them.
 */

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');

/** The dataset's flat CSVs and README.txt in one zip. */
export async function flatCsvZip(data: Dataset): Promise<Blob> {
  const { zipSync, strToU8 } = await import('fflate');
  const entries: Record<string, Uint8Array> = { 'README.txt': strToU8(flatCsvReadme(data)) };
  for (const f of encodeFlatCsv(data)) entries[f.name] = strToU8(f.text);
  const zipped = zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

export type ReadFiles = { ok: true; tables: CsvTable[] } | { ok: false; problems: string[] };

/**
 * The delimiter, read off the header line (column names hold none): a comma as written, or the semicolon or
 * tab a spreadsheet set to another locale saves with. Guessing from the rows instead misreads quoted text.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Parses one CSV text into rows of cells; a malformed file (an unclosed quote) is located by row. */
export async function parseCsv(file: string, text: string): Promise<CsvTable | string[]> {
  const { default: Papa } = await import('papaparse');
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(body),
  });
  const errors = result.errors;
  if (errors.length > 0) {
    return errors.map((e) => `${file}${e.row === undefined ? '' : ` row ${e.row + 2}`}: ${e.message}`);
  }
  return { file, rows: result.data };
}

/** Reads picked or dropped files: .csv files as they are, a .zip as the CSVs in it (README.txt skipped). */
export async function readFlatFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<ReadFiles> {
  const texts: { name: string; text: string }[] = [];
  const problems: string[] = [];
  for (const f of files) {
    if (/\.zip$/i.test(f.name)) {
      const { unzipSync } = await import('fflate');
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(f.bytes);
      } catch (e) {
        problems.push(`${f.name}: not a readable zip (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      for (const [name, bytes] of Object.entries(entries)) {
        if (/\.csv$/i.test(name)) texts.push({ name: name.split('/').pop()!, text: utf8(bytes) });
      }
    } else texts.push({ name: f.name, text: utf8(f.bytes) });
  }
  const tables: CsvTable[] = [];
  for (const t of texts) {
    const parsed = await parseCsv(t.name, t.text);
    if (Array.isArray(parsed)) problems.push(...parsed);
    else tables.push(parsed);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tables };
}
