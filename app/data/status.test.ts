import { describe, expect, it } from 'vitest';
import { day, makeDataset, makeTariff, makeTrade, span } from './test-factories.ts';
import {
  appliesOn,
  documentedUntil,
  measureStatusesOn,
  nextReview,
  positionOf,
  sourcesById,
  statusOnDate,
  tariffReplacements,
  tariffStatusOn,
  termsOnDate,
  tradeMeasureStatusOn,
} from './status.ts';

describe('positionOf', () => {
  it('treats an exact day as applying from that day', () => {
    expect(positionOf(day('2025-11-01'), '2025-10-31')).toBe('before');
    expect(positionOf(day('2025-11-01'), '2025-11-01')).toBe('after');
  });
  it('puts a date inside a coarse span "within" it', () => {
    const d = span('2025-10-21', '2025-10-31');
    expect(positionOf(d, '2025-10-20')).toBe('before');
    expect(positionOf(d, '2025-10-21')).toBe('within');
    expect(positionOf(d, '2025-10-31')).toBe('within');
    expect(positionOf(d, '2025-11-01')).toBe('after');
  });
});

describe('tariff status on a date', () => {
  const spring = makeTariff({ id: 'spring', rate: 145, date: span('2025-03-01', '2025-05-31', 'season') });
  const summer = makeTariff({
    id: 'summer',
    rate: 10,
    date: span('2025-06-01', '2025-08-31', 'season'),
    replacesId: 'spring',
  });
  const threat = makeTariff({ id: 'threat', rate: 100, status: 'threatened', date: day('2025-11-01') });
  const all = [spring, summer, threat];

  it('is not yet in force before its date', () => {
    expect(tariffStatusOn(spring, all, '2025-02-01').state).toBe('not-yet');
  });
  it('is only possibly in force while its coarse date straddles the day', () => {
    const s = tariffStatusOn(spring, all, '2025-04-15');
    expect(s.state).toBe('possibly-in-force');
    expect(s.withinDateSpan).toBe(true);
    expect(appliesOn(s)).toBe('possibly');
  });
  it('is possibly superseded while its replacement’s span straddles the day, then superseded', () => {
    expect(tariffStatusOn(spring, all, '2025-07-01')).toMatchObject({
      state: 'possibly-superseded',
      replacedById: 'summer',
    });
    expect(tariffStatusOn(spring, all, '2025-09-15')).toMatchObject({
      state: 'superseded',
      replacedById: 'summer',
    });
    expect(tariffStatusOn(summer, all, '2025-09-15').state).toBe('in-force');
  });
  it('a threatened rate never counts as in force and replaces nothing', () => {
    const s = tariffStatusOn(threat, all, '2025-11-02');
    expect(s.state).toBe('not-in-force');
    expect(appliesOn(s)).toBe('no');
    expect(tariffReplacements(summer, all)).toEqual([]);
  });
  it('a later rate of the same direction and basis replaces an earlier one even without replacesId', () => {
    const later = makeTariff({ id: 'later', date: day('2025-12-01') });
    expect(tariffReplacements(summer, [...all, later]).map((r) => r.id)).toEqual(['later']);
    const otherBasis = makeTariff({ id: 'avg', basis: 'average', date: day('2025-12-01') });
    expect(tariffReplacements(summer, [...all, otherBasis])).toEqual([]);
  });
  it('a proposed replacement does not supersede the rate in force', () => {
    const before = makeTariff({
      id: '57',
      rate: 57,
      basis: 'unspecified',
      date: span('2025-10-21', '2025-10-31'),
    });
    const draft = makeTariff({
      id: '47',
      rate: 47,
      basis: 'unspecified',
      status: 'proposed',
      date: span('2025-10-21', '2025-10-31'),
      replacesId: '57',
    });
    expect(tariffStatusOn(before, [before, draft], '2025-11-15').state).toBe('in-force');
    expect(tariffStatusOn(draft, [before, draft], '2025-11-15').state).toBe('not-in-force');
  });
});

describe('time-limited terms', () => {
  const window = makeTrade({
    date: span('2025-01-10', '2025-01-26', 'days'),
    terms: { description: 'unload until 12 March', endsOn: '2025-03-12' },
  });

  it('counts the days left to an end date', () => {
    const s = tradeMeasureStatusOn(window, [window], '2025-03-01');
    expect(s.state).toBe('in-force');
    expect(s.terms).toMatchObject({
      phase: 'running',
      daysLeft: 11,
      end: { earliest: '2025-03-12', explicit: true },
    });
  });
  it('says when the window ends today and when it has lapsed', () => {
    expect(tradeMeasureStatusOn(window, [window], '2025-03-12').terms).toMatchObject({
      phase: 'ends-today',
      daysLeft: 0,
    });
    const after = tradeMeasureStatusOn(window, [window], '2025-03-20');
    expect(after.state).toBe('lapsed');
    expect(after.terms).toMatchObject({ phase: 'lapsed', daysSinceLapse: 8 });
    expect(appliesOn(after)).toBe('no');
  });
  it('a one-year duration from a coarse start ends within a span, and is only possibly lapsed inside it', () => {
    const m = makeTrade({
      date: span('2025-10-21', '2025-10-31'),
      terms: { description: 'one year', durationDays: 365 },
    });
    const s = tradeMeasureStatusOn(m, [m], '2026-10-25');
    expect(s.terms?.end).toEqual({ earliest: '2026-10-21', latest: '2026-10-31', explicit: false });
    expect(s.state).toBe('possibly-lapsed');
    expect(tradeMeasureStatusOn(m, [m], '2026-11-26').state).toBe('lapsed');
    expect(tradeMeasureStatusOn(m, [m], '2026-01-01').terms?.daysLeft).toBe(293);
  });
  it('a proposed suspension with annual review is hypothetical and goes into review instead of lapsing', () => {
    const terms = {
      description: 'suspended within one year, then reviewed annually',
      durationDays: 365,
      reviewEveryDays: 365,
    };
    const m = makeTrade({
      kind: 'export-control',
      status: 'proposed',
      date: span('2025-10-21', '2025-10-31'),
      terms,
    });
    const s = tradeMeasureStatusOn(m, [m], '2026-11-26');
    expect(s.state).toBe('not-in-force');
    expect(s.terms?.hypothetical).toBe(true);
    expect(s.terms?.phase).toBe('under-review');
    expect(s.terms?.nextReview).toMatchObject({ earliest: '2027-10-21', latest: '2027-10-31' });
    const early = termsOnDate(terms, m.date, 'proposed', '2026-01-01');
    expect(early.phase).toBe('running');
    expect(early.nextReview).toMatchObject({ earliest: '2026-10-21', daysUntil: 293 });
  });
  it('the next review is never before the date asked about', () => {
    const terms = { description: 'reviewed every 30 days', reviewEveryDays: 30 };
    const r = nextReview(terms, day('2025-01-01'), '2025-03-05');
    expect(r?.earliest).toBe('2025-04-01');
    expect(r?.daysUntil).toBeGreaterThanOrEqual(0);
  });
});

describe('statusOnDate for documented suspended, lifted and expired measures', () => {
  it('reports the documented status from the record’s date', () => {
    expect(statusOnDate({ status: 'lifted', date: day('2025-01-01') }, [], '2025-02-01').state).toBe(
      'lifted',
    );
    expect(statusOnDate({ status: 'suspended', date: day('2025-01-01') }, [], '2024-12-01').state).toBe(
      'not-yet',
    );
  });
});

describe('measureStatusesOn', () => {
  it('gives every tariff and trade measure a state on the date', () => {
    const spring = makeTariff({ id: 'spring', date: span('2025-03-01', '2025-05-31', 'season') });
    const window = makeTrade({ id: 'window', terms: { description: 'x', endsOn: '2025-03-12' } });
    const map = measureStatusesOn({ tariffMeasures: [spring], tradeMeasures: [window] }, '2025-06-15');
    expect(map.get('spring')?.state).toBe('in-force');
    expect(map.get('window')?.state).toBe('lapsed');
  });
});

describe('measures the documents stop speaking of', () => {
  it('are "in force when last documented" once the newest document quoting them is past', () => {
    const old = makeTrade({
      id: 'old',
      date: span('2018-01-01', '2018-12-31', 'year'),
      evidence: [{ sourceId: 'doc-2019', quote: 'q' }],
    });
    const sources = [{ ...makeDataset().sources[0]!, id: 'doc-2019', published: day('2019-06-30') }];
    expect(tradeMeasureStatusOn(old, [old], '2019-06-01', sources).state).toBe('in-force');
    expect(tradeMeasureStatusOn(old, [old], '2019-06-30', sources).state).toBe('in-force');
    const later = tradeMeasureStatusOn(old, [old], '2019-07-01', sources);
    expect(later.state).toBe('last-documented-in-force');
    expect(later.lastDocumented).toBe('2019-06-30');
    expect(appliesOn(later)).toBe('possibly');
  });

  it('are documented at least to their own date, when a document states a rate from a later day', () => {
    const ahead = makeTrade({
      id: 'ahead',
      date: day('2025-03-01'),
      evidence: [{ sourceId: 'src-a', quote: 'q' }],
    });
    const sources = makeDataset().sources; // published 2025-01-01
    expect(documentedUntil(ahead, sourcesById(sources))).toBe('2025-03-01');
    expect(tradeMeasureStatusOn(ahead, [ahead], '2025-03-01', sources).state).toBe('in-force');
    expect(tradeMeasureStatusOn(ahead, [ahead], '2025-03-02', sources).state).toBe(
      'last-documented-in-force',
    );
  });

  it('unless their own terms are still running', () => {
    const long = makeTrade({
      id: 'long',
      date: day('2020-01-01'),
      terms: { description: 'ten years', durationDays: 3650 },
    });
    expect(tradeMeasureStatusOn(long, [long], '2026-01-01', makeDataset().sources).state).toBe('in-force');
  });
});
