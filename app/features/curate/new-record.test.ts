import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../../data/quote-check.ts';
import { addToWorkspace, buildTariffMeasure, newSource, type TariffDraft } from './new-record.ts';
import { shippedDataset } from '../../data/test-factories.ts';

const text = 'From 1 December the United States will charge 77% on every import.';
const draft: TariffDraft = {
  imposerId: 'us',
  targetId: 'china',
  rate: '77',
  basis: 'headline',
  status: 'announced',
  date: '2025-12-01',
  label: 'US on China: 77% (announced)',
  quote: 'the United States will charge 77%',
};

describe('a tariff measure from a selection', () => {
  it('checks the quote verbatim, forgiving only quote marks and white space', () => {
    expect(isVerbatim(text, 'United  States will\ncharge 77%')).toBe(true);
    expect(isVerbatim(text, 'United States will charge 78%')).toBe(false);
  });

  it('builds a valid record from a complete draft', () => {
    const r = buildTariffMeasure(draft, 'tm-new', 'doc-000', text);
    expect(r.ok && r.record.rate).toBe(77);
    expect(r.ok && r.record.evidence).toEqual([{ sourceId: 'doc-000', quote: draft.quote }]);
  });

  it('reports problems by field: a rate that is no number, a missing date, a quote not in the document', () => {
    const r = buildTariffMeasure(
      { ...draft, rate: 'abc', date: null, quote: 'the United States will charge 78%' },
      'tm-new',
      'doc-000',
      text,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.issues).sort()).toEqual(['date', 'quote', 'rate']);
    expect(r.issues.quote).toContain('not verbatim in this document');
  });

  it('adds the record, and a new source for an unmatched document, to a workspace that passes the checks', () => {
    const base = shippedDataset();
    const doc = { name: 'new.txt', text, sha256: 'a'.repeat(64), bytes: text.length };
    const src = newSource(doc, 'A new article', 'src-new', '2025-12-01');
    const r = buildTariffMeasure(draft, 'tm-new', src.id, text);
    if (!r.ok) throw new Error('draft should be valid');
    const next = addToWorkspace(base, r.record, src);
    expect(next.tariffMeasures.at(-1)?.id).toBe('tm-new');
    expect(next.sources.at(-1)?.sha256).toBe(doc.sha256);
    expect(() => addToWorkspace(base, { ...r.record, imposerId: 'nobody' })).toThrow(/nobody/);
  });
});
