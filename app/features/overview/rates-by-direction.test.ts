import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/test-factories.ts';
import { indexDataset } from '../../data/selectors.ts';
import { datasetUnderReadings } from '../../domain/readings.ts';
import {
  buildRateBars,
  layoutRateBars,
  rateBarsSummary,
  rateBarsTable,
  binRateBars,
  binValueText,
  MAX_ROWS_PER_DIRECTION,
  type RateBar,
} from './rates-by-direction.ts';

const shipped = shippedDataset();

describe('rates by direction', () => {
  const bars = buildRateBars(shipped, indexDataset(shipped));
  it('has one bar per documented rate, with unique labels', () => {
    expect(bars).toHaveLength(shipped.tariffMeasures.length);
    expect(new Set(bars.map((b) => b.label)).size).toBe(bars.length);
  });
  it('the table has exactly one row per bar, linked to its record', () => {
    const t = rateBarsTable(bars);
    expect(t.rows).toHaveLength(bars.length);
    expect(t.recordIds).toEqual(bars.map((b) => b.id));
    expect(t.rows[0]).toHaveLength(t.columns.length);
  });
  it('a rate an open reading leaves undecided reads "10% or 30%" and spans both values; a picked reading settles it', () => {
    const pair = shipped.ambiguities.find((a) =>
      a.readings.every((r) => r.values.some((v) => v.rate !== undefined)),
    )!;
    const id = pair.readings[0]!.values[0]!.recordId;
    const values = pair.readings
      .map((r) => r.values.find((v) => v.recordId === id)!.rate!)
      .sort((a, b) => a - b);
    const open = bars.find((b) => b.id === id)!;
    expect(open.rates).toEqual(values);
    const text = values.map((v) => `${v}%`).join(' or ');
    expect(rateBarsTable(bars).rows[bars.indexOf(open)]).toContain(text);
    const row = layoutRateBars(bars, 900).rows.find((r) => r.bar.id === id)!;
    expect(row.openWidth).toBeGreaterThan(0);
    const picked = datasetUnderReadings(shipped, { [pair.id]: pair.readings[1]!.id });
    const settled = buildRateBars(picked, indexDataset(picked)).find((b) => b.id === id)!;
    expect(settled.rates).toBeUndefined();
    expect(settled.rate).toBe(pair.readings[1]!.values.find((v) => v.recordId === id)!.rate);
  });
  it('the summary names the highest rate of each direction', () => {
    const max = Math.max(...shipped.tariffMeasures.map((t) => t.rate));
    expect(rateBarsSummary(bars)).toContain(`peaks at ${max}%`);
  });
});

describe('layoutRateBars', () => {
  const bar = (id: string, direction: string, rate: number): RateBar => ({
    id,
    label: id,
    direction,
    imposerId: 'us',
    rate,
    status: 'in-force',
    basis: 'headline',
    date: 'spring 2025 (inferred)',
    shortDate: 'spring 2025',
    ambiguous: false,
  });
  const bars = [bar('a', 'US on China', 145), bar('b', 'US on China', 10), bar('c', 'China on US', 125)];

  it('puts a heading before each direction and one row per rate, in order', () => {
    const l = layoutRateBars(bars, 1000);
    expect(l.groups.map((g) => g.direction)).toEqual(['US on China', 'China on US']);
    expect(l.rows.map((r) => r.bar.id)).toEqual(['a', 'b', 'c']);
    expect(l.rows[2]!.y).toBeGreaterThan(l.rows[1]!.y + l.rowHeight);
  });

  it('keeps bars proportional and leaves room for the value at 375 px', () => {
    for (const width of [375, 1400]) {
      const l = layoutRateBars(bars, width);
      const [a, b] = l.rows;
      expect(a!.barWidth / b!.barWidth).toBeCloseTo(14.5, 5);
      expect(l.labelWidth + a!.barWidth).toBeLessThanOrEqual(width - 56);
    }
  });
});

describe('phone layout and summary wording', () => {
  const bars = buildRateBars(shipped, indexDataset(shipped));
  it('makes the label column on phones wide enough for the longest qualifier, so it never runs under a bar', () => {
    const layout = layoutRateBars(bars, 300);
    expect(layout.narrow).toBe(true);
    expect(layout.labelWidth).toBeGreaterThanOrEqual(Math.ceil('proposed · basis not stated'.length * 6.4));
  });
  it('reads without nested brackets', () => {
    expect(rateBarsSummary(bars)).not.toMatch(/\([^)]*\(/);
    expect(rateBarsSummary(bars)).toContain('(in force; spring 2025, inferred)');
  });
});

describe('rates by direction bounded by the chart, not the record count', () => {
  it('gives every shipped rate its own row', () => {
    const layout = layoutRateBars(buildRateBars(shipped, indexDataset(shipped)), 900);
    expect(layout.binned).toBe(0);
    expect(layout.rows.every((r) => r.bin === undefined)).toBe(true);
  });

  it('on 10k realistic records draws each direction in at most MAX_ROWS_PER_DIRECTION rows, every rate in one', async () => {
    const { generateRealisticDataset } = await import('../../../scripts/bench/generate-dataset.ts');
    const data = generateRealisticDataset(shipped, 10_000);
    const many = buildRateBars(data, indexDataset(data));
    const layout = layoutRateBars(many, 900);
    expect(many.length).toBeGreaterThan(500);
    for (const g of layout.groups)
      expect(layout.rows.filter((r) => r.bar.direction === g.direction).length).toBeLessThanOrEqual(
        MAX_ROWS_PER_DIRECTION,
      );
    const drawn = layout.rows.flatMap((r) => (r.bin ? r.bin.bars : [r.bar])).map((b) => b.id);
    expect(drawn).toEqual(many.map((b) => b.id));
    expect(layout.binned).toBe(many.length);
    const bin = layout.rows[0]!.bin!;
    expect(binValueText(bin)).toMatch(new RegExp(`^${bin.bars.length} rates, \\d+(\\.\\d)?%`));
    expect(bin.high).toBe(Math.max(...bin.bars.map((b) => (b.rates ? Math.max(...b.rates) : b.rate))));
  });

  it('keeps a run of one a plain bar', () => {
    const bar = (id: string, direction: string): RateBar => ({
      ...buildRateBars(shipped, indexDataset(shipped))[0]!,
      id,
      direction,
    });
    const rows = binRateBars([bar('a', 'X'), bar('b', 'X'), bar('c', 'X'), bar('d', 'Y')], 2);
    expect(rows.map((r) => (r.bin ? r.bin.bars.map((b) => b.id).join('+') : r.bar.id))).toEqual([
      'a+b',
      'c',
      'd',
    ]);
  });
});
