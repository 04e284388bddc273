import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedDataset } from './data/test-factories.ts';
import type { Dataset } from './data/schema.ts';
import { chartCsv } from './lib/export/csv.ts';
import { csvTable } from './components/chart-export-menu.csv.ts';
import { encodeFlatCsv } from './workspace/flat-csv.ts';

/**
 * No cell of any CSV the app writes is a live formula: whatever text the data, a file or a link puts in a
 * cell, a spreadsheet opening the file sees text. Checked over every CSV writer (the chart export with its
 * provenance columns, and every flat CSV of the dataset) with hostile strings in every text field.
 */

const HOSTILE = [
  '=2+3',
  '+1',
  '@SUM(A1:A2)',
  '-2+3',
  '\t=1',
  '\r=1',
  "'=1",
  "''@x",
  '=HYPERLINK("http://x")',
];

/** A cell a spreadsheet would evaluate: it starts like a formula and is not a plain negative number. */
function isLive(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?%?$/.test(cell);
}

function cellsOf(text: string): string[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.flat();
}

/** Every string field of the dataset (ids and enums aside) replaced by a hostile one, the shape kept. */
function hostileDataset(base: Dataset): Dataset {
  let i = 0;
  const keep = new Set([
    'id',
    'sourceId',
    'recordId',
    'file',
    'sha256',
    'kind',
    'status',
    'basis',
    'precision',
  ]);
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') {
      if (keep.has(key) || /Id$|Ids$|^start$|^end$|^endsOn$|^date$|^url$|^language$/.test(key)) return v;
      return `${HOSTILE[i++ % HOSTILE.length]} ${v}`;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(base, '') as Dataset;
}

describe('no CSV cell is a live formula', () => {
  it('in any flat CSV of a dataset whose every text starts like a formula', () => {
    const files = encodeFlatCsv(hostileDataset(shippedDataset()));
    expect(files.length).toBeGreaterThan(5);
    let checked = 0;
    for (const f of files) {
      for (const cell of cellsOf(f.text)) {
        expect(isLive(cell), `${f.name}: ${JSON.stringify(cell)}`).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('in a chart export, in its own columns and in every provenance column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...HOSTILE), fc.string()), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...HOSTILE),
        (cells, title) => {
          const texts = cells.map(([h, s]) => `${h}${s}`);
          const table = {
            columns: [title, 'Rate'],
            rows: texts.map((t) => [t, -5]),
            recordIds: texts.map(() => 'r'),
          };
          const csv = chartCsv(
            csvTable(table, () => ({ sources: [`${title} doc`], quotes: texts }), {
              datasetVersion: title,
              permalink: `${title}?v=2`,
            }),
          );
          for (const cell of cellsOf(csv)) expect(isLive(cell), JSON.stringify(cell)).toBe(false);
          // A negative number stays a number a spreadsheet can add up.
          expect(cellsOf(csv)).toContain('-5');
        },
      ),
      { numRuns: 200 },
    );
  });
});
