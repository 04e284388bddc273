import { describe, expect, it } from 'vitest';
import { checkQuotes, normaliseForQuote } from './quote-check.ts';
import { makeDataset } from './test-factories.ts';

describe('quote check', () => {
  const doc = 'Trump said there are “not many serious differences” between\n the two.';

  it('forgives curly quotes and line breaks, nothing else', () => {
    expect(normaliseForQuote(doc)).toContain('"not many serious differences" between the two');
  });

  it('passes a verbatim quote and fails an altered one, naming record and field', () => {
    const ok = makeDataset({ quote: 'there are "not many serious differences" between the two' });
    expect(checkQuotes('data/dataset.json', ok, new Map([['src-a', doc]]))).toEqual([]);

    const altered = makeDataset({ quote: 'there are "not many serious differences" between the three' });
    const problems = checkQuotes('data/dataset.json', altered, new Map([['src-a', doc]]));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.find((p) => p.recordId === 'tm-a')).toMatchObject({
      recordId: 'tm-a',
      field: 'evidence[0].quote',
      where: 'tariffMeasures[0]',
    });
  });

  it('reports a missing document file', () => {
    const problems = checkQuotes('data/dataset.json', makeDataset({}), new Map([['src-a', undefined]]));
    expect(problems[0]?.message).toMatch(/not found/);
  });
});
