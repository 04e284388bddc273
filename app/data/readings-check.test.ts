import { describe, expect, it } from 'vitest';
import { checkReadings } from './readings-check.ts';
import { makeDataset, makeTariff } from './test-factories.ts';
import type { Ambiguity, Dataset } from './schema.ts';

const quote = [{ sourceId: 'src-a', quote: 'a quote' }];

function withPair(readings: Ambiguity['readings']): Dataset {
  const ds = makeDataset({
    tariffs: [
      makeTariff({ id: 't-us', rate: 10 }),
      makeTariff({ id: 't-cn', imposerId: 'china', targetId: 'us', rate: 30 }),
    ],
  });
  return {
    ...ds,
    ambiguities: [{ id: 'pair', title: 'Which is which', statement: 'x', readings, notes: [] }],
  };
}

describe('checkReadings', () => {
  it('accepts two readings that give the same fields and allow the stored values', () => {
    const ds = withPair([
      {
        id: 'a',
        label: 'A',
        reasoning: 'order',
        evidence: quote,
        values: [
          { recordId: 't-us', rate: 10 },
          { recordId: 't-cn', rate: 30 },
        ],
      },
      {
        id: 'b',
        label: 'B',
        reasoning: 'reverse',
        evidence: quote,
        values: [
          { recordId: 't-us', rate: 30 },
          { recordId: 't-cn', rate: 10 },
        ],
      },
    ]);
    expect(checkReadings('d.json', ds)).toEqual([]);
  });

  it('names the ambiguity when a reading leaves out a record the first reading covers', () => {
    const ds = withPair([
      {
        id: 'a',
        label: 'A',
        reasoning: 'order',
        evidence: quote,
        values: [
          { recordId: 't-us', rate: 10 },
          { recordId: 't-cn', rate: 30 },
        ],
      },
      {
        id: 'b',
        label: 'B',
        reasoning: 'reverse',
        evidence: quote,
        values: [{ recordId: 't-us', rate: 30 }],
      },
    ]);
    const problems = checkReadings('d.json', ds);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      where: 'ambiguities[0]',
      recordId: 'pair',
      field: 'readings[1].values',
    });
  });

  it('refuses a stored rate that no reading gives, and a value for a record that does not exist', () => {
    const ds = withPair([
      { id: 'a', label: 'A', reasoning: 'x', evidence: quote, values: [{ recordId: 't-us', rate: 20 }] },
      { id: 'b', label: 'B', reasoning: 'y', evidence: quote, values: [{ recordId: 't-us', rate: 30 }] },
    ]);
    ds.ambiguities[0]!.readings.push({
      id: 'c',
      label: 'C',
      reasoning: 'z',
      evidence: quote,
      values: [{ recordId: 'nope', rate: 1 }],
    });
    const messages = checkReadings('d.json', ds).map((p) => p.message);
    expect(messages).toContain("t-us's own rate (10) is not the value of any reading");
    expect(messages.some((m) => m.includes('"nope"'))).toBe(true);
  });
});

describe('reading quotes', () => {
  it('are checked verbatim like every other quote, located by ambiguity and reading', async () => {
    const { checkDocuments } = await import('./quote-check.ts');
    const { readDocument } = await import('./document-hash.ts');
    const doc = await readDocument(
      new TextEncoder().encode('by summer, the tariffs were reduced to 10% and 30%'),
    );
    const reading = (id: string, q: string) => ({
      id,
      label: id,
      reasoning: 'why',
      evidence: [{ sourceId: 'src-a', quote: q }],
      values: [{ recordId: 't-us', rate: 10 }],
    });
    const ds = withPair([reading('a', 'reduced to 10% and 30%'), reading('b', 'reduced to 10% and 35%')]);
    const sources = ds.sources.map((s) => ({ ...s, sha256: doc.sha256, bytes: doc.bytes }));
    const problems = checkDocuments(
      'd.json',
      { ...ds, sources, actors: [], tariffMeasures: [] },
      new Map([['src-a', doc]]),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        where: 'ambiguities[0]',
        recordId: 'pair',
        field: 'readings[1].evidence[0].quote',
      }),
    ]);
  });
});
