import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/test-factories.ts';
import { chartCsv, csvCell, datasetJson, readCsvCell } from './csv.ts';

const shipped = shippedDataset();

/** Minimal RFC 4180 parser, enough to read back what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') continue;
    else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(145)).toBe('145');
  });
  it('defuses spreadsheet formulas from the data but keeps negative numbers readable', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-10%')).toBe('-10%');
  });
  it('reads back exactly what it wrote, guard removed, the text’s own apostrophes kept', () => {
    const back = (s: string) => readCsvCell(parseCsv(`${csvCell(s)}\n`)[0]![0]!);
    expect(back('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(back("'=1")).toBe("'=1");
    expect(back("'tis")).toBe("'tis");
    expect(readCsvCell("'tis")).toBe("'tis");
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const cell = csvCell(s);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(readCsvCell(unquoted)).toBe(s);
      }),
    );
  });
});

describe('chartCsv', () => {
  const input = {
    columns: ['Direction', 'Rate', 'Permalink'],
    rows: [
      ['US on China', '145%', 'https://example.test/?v=1&view=overview'],
      ['China on US', '125%', 'https://example.test/?v=1&view=overview'],
    ],
  };

  it('starts with its header line (no comment lines before it)', () => {
    expect(chartCsv(input).split('\r\n')[0]).toBe('Direction,Rate,Permalink');
  });

  it('then has exactly the shown rows, in order', () => {
    expect(parseCsv(chartCsv(input))).toEqual([input.columns, ...input.rows]);
  });
});

describe('full dataset JSON', () => {
  it('JSON round-trips to the same dataset', () => {
    expect(JSON.parse(datasetJson(shipped))).toEqual(shipped);
  });
});
