import { describe, expect, it } from 'vitest';
import { checkIntegrity } from './problems.ts';
import { possiblyPublishedBy, publishedBy, reportedByDataset } from './reported-by.ts';
import type { Dataset } from './schema.ts';
import { day, makeDataset, makeEvent, makeTariff, shippedDataset, span } from './test-factories.ts';

const shipped = shippedDataset();

/** Two documents: src-a published 1 Mar 2025, src-b published 1 Oct 2025. */
function twoDocuments(): Dataset {
  const d = makeDataset({});
  const a = d.sources[0]!;
  d.sources = [
    { ...a, id: 'src-a', published: day('2025-03-01') },
    { ...a, id: 'src-b', file: 'b.txt', published: day('2025-10-01') },
  ];
  d.tariffMeasures = [
    // Reported by both documents.
    makeTariff({
      id: 'tm-both',
      evidence: [
        { sourceId: 'src-b', quote: 'later quote' },
        { sourceId: 'src-a', quote: 'earlier quote' },
      ],
    }),
    makeTariff({
      id: 'tm-later',
      replacesId: 'tm-both',
      evidence: [{ sourceId: 'src-b', quote: 'only later' }],
      notes: [{ kind: 'conflict', text: 'disagrees with the earlier rate', relatedIds: ['tm-both'] }],
    }),
  ];
  d.tariffMeasures[0]!.notes = [
    { kind: 'conflict', text: 'the later document disagrees', relatedIds: ['tm-later'] },
    { kind: 'inferred', text: 'a note about itself' },
  ];
  d.events = [
    makeEvent({
      id: 'ev-round',
      evidence: [{ sourceId: 'src-a', quote: 'earlier quote' }],
      ratesBeforeIds: ['tm-both'],
      ratesAfterIds: ['tm-later'],
    }),
  ];
  return d;
}

describe('reportedByDataset (what the documents published by a date had reported)', () => {
  it('with no date is the dataset itself', () => {
    expect(reportedByDataset(shipped, null)).toBe(shipped);
  });

  it('a record reported by two documents appears from the earlier one, without the later quote', () => {
    const d = twoDocuments();
    const march = reportedByDataset(d, '2025-03-01');
    expect(march.tariffMeasures.map((t) => t.id)).toEqual(['tm-both']);
    expect(march.tariffMeasures[0]!.evidence).toEqual([{ sourceId: 'src-a', quote: 'earlier quote' }]);
    expect(march.sources.map((s) => s.id)).toEqual(['src-a']);
    expect(reportedByDataset(d, '2025-02-28').tariffMeasures).toEqual([]);
    expect(reportedByDataset(d, '2025-10-01').tariffMeasures.map((t) => t.id)).toEqual([
      'tm-both',
      'tm-later',
    ]);
  });

  it('drops references to records not yet reported, and notes that only concern them', () => {
    const march = reportedByDataset(twoDocuments(), '2025-03-01');
    expect(march.events[0]).toMatchObject({ ratesBeforeIds: ['tm-both'], ratesAfterIds: [] });
    expect(march.tariffMeasures[0]!.notes.map((n) => n.text)).toEqual(['a note about itself']);
    const october = reportedByDataset(twoDocuments(), '2025-10-01');
    expect(october.tariffMeasures[1]!.replacesId).toBe('tm-both');
    expect(october.tariffMeasures[0]!.notes).toHaveLength(2);
  });

  it('counts a document dated only to a span from the last day of that span', () => {
    const mid = { ...shipped.sources.find((s) => s.id === 'doc-003')! };
    expect(mid.published).toMatchObject({ start: '2025-06-12', end: '2025-06-30' });
    expect(publishedBy(mid, '2025-06-29')).toBe(false);
    expect(possiblyPublishedBy(mid, '2025-06-29')).toBe(true);
    expect(publishedBy(mid, '2025-06-30')).toBe(true);
    expect(possiblyPublishedBy(mid, '2025-06-11')).toBe(false);
  });

  it('Reported by 30 Jun 2025 hides what was first reported in late October 2025', () => {
    const june = reportedByDataset(shipped, '2025-06-30');
    const ids = new Set(
      [...june.tariffMeasures, ...june.tradeMeasures, ...june.events, ...june.claims].map((r) => r.id),
    );
    expect(shipped.tariffMeasures.some((t) => t.id === 'tm-us-cn-100-threat-2025-11')).toBe(true);
    expect(ids.has('tm-us-cn-100-threat-2025-11')).toBe(false);
    expect(ids.has('ev-us-cn-leaders-meeting-2025')).toBe(false);
    // What June's document reported is there.
    expect(june.sources.map((s) => s.id).sort()).toEqual(['doc-001', 'doc-002', 'doc-003', 'doc-004']);
    expect(june.events.some((e) => e.evidence.some((q) => q.sourceId === 'doc-003'))).toBe(true);
    // No quote from a document published later is left anywhere.
    const quotes = [
      ...june.actors,
      ...june.tradeMeasures,
      ...june.events,
      ...june.claims,
      ...june.metrics,
    ].flatMap((r) => r.evidence);
    expect(quotes.every((q) => q.sourceId !== 'doc-000')).toBe(true);
  });

  it('keeps the shipped dataset whole and consistent on every date a document counts from', () => {
    const dates = shipped.sources.flatMap((s) => [s.published.start, s.published.end]);
    for (const date of ['2000-01-01', ...dates]) {
      const d = reportedByDataset(shipped, date);
      expect(checkIntegrity(`reported by ${date}`, d)).toEqual([]);
      // Every party a reported record names is still an actor.
      const actors = new Set(d.actors.map((a) => a.id));
      for (const t of [...d.tariffMeasures, ...d.tradeMeasures]) {
        expect(actors.has(t.imposerId) && actors.has(t.targetId)).toBe(true);
      }
    }
  });

  it('is computed once per dataset and date', () => {
    expect(reportedByDataset(shipped, '2025-06-30')).toBe(reportedByDataset(shipped, '2025-06-30'));
    expect(reportedByDataset(shipped, '2025-06-30')).not.toBe(reportedByDataset(shipped, '2025-01-26'));
  });

  it('an event date does not decide: a late-reported event about an early day stays hidden', () => {
    const d = twoDocuments();
    d.events.push(
      makeEvent({
        id: 'ev-early-day',
        date: span('2025-01-05', '2025-01-05', 'day'),
        evidence: [{ sourceId: 'src-b', quote: 'x y z' }],
      }),
    );
    expect(reportedByDataset(d, '2025-06-01').events.map((e) => e.id)).toEqual(['ev-round']);
  });
});
