import { describe, expect, it } from 'vitest';
import { csvTable } from './chart-export-menu.csv.ts';

describe('csvTable', () => {
  const sourcesOf = (id: string) => ({ a: ['doc-000'], b: ['doc-000', 'doc-003'] })[id] ?? [];

  it('adds the record and its documents to every row that has one', () => {
    const out = csvTable(
      { columns: ['Rate'], rows: [['145%'], ['10%'], ['n/a']], recordIds: ['a', 'b', null] },
      sourcesOf,
    );
    expect(out.columns).toEqual(['Rate', 'Record', 'Source documents']);
    expect(out.rows).toEqual([
      ['145%', 'a', 'doc-000'],
      ['10%', 'b', 'doc-000; doc-003'],
      ['n/a', '', ''],
    ]);
  });

  it('leaves a table without records as it is', () => {
    const table = { columns: ['Rate'], rows: [['145%']] };
    expect(csvTable(table, sourcesOf)).toEqual(table);
  });
});
