import { describe, expect, it } from 'vitest';
import { computeHighlights, quotesOfSource } from './highlights.ts';
import { shippedDataset } from '../../data/test-factories.ts';

const marked = (text: string, quotes: { recordId: string; quote: string }[]) =>
  computeHighlights(text, quotes).segments.map((s) => [s.text, s.quotes]);

describe('computeHighlights', () => {
  it('marks a quote where it occurs and keeps the rest of the text as it is', () => {
    const h = computeHighlights('Tariffs rose to 145% in April.', [
      { recordId: 'tm-1', quote: '145% in April' },
    ]);
    expect(h.segments).toEqual([
      { text: 'Tariffs rose to ', quotes: [] },
      { text: '145% in April', quotes: [0] },
      { text: '.', quotes: [] },
    ]);
    expect(h.found).toEqual([0]);
    expect(h.broken).toEqual([]);
  });

  it('splits overlapping quotes at every boundary, each run naming every quote over it', () => {
    expect(
      marked('a b c d e', [
        { recordId: 'r1', quote: 'b c d' },
        { recordId: 'r2', quote: 'c d e' },
      ]),
    ).toEqual([
      ['a ', []],
      ['b ', [0]],
      ['c d', [0, 1]],
      [' e', [1]],
    ]);
  });

  it('forgives curly quote marks and line breaks as the audit does, and marks the original characters', () => {
    const text = 'He said \u201Cno deal\u201D\nthen left.';
    const h = computeHighlights(text, [{ recordId: 'e1', quote: '"no deal" then left' }]);
    expect(h.segments.map((s) => s.text).join('')).toBe(text);
    expect(h.segments.find((s) => s.quotes.length > 0)?.text).toBe('\u201Cno deal\u201D\nthen left');
  });

  it('lists a quote no longer in the document as broken, never drops it', () => {
    const h = computeHighlights('The rate is 30%.', [
      { recordId: 'ok', quote: 'rate is 30%' },
      { recordId: 'gone', quote: 'rate is 35%' },
    ]);
    expect(h.found).toEqual([0]);
    expect(h.broken).toEqual([{ recordId: 'gone', quote: 'rate is 35%' }]);
  });

  it('takes every quote of a source from the records of every collection', () => {
    const data = shippedDataset();
    const quotes = quotesOfSource(data, 'doc-000');
    const tm = data.tariffMeasures.find((t) => t.evidence.some((e) => e.sourceId === 'doc-000'));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.recordId === tm?.id)).toBe(true);
    expect(quotes.every((q) => q.recordId !== 'doc-000')).toBe(true);
  });
});
