import { describe, expect, it } from 'vitest';
import { day, makeDataset, makeTariff } from '../../data/test-factories.ts';
import { indexDataset } from '../../data/selectors.ts';
import { buildTariffSeries } from '../../domain/step-series.ts';
import { isoToTime } from '../../lib/dates.ts';
import { escalationSummary, escalationTable } from './escalation-text.ts';

const name = (id: string) => ({ us: 'US', china: 'China' })[id] ?? id;
const tariffs = [
  makeTariff({ id: 'a', rate: 145, date: day('2025-04-01') }),
  makeTariff({
    id: 'b',
    rate: 10,
    date: day('2025-06-01'),
    notes: [{ kind: 'ambiguous', text: 'which side' }],
  }),
  makeTariff({ id: 'c', rate: 57, basis: 'unspecified', date: day('2025-10-25') }),
  makeTariff({ id: 'd', rate: 100, status: 'threatened', date: day('2025-11-01') }),
];

describe('escalationSummary', () => {
  it('states the peak, the latest rate with its basis, and threats, per direction', () => {
    expect(escalationSummary(tariffs, name)).toBe(
      '4 documented rates. US on China: peak 145%, latest 57% (basis not stated), threatened 100%.',
    );
  });
  it('flags an ambiguous or conflicting figure in the line, as the chart does', () => {
    const latest = makeTariff({
      id: 'e',
      rate: 30,
      date: day('2025-06-01'),
      notes: [{ kind: 'ambiguous', text: 'which side' }],
    });
    expect(escalationSummary([tariffs[0]!, latest], name)).toBe(
      '2 documented rates. US on China: peak 145%, latest 30% (ambiguous).',
    );
  });
  it('says so when nothing is documented', () => {
    expect(escalationSummary([], name)).toBe('No tariff rates are documented.');
  });
});

describe('escalationTable', () => {
  it('has one row per documented point, linked to its record, with headline and unspecified rates on separate lines', () => {
    const data = makeDataset({ tariffs });
    const t = escalationTable(data, buildTariffSeries(tariffs, isoToTime('2026-01-01')), indexDataset(data));
    expect(t.recordIds).toHaveLength(4);
    const row57 = t.rows[t.recordIds!.indexOf('c')]!;
    const row145 = t.rows[t.recordIds!.indexOf('a')]!;
    expect(row57[0]).toContain('Basis not stated');
    expect(row145[0]).toContain('Headline rate');
    expect(t.rows[t.recordIds!.indexOf('b')]![1]).toBe('10% (ambiguous)');
  });
});
