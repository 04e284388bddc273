import { describe, expect, it } from 'vitest';
import {
  day,
  makeDataset,
  makeEvent,
  makeTariff,
  makeTrade,
  shippedDataset,
  span,
} from './test-factories.ts';
import { indexDataset } from './selectors.ts';
import { buildSearchIndex, searchRecords } from './search-index.ts';
import type { Dataset } from './schema.ts';

const base = makeDataset();
const data: Dataset = {
  ...base,
  actors: base.actors.map((a) => (a.id === 'china' ? { ...a, aliases: ['the related country'] } : a)),
  tariffMeasures: [
    makeTariff({ id: 'tm-145', rate: 145, label: 'US tariff, spring', date: day('2025-04-01') }),
  ],
  tradeMeasures: [
    makeTrade({
      id: 'xm-rare',
      kind: 'export-control',
      imposerId: 'china',
      targetId: 'us',
      title: 'Rare earth controls',
      sector: 'rare earth metals',
      date: span('2025-10-01', '2025-10-10', 'part-of-month', 'early Oct 2025'),
    }),
  ],
  events: [
    makeEvent({ id: 'ev-london', title: 'London talks', date: day('2025-06-10') }),
    makeEvent({
      id: 'ev-old',
      title: 'Talks of 2018',
      date: span('2018-01-01', '2018-12-31', 'year', '2018'),
    }),
  ],
};
const entries = buildSearchIndex(indexDataset(data));
const ids = (q: string) => searchRecords(entries, q).map((e) => e.id);

describe('record search', () => {
  it('finds a record by a word of its title or quote, whatever the case', () => {
    expect(ids('LONDON')).toEqual(['ev-london']);
    expect(ids('rare earth')).toEqual(['xm-rare']);
  });
  it('finds by actor, also under the name a document uses for it', () => {
    expect(ids('related country')).toContain('xm-rare');
    expect(ids('china')).toEqual(expect.arrayContaining(['china', 'xm-rare', 'tm-145']));
  });
  it('finds by kind and by date, as a month or a year', () => {
    expect(ids('export control')).toEqual(['xm-rare']);
    expect(ids('oct 2025')).toEqual(['xm-rare']);
    expect(ids('2025-06')).toEqual(['ev-london']);
    expect(ids('2018')).toEqual(['ev-old']);
  });
  it('needs every word to match, and an empty query finds nothing', () => {
    expect(ids('london 2018')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
  it('ranks title matches first, then the newest', () => {
    expect(ids('talks')).toEqual(['ev-london', 'ev-old']);
    // "controls" is in the export control's title; the London event has it only in a quote.
    const quoted: Dataset = {
      ...data,
      events: [
        makeEvent({
          id: 'ev-q',
          title: 'Later talks',
          date: day('2025-12-01'),
          evidence: [{ sourceId: 'src-a', quote: 'rare earth controls' }],
        }),
      ],
    };
    expect(searchRecords(buildSearchIndex(indexDataset(quoted)), 'controls').map((e) => e.id)).toEqual([
      'xm-rare',
      'ev-q',
    ]);
  });
  it('finds the shipped 100% threat by its rate and the word threatened', () => {
    const shipped = shippedDataset();
    const threat = shipped.tariffMeasures.find((t) => t.status === 'threatened')!;
    const found = searchRecords(buildSearchIndex(indexDataset(shipped)), `${threat.rate}% threatened`);
    expect(found.map((e) => e.id)).toContain(threat.id);
  });
});
