import { describe, expect, it } from 'vitest';
import { makeDataset, makeTariff } from '../../data/test-factories.ts';
import { claimsBySource, listAmbiguities } from './ambiguities.ts';

describe('listAmbiguities', () => {
  it('shows two records that point at each other as one side-by-side item', () => {
    const data = makeDataset({
      tariffs: [
        makeTariff({
          id: 'us-10',
          notes: [{ kind: 'ambiguous', text: 'which side is which', relatedIds: ['cn-30'] }],
        }),
        makeTariff({
          id: 'cn-30',
          imposerId: 'china',
          targetId: 'us',
          notes: [{ kind: 'ambiguous', text: 'which side is which', relatedIds: ['us-10'] }],
        }),
        makeTariff({ id: 'plain' }),
      ],
    });
    const items = listAmbiguities(data);
    expect(items).toHaveLength(1);
    expect(items[0]!.records.map((r) => r.record.id).sort()).toEqual(['cn-30', 'us-10']);
    expect(items[0]!.notes).toEqual(['which side is which']);
  });

  it('lists conflicts before ambiguities and ignores inferences and context', () => {
    const data = makeDataset({
      tariffs: [
        makeTariff({
          id: 'a',
          notes: [
            { kind: 'ambiguous', text: 'vague' },
            { kind: 'inferred', text: 'year' },
          ],
        }),
        makeTariff({
          id: 'b',
          notes: [
            { kind: 'conflict', text: 'disagree' },
            { kind: 'context', text: 'x' },
          ],
        }),
      ],
    });
    expect(listAmbiguities(data).map((i) => i.kind)).toEqual(['conflict', 'ambiguous']);
  });
});

describe('claimsBySource', () => {
  it('attributes each claim to the document it is quoted from', () => {
    const data = makeDataset();
    data.claims = [
      {
        id: 'c1',
        kind: 'assessment',
        claimant: 'Author',
        text: 'x',
        aboutIds: [],
        evidence: [{ sourceId: 'src-a', quote: 'q' }],
        notes: [],
      },
    ];
    expect(
      claimsBySource(data)
        .get('src-a')
        ?.map((c) => c.id),
    ).toEqual(['c1']);
  });
});

describe('document numbers', () => {
  it('names a document as the curator notes do ("doc 003"), and nothing for other ids', async () => {
    const { formatSourceNumber } = await import('../../lib/format.ts');
    expect(formatSourceNumber('doc-003')).toBe('Doc 003');
    expect(formatSourceNumber('nyt-report')).toBeUndefined();
  });
});

describe('recordKindLabel', () => {
  it('names a trade measure by its kind and a claim with its kind', async () => {
    const { recordKindLabel } = await import('./ambiguities.ts');
    const trade = {
      collection: 'tradeMeasures',
      record: { kind: 'export-control' },
    } as unknown as import('../../data/selectors.ts').AnyRecord;
    const claim = {
      collection: 'claims',
      record: { kind: 'assessment' },
    } as unknown as import('../../data/selectors.ts').AnyRecord;
    const tariff = {
      collection: 'tariffMeasures',
      record: {},
    } as unknown as import('../../data/selectors.ts').AnyRecord;
    expect(recordKindLabel(trade)).toBe('Export control');
    expect(recordKindLabel(claim)).toBe('Claim (assessment)');
    expect(recordKindLabel(tariff)).toBe('Tariff measure');
  });
});
