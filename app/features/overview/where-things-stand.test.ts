import { describe, expect, it } from 'vitest';
import {
  day,
  makeDataset,
  makeEvent,
  makeTariff,
  makeTrade,
  shippedDataset,
  span,
} from '../../data/test-factories.ts';
import { indexDataset } from '../../data/selectors.ts';
import type { Dataset } from '../../data/schema.ts';
import { firstMentions, readingsText, whereThingsStand } from './where-things-stand.ts';
import { datasetUnderReadings } from '../../domain/readings.ts';

/** A world whose one document (quoting every record) was published on 31 Oct 2025. */
function world(over: Partial<Dataset>): Dataset {
  const base = makeDataset();
  return { ...base, sources: [{ ...base.sources[0]!, published: day('2025-10-31') }], ...over };
}
const at = (data: Dataset, date: string) => whereThingsStand(data, indexDataset(data), date);

describe('where things stand on a date', () => {
  const spring = makeTariff({ id: 'us-145', rate: 145, date: day('2025-04-01') });
  const cut = makeTariff({ id: 'us-10', rate: 10, date: day('2025-06-01'), replacesId: 'us-145' });
  const threat = makeTariff({ id: 'us-100', rate: 100, status: 'threatened', date: day('2025-11-01') });
  const announce = makeEvent({
    id: 'ev-announce',
    kind: 'statement',
    date: day('2025-10-05'),
    relatedIds: ['us-100'],
  });
  const data = world({ tariffMeasures: [spring, cut, threat], events: [announce] });

  it('gives the rate in force on the date and the peak reached by then', () => {
    const before = at(data, '2025-05-01').directions[0]!;
    expect(before.current.map((f) => f.recordId)).toEqual(['us-145']);
    expect(before.peak?.recordId).toBe('us-145');
    const after = at(data, '2025-07-01').directions[0]!;
    expect(after.current.map((f) => f.recordId)).toEqual(['us-10']);
    expect(after.current[0]?.state).toBe('in-force');
    expect(after.peak?.readings).toEqual([145]);
  });

  it('has no rate and no peak before the first documented rate', () => {
    const d = at(data, '2025-01-01').directions[0]!;
    expect(d.current).toEqual([]);
    expect(d.peak).toBeUndefined();
  });

  it('lists a threat only once the documents place it in view, and says when its date has passed', () => {
    expect(at(data, '2025-09-01').pending).toEqual([]);
    const known = at(data, '2025-10-10').pending;
    expect(known.map((p) => [p.recordId, p.datePassed])).toEqual([['us-100', false]]);
    expect(at(data, '2025-11-05').pending[0]?.datePassed).toBe(true);
    // A threat never counts as a rate in force, nor as the peak.
    expect(at(data, '2025-11-05').directions[0]?.current.map((f) => f.recordId)).toEqual(['us-10']);
    expect(at(data, '2025-11-05').directions[0]?.peak?.recordId).toBe('us-145');
  });

  it('says a figure is "in force when last documented" once no document published by the date speaks of it', () => {
    expect(at(data, '2025-10-31').directions[0]?.current[0]?.state).toBe('in-force');
    const after = at(data, '2025-11-01').directions[0]?.current[0];
    expect(after?.state).toBe('last-documented-in-force');
    expect(after?.lastDocumented).toBe('2025-10-31');
    expect(at(data, '2026-12-01').directions[0]?.current[0]?.state).toBe('last-documented-in-force');
  });

  it('gives both values of an open reading, and the picked one once a reading is chosen', () => {
    const summer = makeTariff({ id: 'us-summer', rate: 10, date: day('2025-06-01') });
    const pair = world({
      tariffMeasures: [summer],
      ambiguities: [
        {
          id: 'pair',
          title: 'which side',
          statement: 'reduced to 10% and 30%',
          readings: [
            {
              id: 'a',
              label: 'US 10%',
              reasoning: 'order',
              values: [{ recordId: 'us-summer', rate: 10 }],
              evidence: [{ sourceId: 'src-a', quote: 'a quote' }],
            },
            {
              id: 'b',
              label: 'US 30%',
              reasoning: 'reverse',
              values: [{ recordId: 'us-summer', rate: 30 }],
              evidence: [{ sourceId: 'src-a', quote: 'a quote' }],
            },
          ],
          notes: [],
        },
      ],
    });
    const open = at(pair, '2025-07-01').directions[0]?.current[0];
    expect(open?.readings).toEqual([10, 30]);
    expect(readingsText(open!.readings)).toBe('10% or 30%');
    const picked = datasetUnderReadings(pair, { pair: 'b' });
    expect(at(picked, '2025-07-01').directions[0]?.current[0]?.readings).toEqual([30]);
  });

  it('marks the ambiguous figure and the inferred date', () => {
    const unsure = makeTariff({
      id: 'us-x',
      date: { ...span('2025-06-01', '2025-08-31', 'season'), inferred: true, reasoning: 'r' },
      notes: [{ kind: 'ambiguous', text: 'which side' }],
    });
    const f = at(world({ tariffMeasures: [unsure] }), '2025-09-10').directions[0]?.current[0];
    expect(f?.certainty).toEqual(['ambiguous', 'date-inferred', 'date-coarse']);
  });

  it('counts and names the export controls and sanctions in force, not the proposed or lapsed', () => {
    const trade = [
      makeTrade({ id: 'xc', kind: 'export-control', title: 'Rare earths', date: day('2025-10-01') }),
      makeTrade({ id: 'sa', title: 'Oil', date: day('2025-01-10') }),
      makeTrade({ id: 'draft', status: 'proposed', date: day('2025-10-25') }),
      makeTrade({
        id: 'window',
        date: day('2025-01-10'),
        terms: { description: 'until 12 Mar', endsOn: '2025-03-12' },
      }),
    ];
    const w = at(world({ tradeMeasures: trade }), '2025-11-01');
    expect(w.exportControls.map((m) => m.title)).toEqual(['Rare earths']);
    expect(w.sanctions.map((m) => m.recordId)).toEqual(['sa']);
    expect(w.pending.map((p) => p.recordId)).toEqual(['draft']);
  });

  it('names the latest event that had happened, the meeting before the statement on the same day', () => {
    const events = [
      makeEvent({ id: 'talks', date: day('2025-06-10') }),
      makeEvent({ id: 'said', kind: 'statement', date: day('2025-10-30') }),
      makeEvent({ id: 'met', kind: 'meeting', date: day('2025-10-30') }),
      makeEvent({ id: 'planned', status: 'planned', date: day('2025-10-01') }),
      makeEvent({ id: 'later', date: day('2025-12-01') }),
    ];
    expect(at(world({ events }), '2025-11-01').latestEvent?.recordId).toBe('met');
    expect(at(world({ events }), '2025-07-01').latestEvent?.recordId).toBe('talks');
  });

  it('says how long before the date the newest document was published', () => {
    const w = at(data, '2026-01-01');
    expect(w.lastDocumented?.source.id).toBe('src-a');
    expect(w.lastDocumented?.daysBefore).toBe(62);
  });

  it('writes several readings as "10% or 30%"', () => {
    expect(readingsText([10, 30])).toBe('10% or 30%');
  });
});

describe('where things stand in the shipped dataset', () => {
  const shipped = shippedDataset();
  const index = indexDataset(shipped);
  it('on 2 Nov 2025 the US rate on Chinese goods is the summer cut and the peak is the spring rate', () => {
    const w = whereThingsStand(shipped, index, '2025-11-02');
    const us = w.directions.find((d) => d.imposerId === 'us' && d.targetId === 'china')!;
    const cut = shipped.tariffMeasures.find(
      (t) => t.replacesId && t.imposerId === 'us' && t.basis === 'headline',
    )!;
    expect(us.current[0]?.recordId).toBe(cut.id);
    const peak = Math.max(
      ...shipped.tariffMeasures
        .filter((t) => t.imposerId === 'us' && t.status === 'in-force')
        .map((t) => t.rate),
    );
    expect(us.peak?.readings[0]).toBe(peak);
    const threatened = shipped.tariffMeasures.filter((t) => t.status === 'threatened').map((t) => t.id);
    expect(w.pending.map((p) => p.recordId)).toEqual(expect.arrayContaining(threatened));
    expect(w.sanctions.length).toBeGreaterThan(0);
  });
});

describe('first mentions', () => {
  it('gives each record the earliest event that speaks of it, built once per events list', () => {
    const events = [
      makeEvent({ id: 'e1', date: day('2025-10-05'), relatedIds: ['a', 'b'] }),
      makeEvent({ id: 'e2', date: day('2025-09-01'), relatedIds: ['b'] }),
      makeEvent({ id: 'e3', date: day('2025-11-01'), relatedIds: [] }),
    ];
    const m = firstMentions(events);
    expect([...m].sort()).toEqual([
      ['a', '2025-10-05'],
      ['b', '2025-09-01'],
    ]);
    expect(firstMentions(events)).toBe(m);
  });
});
