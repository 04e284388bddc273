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
  // The one document quoting every rate is dated 31 Oct 2025: the evidence runs to then, and the threat
  // (whose own date is when it would apply) is known from then.
  const sources = makeDataset().sources.map((s) => ({ ...s, published: day('2025-10-31') }));
  const on = (date: string) => ({ date, sources });
  it('says per direction what was in force on the date, the peak by then and the threats known by then', () => {
    expect(escalationSummary(tariffs, name, on('2025-04-15'))).toBe('On 15 Apr 2025: US on China: 145%.');
    expect(escalationSummary(tariffs, name, on('2025-06-15'))).toBe(
      'On 15 Jun 2025: US on China: 10% (ambiguous); peak so far 145%.',
    );
    expect(escalationSummary(tariffs, name, on('2025-10-30'))).toBe(
      'On 30 Oct 2025: US on China: 10% (ambiguous) and 57% (basis not stated); peak so far 145%.',
    );
    expect(escalationSummary(tariffs, name, on('2025-10-31'))).toContain(
      '; threatened 100% (for 2025-11-01).',
    );
  });
  it('past the evidence a rate is "in force when last documented", and a passed threat says it never applied', () => {
    const line = escalationSummary(tariffs, name, on('2025-11-15'));
    expect(line).toContain('10% (ambiguous; in force when last documented 2025-10-31)');
    expect(line).toContain('57% (basis not stated; in force when last documented 2025-10-31)');
    expect(line).toContain('threatened 100% (for 2025-11-01; no document says it applied)');
  });
  it('says so when nothing is documented by the date', () => {
    expect(escalationSummary(tariffs, name, on('2025-01-01'))).toBe(
      'No tariff rate is documented by 1 Jan 2025.',
    );
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
