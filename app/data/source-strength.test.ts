import { describe, expect, it } from 'vitest';
import { makeDataset, makeTariff, shippedDataset } from './test-factories.ts';
import { indexDataset } from './selectors.ts';
import { evidenceStrength, newestSource, sourceStrength, strengthLine } from './source-strength.ts';
import type { Dataset, Source } from './schema.ts';

const base = makeDataset();
const src = (over: Partial<Source>): Source => ({ ...base.sources[0]!, ...over });

describe('source strength', () => {
  it('names the kind, a translation, a missing author and the year', () => {
    const s = src({ kind: 'opinion', language: 'English (translated)', author: undefined });
    expect(strengthLine(sourceStrength(s))).toBe('opinion · translated · no author · 2025');
    const signed = src({ kind: 'analysis', language: 'English', author: 'A. Author' });
    expect(strengthLine(sourceStrength(signed))).toBe('analysis · 2025');
  });

  it('gives a span of years for a document dated only to a span', () => {
    const s = src({
      author: 'A',
      published: { start: '2018-11-01', end: '2019-02-01', precision: 'months', label: 'x', inferred: false },
    });
    expect(sourceStrength(s).at(-1)?.text).toBe('2018–2019');
  });

  it('flags indirect names when the quote never names a country the figure is about', () => {
    const data: Dataset = {
      ...base,
      actors: base.actors.map((a) =>
        a.id === 'china' ? { ...a, aliases: ['the related country', 'Beijing'] } : a,
      ),
    };
    const index = indexDataset(data);
    const indirect = makeTariff({
      evidence: [{ sourceId: 'src-a', quote: 'the US and the related country' }],
    });
    expect(evidenceStrength(index, indirect, 'src-a').map((b) => b.text)).toContain('indirect names');
    const named = makeTariff({ evidence: [{ sourceId: 'src-a', quote: 'the US and Beijing' }] });
    expect(evidenceStrength(index, named, 'src-a').map((b) => b.text)).not.toContain('indirect names');
  });

  it('in the shipped data the spring rates rest on an anonymous, translated opinion piece', () => {
    const shipped = shippedDataset();
    const index = indexDataset(shipped);
    const spring = shipped.tariffMeasures.find((t) => t.rate === 145)!;
    const texts = evidenceStrength(index, spring, spring.evidence[0]!.sourceId).map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['opinion', 'translated', 'no author', 'indirect names']));
  });

  it('the newest source is the one published last', () => {
    const shipped = shippedDataset();
    const latest = [...shipped.sources].sort((a, b) => b.published.end.localeCompare(a.published.end))[0];
    expect(newestSource(shipped)?.id).toBe(latest?.id);
  });
});
