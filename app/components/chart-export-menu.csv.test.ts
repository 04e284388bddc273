import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../lib/export/csv.ts';
import { csvTable } from './chart-export-menu.csv.ts';

describe('csvTable', () => {
  const provenance: Record<string, { sources: string[]; quotes: string[] }> = {
    a: { sources: ['doc-000: A memo (Agency, 2025)'], quotes: ['doc-000: "tariffs of 145%"'] },
    b: { sources: ['doc-000: A memo', 'doc-003: A column'], quotes: ['doc-000: 10%', 'doc-003: ten, or 30'] },
  };
  const provenanceOf = (id: string) => provenance[id] ?? { sources: [], quotes: [] };
  const pinned = { datasetVersion: '2026-11-26', permalink: 'https://example.test/?v=1&view=overview' };

  it('gives every row its record, documents, quotes, dataset version and permalink in columns', () => {
    const out = csvTable(
      { columns: ['Rate'], rows: [['145%'], ['10%'], ['n/a']], recordIds: ['a', 'b', null] },
      provenanceOf,
      pinned,
    );
    expect(out.columns).toEqual(['Rate', 'Record', 'Source', 'Quote', 'Dataset version', 'Permalink']);
    expect(out.rows[0]).toEqual([
      '145%',
      'a',
      'doc-000: A memo (Agency, 2025)',
      'doc-000: "tariffs of 145%"',
      '2026-11-26',
      pinned.permalink,
    ]);
    expect(out.rows[1]!.slice(1, 4)).toEqual([
      'b',
      'doc-000: A memo; doc-003: A column',
      'doc-000: 10% | doc-003: ten, or 30',
    ]);
    // A row without a record still says which data and which view it is from.
    expect(out.rows[2]).toEqual(['n/a', '', '', '', '2026-11-26', pinned.permalink]);
  });

  it('reads back with an independent CSV reader: the header is the first line, one row per shown row', () => {
    const rows = csvTable(
      {
        columns: ['Direction', 'Rate'],
        rows: [
          ['US on China', '145%'],
          ['China on US', '125%'],
        ],
        recordIds: ['a', 'b'],
      },
      provenanceOf,
      pinned,
    );
    const text = chartCsv(rows);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(rows.columns);
    expect(parsed.data.map((r) => [r.Direction, r.Rate, r.Quote])).toEqual([
      ['US on China', '145%', 'doc-000: "tariffs of 145%"'],
      ['China on US', '125%', 'doc-000: 10% | doc-003: ten, or 30'],
    ]);
  });
});
