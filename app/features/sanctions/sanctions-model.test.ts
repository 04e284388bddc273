import { describe, expect, it } from 'vitest';
import type { Metric, TradeMeasure } from '../../data/schema.ts';
import { day, makeTrade, shippedDataset, span as spanOf } from '../../data/test-factories.ts';

const span = (start: string, end: string) => spanOf(start, end, 'part-of-month', 'late Oct 2025');
const trade = (over: Partial<TradeMeasure>) =>
  makeTrade({ title: 't', evidence: [{ sourceId: 'src-a', quote: 'q' }], ...over });
import { barsSummary, lifecycle, measuresOfKind, metricGroups, metricTopic } from './sanctions-model.ts';

describe('measuresOfKind', () => {
  it('keeps one kind, newest first', () => {
    const all = [
      trade({ id: 'old', date: day('2018-01-01') }),
      trade({ id: 'new' }),
      trade({ id: 'ec', kind: 'export-control' }),
    ];
    expect(measuresOfKind(all, 'sanction').map((m) => m.id)).toEqual(['new', 'old']);
  });
});

describe('lifecycle', () => {
  it('shows a window that ends on a date, and whether it had ended by the as-of date', () => {
    const m = trade({ terms: { description: 'unload until 12 March', endsOn: '2025-03-12' } });
    expect(lifecycle(m, '2025-02-01').map((s) => [s.what.slice(0, 4), s.reached])).toEqual([
      ['In f', 'yes'],
      ['Ends', 'no'],
    ]);
    expect(lifecycle(m, '2025-04-01')[1]?.reached).toBe('yes');
    expect(lifecycle(m, '2025-04-01')[1]?.when).toBe('12 Mar 2025');
  });

  it('keeps a draft suspension in the conditional: it would run a year and would be reviewed annually', () => {
    const m = trade({
      kind: 'export-control',
      status: 'proposed',
      date: span('2025-10-21', '2025-10-31'),
      terms: { description: 'one year, then annual review', durationDays: 365, reviewEveryDays: 365 },
    });
    const steps = lifecycle(m, '2025-10-25');
    expect(steps[0]).toMatchObject({ what: 'Proposed', reached: 'maybe' });
    expect(steps[1]?.what).toMatch(/^Would come up for its first review after 365 days/);
    expect(steps[1]?.when).toBe('21 Oct 2026 – 31 Oct 2026');
    expect(steps[2]?.what).toBe('Would be reviewed every 365 days');
  });
});

describe('metricGroups', () => {
  const m = (id: string, unit: Metric['unit'], series?: string, start = '2025-01-01'): Metric => ({
    id,
    label: id,
    value: 1,
    unit,
    comparator: '=',
    period: day(start),
    measures: 'x',
    subjectIds: ['russia'],
    evidence: [{ sourceId: 'src-a', quote: 'q' }],
    notes: [],
    ...(series ? { series } : {}),
  });
  it('keeps war losses and ranks apart from trade and energy figures, trade and energy first', () => {
    const g = metricGroups([
      m('lost', 'people'),
      m('rank', 'rank'),
      m('oil', 'barrels-per-day'),
      m('trade', 'usd'),
      m('visits', 'count'),
    ]);
    expect(g.map((x) => [x.topic, x.metrics.map((y) => y.id)])).toEqual([
      ['trade-energy', ['oil', 'trade']],
      ['ranks', ['rank']],
      ['war', ['lost']],
      ['counts', ['visits']],
    ]);
  });
  it('keeps the points of one series together in time order', () => {
    const g = metricGroups([m('b2', 'usd', 'b', '2025-06-01'), m('a', 'usd', 'a'), m('b1', 'usd', 'b')]);
    expect(g[0]?.metrics.map((x) => x.id)).toEqual(['a', 'b1', 'b2']);
  });
  it('puts every shipped figure in exactly one group, and no casualty figure among trade and energy', () => {
    const data = shippedDataset();
    const g = metricGroups(data.metrics);
    expect(g.flatMap((x) => x.metrics).length).toBe(data.metrics.length);
    const trade = g.find((x) => x.topic === 'trade-energy')?.metrics ?? [];
    expect(trade.some((x) => x.unit === 'people' || x.unit === 'rank')).toBe(false);
    expect(metricTopic({ unit: 'people' })).toBe('war');
  });
});

describe('barsSummary', () => {
  it('says how many measures, by whom on whom, newest pair first', () => {
    const s = barsSummary(
      [
        trade({ id: 'a', date: day('2018-01-01') }),
        trade({
          id: 'b',
          kind: 'export-control',
          imposerId: 'china',
          targetId: 'us',
          date: day('2025-10-01'),
        }),
        trade({ id: 'c', date: day('2025-01-10') }),
      ],
      (a, b) => `${a} → ${b}`,
    );
    expect(s).toBe('3 measures dated 2018–2025. china → us: 1 export control; us → russia: 2 sanctions.');
    expect(barsSummary([], (a, b) => a + b)).toBe('No measure matches the filters.');
  });
});

describe('countdown sentences (format.ts)', () => {
  it('read as an analyst would say them', async () => {
    const { formatTermsCountdown } = await import('../../lib/format.ts');
    expect(
      formatTermsCountdown({
        description: 'x',
        hypothetical: false,
        phase: 'running',
        daysLeft: 11,
        end: { earliest: '2025-03-12', latest: '2025-03-12', explicit: true },
      }),
    ).toBe('11 days left (ends 12 Mar 2025).');
    expect(
      formatTermsCountdown({
        description: 'x',
        hypothetical: false,
        phase: 'lapsed',
        daysSinceLapse: 1,
        end: { earliest: '2025-03-12', latest: '2025-03-12', explicit: true },
      }),
    ).toBe('lapsed 12 Mar 2025, 1 day ago.');
    expect(
      formatTermsCountdown({
        description: 'x',
        hypothetical: true,
        phase: 'under-review',
        nextReview: { earliest: '2027-10-21', latest: '2027-10-31', daysUntil: 329 },
      }),
    ).toBe(
      'Proposed terms, not in force. If they had taken effect when dated: first period over; under periodic review. Next review 21 Oct 2027 – 31 Oct 2027 (in 329 days).',
    );
  });
});

describe('stateTally', () => {
  it('counts measures by where they stood on the date', async () => {
    const { stateTally } = await import('./sanctions-model.ts');
    const s = (state: import('../../data/status.ts').AsOfState) => ({
      date: 'd',
      state,
      documented: 'in-force' as const,
      withinDateSpan: false,
    });
    expect(
      stateTally([s('in-force'), s('in-force'), s('possibly-in-force'), s('not-in-force'), s('lapsed')]),
    ).toBe(
      '2 in force, 1 possibly in force (dates known only roughly), 1 not (yet) in force, 1 lapsed, lifted, expired or superseded',
    );
  });

  it('never counts a measure last documented long ago as lapsed, nor a suspended one as in force', async () => {
    const { stateTally } = await import('./sanctions-model.ts');
    const s = (state: import('../../data/status.ts').AsOfState) => ({
      date: 'd',
      state,
      documented: 'in-force' as const,
      withinDateSpan: false,
    });
    expect(
      stateTally([
        s('in-force'),
        s('last-documented-in-force'),
        s('last-documented-in-force'),
        s('suspended'),
      ]),
    ).toBe('1 in force, 2 in force when last documented (over a year earlier), 1 suspended');
  });
});
