import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from './load-dataset.ts';
import { formatProblem } from './problems.ts';
import { makeDataset, makeTariff } from './test-factories.ts';

function problemsOf(text: string): string[] {
  try {
    parseDataset('data/dataset.json', text);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('parseDataset', () => {
  it('accepts a valid dataset', () => {
    expect(problemsOf(JSON.stringify(makeDataset()))).toEqual([]);
  });

  it('names the file when the JSON itself is broken', () => {
    expect(problemsOf('{"schemaVersion": 1,')[0]).toMatch(/^data\/dataset\.json › \(file\): not valid JSON/);
  });

  it('names collection, index, record id and field for a schema error', () => {
    const d = makeDataset();
    (d.tariffMeasures[0] as unknown as Record<string, unknown>).rate = 'high';
    expect(problemsOf(JSON.stringify(d))).toEqual([
      expect.stringMatching(/^data\/dataset\.json › tariffMeasures\[0\] \(tm-a\) › rate: /),
    ]);
  });

  it('rejects impossible dates', () => {
    const d = makeDataset({
      tariffs: [
        makeTariff({
          date: { start: '2025-02-30', end: '2025-02-30', precision: 'day', label: 'x', inferred: false },
        }),
      ],
    });
    expect(problemsOf(JSON.stringify(d)).join('\n')).toMatch(
      /tariffMeasures\[0\] \(tm-a\) › date\.start: not a real calendar date/,
    );
  });

  it('reports duplicate ids and references that do not resolve', () => {
    const d = makeDataset({ tariffs: [makeTariff(), makeTariff({ targetId: 'atlantis' })] });
    const problems = problemsOf(JSON.stringify(d)).join('\n');
    expect(problems).toMatch(/tariffMeasures\[1\] \(tm-a\) › id: duplicate id/);
    expect(problems).toMatch(/targetId: refers to "atlantis", which is not an actor/);
  });

  it('rejects a turning-point label with a number its quotes do not state, and accepts one they do', () => {
    const quote = 'a 100% tariff starting November 1st';
    const labelled = (label: string) =>
      makeDataset({
        tariffs: [makeTariff({ turningPoint: { label }, evidence: [{ sourceId: 'src-a', quote }] })],
      });
    expect(problemsOf(JSON.stringify(labelled('100% threatened')))).toEqual([]);
    expect(problemsOf(JSON.stringify(labelled('Talks in London')))).toEqual([]);
    expect(problemsOf(JSON.stringify(labelled('145% threatened'))).join('\n')).toMatch(
      /turningPoint\.label: the label says 145, which no quote of the record states/,
    );
  });

  it('rejects a newer schemaVersion instead of misreading it', () => {
    expect(problemsOf(JSON.stringify({ ...makeDataset(), schemaVersion: 2 })).join('\n')).toMatch(
      /schemaVersion/,
    );
  });
});
