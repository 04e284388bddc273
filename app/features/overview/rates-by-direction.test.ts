import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../data/schema.ts';
import { indexDataset } from '../../data/selectors.ts';
import { buildRateBars, rateBarsSummary, rateBarsTable } from './rates-by-direction.ts';

const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/dataset.json'), 'utf8')) as Dataset;

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
  it('the summary names the highest rate of each direction', () => {
    const max = Math.max(...shipped.tariffMeasures.map((t) => t.rate));
    expect(rateBarsSummary(bars)).toContain(`peaks at ${max}%`);
  });
});
