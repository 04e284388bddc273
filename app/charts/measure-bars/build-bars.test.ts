import { describe, expect, it } from 'vitest';
import { day, makeDataset, makeTrade, span } from '../../data/test-factories.ts';
import {
  barRanges,
  barTicks,
  buildBarGroups,
  filterMeasures,
  layoutBarGroups,
  measureBar,
  wrapLabel,
  type PlacedText,
} from './build-bars.ts';

const range = { from: '2025-01-01', to: '2026-01-01' };
const at = (iso: string) =>
  (Date.parse(iso) - Date.parse(range.from)) / (Date.parse(range.to) - Date.parse(range.from));

describe('measureBar', () => {
  it('draws a window that ends on a date as a bar ending there, with a mark and a reading of the terms', () => {
    const m = makeTrade({
      date: span('2025-01-10', '2025-01-26', 'days', 'Jan 2025'),
      terms: { description: 'unload until 12 March', endsOn: '2025-03-12' },
    });
    const b = measureBar(m, range);
    expect(b.segments.map((s) => s.kind)).toEqual(['span', 'documented']);
    expect(b.segments[1]?.x1).toBeCloseTo(at('2025-03-12'));
    expect(b.terms).toEqual([expect.objectContaining({ kind: 'ends', date: '2025-03-12' })]);
    expect(b.termsLabel).toBe('window until 12 Mar 2025');
  });

  it('draws only the terms of a draft, with its first review and the reviews after it', () => {
    const m = makeTrade({
      status: 'proposed',
      date: span('2025-10-21', '2025-10-31', 'part-of-month', 'late Oct 2025'),
      terms: { description: 'one year, then annual review', durationDays: 365, reviewEveryDays: 365 },
    });
    const b = measureBar(m, { from: '2025-01-01', to: '2028-01-01' });
    expect(b.segments.map((s) => s.kind)).toEqual(['span', 'hypothetical']);
    expect(b.terms.map((t) => t.date)).toEqual(['2026-10-21', '2027-10-21']);
    expect(b.termsLabel).toBe('proposed: 1-year term, then review every year');
  });

  it('draws a measure in force as documented only up to where its evidence ends, faded after', () => {
    const b = measureBar(makeTrade({ date: day('2023-01-10') }), { from: '2023-01-01', to: '2026-01-01' });
    expect(b.segments.map((s) => s.kind)).toEqual(['documented', 'stale']);
    expect(b.segments[1]?.x1).toBe(1);
  });

  it('ends the documented part at the newest document quoting the measure (the ranges know the documents)', () => {
    const m = makeTrade({ date: day('2025-01-10'), evidence: [{ sourceId: 'src-a', quote: 'q' }] });
    const source = { ...makeDataset().sources[0]!, published: day('2025-07-01') };
    const r = barRanges([m], '2025-12-31', [source]).recent;
    const b = measureBar(m, r);
    expect(b.segments.map((s) => s.kind)).toEqual(['documented', 'stale']);
    const frac = (iso: string) =>
      (Date.parse(iso) - Date.parse(r.from)) / (Date.parse(r.to) - Date.parse(r.from));
    expect(b.segments[0]?.x1).toBeCloseTo(frac('2025-07-01'), 5);
  });

  it('marks a measure that started before the range as entering from the left', () => {
    const b = measureBar(makeTrade({ date: day('2023-01-10') }), range);
    expect(b.enters).toBe(true);
    expect(b.segments[0]).toMatchObject({ kind: 'stale', x0: 0, x1: 1 });
  });
});

describe('buildBarGroups', () => {
  it('groups by imposer → target, the group with the newest measure first, newest first within', () => {
    const g = buildBarGroups(
      [
        makeTrade({ id: 'a', date: day('2025-01-10') }),
        makeTrade({
          id: 'b',
          kind: 'export-control',
          imposerId: 'china',
          targetId: 'us',
          date: day('2025-10-01'),
        }),
        makeTrade({ id: 'c', date: day('2025-06-01') }),
      ],
      range,
    );
    expect(g.map((x) => [x.key, x.bars.map((b) => b.id)])).toEqual([
      ['china>us', ['b']],
      ['us>russia', ['c', 'a']],
    ]);
  });
  it('leaves out a measure whose window closed before the range', () => {
    const m = makeTrade({ date: day('2024-01-01'), terms: { description: 'w', endsOn: '2024-03-01' } });
    expect(buildBarGroups([m], range)).toEqual([]);
  });
});

describe('barRanges', () => {
  it('starts the recent range at the year of the newest cluster and ends after the as-of date', () => {
    const ms = [
      makeTrade({ date: day('2018-06-01') }),
      makeTrade({ date: day('2025-01-10') }),
      makeTrade({ date: day('2025-10-21') }),
    ];
    expect(barRanges(ms, '2026-12-02')).toEqual({
      recent: { from: '2025-01-01', to: '2027-01-01' },
      all: { from: '2018-01-01', to: '2027-01-01' },
    });
  });
});

describe('barTicks', () => {
  it('names years on major ticks and thins months so labels keep their distance', () => {
    const wide = barTicks({ from: '2025-01-01', to: '2027-01-01' }, 1400);
    const narrow = barTicks({ from: '2025-01-01', to: '2027-01-01' }, 340);
    expect(wide[0]).toMatchObject({ label: '2025', major: true });
    expect(narrow.length).toBeLessThan(wide.length);
    for (const ticks of [wide, narrow]) {
      const gaps = ticks.slice(1).map((t, i) => (t.x - (ticks[i]?.x ?? 0)) * (ticks === wide ? 1400 : 340));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(56);
    }
  });
});

describe('filterMeasures', () => {
  const ms = [
    makeTrade({ id: 'oil', title: 'US sanctions on Russian oil', sector: 'oil' }),
    makeTrade({
      id: 're',
      kind: 'export-control',
      imposerId: 'china',
      targetId: 'us',
      title: 'Rare earth controls',
      sector: 'rare earths',
      status: 'proposed',
    }),
  ];
  const names = (id: string) => (id === 'china' ? ['China', "People's Republic"] : [id]);
  it('filters by actor on either side, sector, status and kind', () => {
    expect(filterMeasures(ms, { actor: 'us' }, names).map((m) => m.id)).toEqual(['oil', 're']);
    expect(filterMeasures(ms, { actor: 'russia' }, names).map((m) => m.id)).toEqual(['oil']);
    expect(filterMeasures(ms, { sector: 'rare earths' }, names).map((m) => m.id)).toEqual(['re']);
    expect(filterMeasures(ms, { status: 'proposed' }, names).map((m) => m.id)).toEqual(['re']);
    expect(filterMeasures(ms, { kind: 'sanction' }, names).map((m) => m.id)).toEqual(['oil']);
  });
  it('searches every word in titles, sectors and the actors’ names and aliases, ignoring case', () => {
    expect(filterMeasures(ms, { query: 'RARE people' }, names).map((m) => m.id)).toEqual(['re']);
    expect(filterMeasures(ms, { query: 'oil export control' }, names)).toEqual([]);
  });
});

describe('layoutBarGroups', () => {
  const long = makeTrade({
    id: 'long',
    title: 'Chinese restrictions on exports of rare earths and magnets (in force Jun 2025)',
    date: day('2025-12-20'),
    terms: { description: 'w', endsOn: '2025-12-30' },
  });
  const groups = buildBarGroups(
    [long, makeTrade({ id: 'b', imposerId: 'india', date: day('2025-02-01') }), makeTrade({ id: 'c' })],
    range,
  );
  const overlap = (a: PlacedText, b: PlacedText) =>
    a.x < b.x + b.width && b.x < a.x + a.width && Math.abs(a.y - b.y) < 14;

  for (const width of [375, 1440]) {
    it(`keeps every label whole, inside the drawing and clear of every other at ${width} px`, () => {
      const l = layoutBarGroups(groups, width);
      const texts = l.groups.flatMap((g) => g.bars.flatMap((b) => [...b.title, ...b.termsText]));
      for (const t of texts) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width).toBeLessThanOrEqual(width);
      }
      for (const [i, a] of texts.entries())
        for (const b of texts.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
      const title = l.groups.flatMap((g) => g.bars).find((b) => b.bar.id === 'long')?.title ?? [];
      expect(title.map((t) => t.text).join(' ')).toBe(long.title);
    });
  }

  it('wraps at spaces and never cuts a word', () => {
    expect(wrapLabel('one two three four', 63, 7)).toEqual(['one two', 'three', 'four']);
  });
});
