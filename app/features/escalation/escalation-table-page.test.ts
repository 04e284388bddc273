import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { generateRealisticDataset } from '../../../scripts/bench/generate-dataset.ts';
import { DataTable, TABLE_PAGE_ROWS, TableDisclosure } from '../../components/data-table.tsx';
import { shippedDataset } from '../../data/test-factories.ts';
import { indexDataset } from '../../data/selectors.ts';
import { buildTariffSeries } from '../../domain/step-series.ts';
import { isoToTime } from '../../lib/dates.ts';
import { escalationTable } from './escalation-text.ts';

const bodyRows = (html: string) => (html.split('<tbody>')[1] ?? '').split('<tr>').length - 1;

describe('the rates table on 10k realistic records', () => {
  const data = generateRealisticDataset(shippedDataset(), 10_000);
  const table = escalationTable(
    data,
    buildTariffSeries(data.tariffMeasures, isoToTime('2026-01-01')),
    indexDataset(data),
  );
  const total = table.rows.length.toLocaleString('en-GB');

  it('has more rows than one page (so the bound matters)', () => {
    expect(table.rows.length).toBeGreaterThan(TABLE_PAGE_ROWS);
  });

  it('folded, puts no row in the DOM', () => {
    const html = renderToStaticMarkup(
      createElement(TableDisclosure, {
        summary: 'Data table: Tariff rates',
        caption: 'Tariff rates',
        data: table,
      }),
    );
    expect(html).toContain('Data table: Tariff rates');
    expect(html).not.toContain('<tr');
  });

  it('opened, draws one page of rows and says how many there are', () => {
    const html = renderToStaticMarkup(createElement(DataTable, { caption: 'Tariff rates', data: table }));
    expect(bodyRows(html)).toBe(TABLE_PAGE_ROWS);
    expect(html).toContain(`${TABLE_PAGE_ROWS} of ${total} rows shown`);
    expect(html).toContain(`Show all ${total}`);
  });

  it('a table of one page or less draws every row with no paging line', () => {
    const small = { ...table, rows: table.rows.slice(0, 5), recordIds: table.recordIds?.slice(0, 5) ?? [] };
    const html = renderToStaticMarkup(createElement(DataTable, { caption: 'Tariff rates', data: small }));
    expect(bodyRows(html)).toBe(5);
    expect(html).not.toContain('rows shown');
  });
});
